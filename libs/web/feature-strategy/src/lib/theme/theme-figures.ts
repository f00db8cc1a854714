import type { ActionSummaryFragment, MeasurementFieldsFragment } from '@regie/web/data-access';
import { LOCALES, Language } from '@regie/web/util';

/** The fragment id of a plan subject on the theme page, so a finding can link to it. */
export function anchorOf(subjectType: string, subjectId: string): string {
  switch (subjectType) {
    case 'Goal':
      return `goal-${subjectId}`;
    case 'Indicator':
      return `indicator-${subjectId}`;
    case 'Action':
      return `action-${subjectId}`;
    case 'ThemeMandate':
      return `mandate-${subjectId}`;
    default:
      return 'theme';
  }
}

/** "1.250 uur, 0,5 fte": capacity summed per unit, units in a fixed order. */
export function capacityTotals(capacity: ActionSummaryFragment['capacity']): { unit: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const line of capacity) totals.set(line.unit, (totals.get(line.unit) ?? 0) + line.amount);
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([unit, amount]) => ({ unit, amount }));
}

/** Committed and spent money of an action over all its budget lines. */
export function budgetTotals(lines: ActionSummaryFragment['budgetLines']): { committed: number; spent: number } | null {
  if (!lines.length) return null;
  return lines.reduce((sum, line) => ({ committed: sum.committed + line.committed, spent: sum.spent + line.spent }), { committed: 0, spent: 0 });
}

/** The regional values (no municipality), oldest first. */
export function regionalSeries(measurements: readonly MeasurementFieldsFragment[]): MeasurementFieldsFragment[] {
  return measurements.filter((measurement) => measurement.municipalityId === null).sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

/** € 12.500 — whole euros, as budgets are agreed. */
export function formatEuro(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}

/** 12.5 → "12,5" with at most two decimals. */
export function formatFigure(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}
