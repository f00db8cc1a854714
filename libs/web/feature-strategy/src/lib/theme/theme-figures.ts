import type { ActionSummaryFragment } from '@regie/web/data-access';
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

/**
 * "1,5 fte (2009), 1 fte (2010)": capacity summed over partners per period and unit, oldest period first.
 * Never summed across periods: two years of 1 fte is one person, not two.
 */
export function capacityTotals(capacity: ActionSummaryFragment['capacity']): { period: string; unit: string; amount: number }[] {
  const totals = new Map<string, { period: string; unit: string; amount: number }>();
  for (const line of capacity) {
    const key = `${line.period} ${line.unit}`;
    const total = totals.get(key) ?? { period: line.period, unit: line.unit, amount: 0 };
    totals.set(key, { ...total, amount: total.amount + line.amount });
  }
  return [...totals.values()].sort((a, b) => a.period.localeCompare(b.period) || a.unit.localeCompare(b.unit));
}

/** Committed and spent money of an action over all its budget lines. */
export function budgetTotals(lines: ActionSummaryFragment['budgetLines']): { committed: number; spent: number } | null {
  if (!lines.length) return null;
  return lines.reduce((sum, line) => ({ committed: sum.committed + line.committed, spent: sum.spent + line.spent }), { committed: 0, spent: 0 });
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
