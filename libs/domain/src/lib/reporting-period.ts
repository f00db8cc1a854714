/**
 * Measurement periods as ISO-like labels: '2009' (year), '2009-H1' (half), '2009-T2' (tertial),
 * '2009-Q3' (quarter), '2009-05' (month). Labels of one cadence sort chronologically as strings.
 */
export const CADENCES = ['YEARLY', 'HALF_YEARLY', 'TERTIAL', 'QUARTERLY', 'MONTHLY'] as const;
export type Cadence = (typeof CADENCES)[number];

/** The written form of a period: 2009, 2009-H1, 2009-T2, 2009-Q3 or 2009-05. Forms and API inputs check it alike. */
export const PERIOD_PATTERN = /^\d{4}(-(H[12]|T[1-3]|Q[1-4]|0[1-9]|1[0-2]))?$/;

const PATTERNS: Record<Cadence, RegExp> = {
  YEARLY: /^(\d{4})$/,
  HALF_YEARLY: /^(\d{4})-H([12])$/,
  TERTIAL: /^(\d{4})-T([1-3])$/,
  QUARTERLY: /^(\d{4})-Q([1-4])$/,
  MONTHLY: /^(\d{4})-(0[1-9]|1[0-2])$/,
};
const PARTS_PER_YEAR: Record<Cadence, number> = { YEARLY: 1, HALF_YEARLY: 2, TERTIAL: 3, QUARTERLY: 4, MONTHLY: 12 };

export interface Period {
  cadence: Cadence;
  year: number;
  part: number;
  label: string;
}

export function parsePeriod(label: string): Period | null {
  for (const cadence of CADENCES) {
    const match = PATTERNS[cadence].exec(label.trim());
    if (match) {
      const year = Number(match[1]);
      if (year < 1900 || year > 2200) return null;
      return { cadence, year, part: match[2] ? Number(match[2]) : 1, label: label.trim() };
    }
  }
  return null;
}

/** The first and last day (ISO dates) a period covers. */
export function periodRange(period: Period): { start: string; end: string } {
  const months = 12 / PARTS_PER_YEAR[period.cadence];
  const startMonth = (period.part - 1) * months;
  const start = new Date(Date.UTC(period.year, startMonth, 1));
  const end = new Date(Date.UTC(period.year, startMonth + months, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}

/** Orders periods of any cadence by their end date, then by length (shorter first). */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodRange(a).end.localeCompare(periodRange(b).end);
  return byEnd !== 0 ? byEnd : PARTS_PER_YEAR[b.cadence] - PARTS_PER_YEAR[a.cadence];
}
