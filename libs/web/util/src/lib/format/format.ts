import { Language, LOCALES } from '../i18n/language';

/** "2008-02-14" (an ISO date without time) → "14 februari 2008" / "14 February 2008". */
export function formatDate(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  // Noon UTC keeps the calendar day the same in every time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant → "29-11-2026 01:12" / "29/11/2026, 01:12" in the user's time zone. */
export function formatDateTime(isoInstant: string | null | undefined, language: Language, timeZone?: string): string {
  if (!isoInstant) return '';
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'short', timeStyle: 'short', timeZone }).format(date);
}

/** 143000 → "143.000" / "143,000". */
export function formatNumber(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** The start of a calendar day (from an <input type="date"> value) as an ISO instant in the user's time zone. */
export function startOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day, 0, 0, 0, 0).toISOString();
}

/** The last millisecond of a calendar day, so "to 2026-11-29" includes that whole day. */
export function endOfDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year, month - 1, day, 23, 59, 59, 999).toISOString();
}
