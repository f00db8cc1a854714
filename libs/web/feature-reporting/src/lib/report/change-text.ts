import { Language, formatDate, formatNumber } from '@regie/web/util';

interface Change {
  kind: string;
  from?: string | null;
  to?: string | null;
  fromValue?: number | null;
  toValue?: number | null;
  fromPeriod?: string | null;
  toPeriod?: string | null;
  unit?: string | null;
}

const valueText = (value: number | null | undefined, period: string | null | undefined, unit: string | null | undefined, language: Language) =>
  value === null || value === undefined ? null : `${formatNumber(value, language)}${unit ? ` ${unit}` : ''}${period ? ` (${period})` : ''}`;

/**
 * The `from` and `to` of a "what changed" line in the reader's notation: numbers with their unit, dates
 * written out, phases by name (`phaseName` translates a phase code). Versions frozen before the numbers
 * were stored keep their text.
 */
export function changeEnds(change: Change, language: Language, phaseName: (code: string) => string): { from: string; to: string } {
  const dash = '—';
  switch (change.kind) {
    case 'NEW_VALUE':
      return {
        from: valueText(change.fromValue, change.fromPeriod, change.unit, language) ?? change.from ?? dash,
        to: valueText(change.toValue, change.toPeriod, change.unit, language) ?? change.to ?? dash,
      };
    case 'PHASE_CHANGED':
      return { from: change.from ? phaseName(change.from) : dash, to: change.to ? phaseName(change.to) : dash };
    default:
      return { from: change.from ? formatDate(change.from, language) || change.from : dash, to: change.to ? formatDate(change.to, language) || change.to : dash };
  }
}
