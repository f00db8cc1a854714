/** Regie's deadlines are Dutch calendar days, whatever the server's or browser's clock zone. */
export const REGIE_TIME_ZONE = 'Europe/Amsterdam';

const isoDateIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today (or the day of `now`) in the Netherlands, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date(), timeZone: string = REGIE_TIME_ZONE): string {
  return isoDateIn(timeZone).format(now);
}
