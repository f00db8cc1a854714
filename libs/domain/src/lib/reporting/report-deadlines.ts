/**
 * The deadlines of a report cycle, derived backwards from the College meeting: papers go out a number of
 * days before the meeting, the bureau checks before that, the driver signs off before that, and the
 * co-drivers and action owners contribute before that. Moving the meeting moves every deadline with it.
 */
export interface LeadTimes {
  /** Days between the contributions deadline and the sign-off deadline. */
  contributionDays: number;
  /** Days between the sign-off deadline and the end of the bureau check. */
  signOffDays: number;
  /** Days between the end of the bureau check and the papers going out. */
  bureauCheckDays: number;
  /** Days between the papers going out and the meeting. */
  papersOutDays: number;
}

export interface CycleDeadlines {
  contributionsDue: string;
  signOffDue: string;
  bureauCheckDue: string;
  papersOutOn: string;
}

export const DEFAULT_LEAD_TIMES: LeadTimes = { contributionDays: 7, signOffDays: 7, bureauCheckDays: 5, papersOutDays: 7 };
export const MAX_LEAD_DAYS = 120;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Adds (or with a negative number subtracts) whole days to an ISO date, in UTC so no DST shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Which lead time is out of range (0–MAX_LEAD_DAYS whole days), as field names; empty when all are fine. */
export function leadTimeProblems(leadTimes: LeadTimes): Array<keyof LeadTimes> {
  return (Object.keys(DEFAULT_LEAD_TIMES) as Array<keyof LeadTimes>).filter((key) => {
    const days = leadTimes[key];
    return !Number.isInteger(days) || days < 0 || days > MAX_LEAD_DAYS;
  });
}

export function deriveDeadlines(meetingDate: string, leadTimes: LeadTimes): CycleDeadlines {
  const papersOutOn = addDays(meetingDate, -leadTimes.papersOutDays);
  const bureauCheckDue = addDays(papersOutOn, -leadTimes.bureauCheckDays);
  const signOffDue = addDays(bureauCheckDue, -leadTimes.signOffDays);
  const contributionsDue = addDays(signOffDue, -leadTimes.contributionDays);
  return { contributionsDue, signOffDue, bureauCheckDue, papersOutOn };
}
