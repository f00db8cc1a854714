import fc from 'fast-check';
import { addDays, DEFAULT_LEAD_TIMES, deriveDeadlines, isIsoDate, leadTimeProblems, LeadTimes } from './report-deadlines';

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const isoDates = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const leadTimes = fc.record<LeadTimes>({
  contributionDays: fc.integer({ min: 0, max: 120 }),
  signOffDays: fc.integer({ min: 0, max: 120 }),
  bureauCheckDays: fc.integer({ min: 0, max: 120 }),
  papersOutDays: fc.integer({ min: 0, max: 120 }),
});

describe('deriveDeadlines', () => {
  it('counts back from the meeting: papers out, bureau check, sign-off, contributions', () => {
    expect(deriveDeadlines('2010-03-15', DEFAULT_LEAD_TIMES)).toEqual({
      papersOutOn: '2010-03-08',
      bureauCheckDue: '2010-03-03',
      signOffDue: '2010-02-24',
      contributionsDue: '2010-02-17',
    });
  });

  it('crosses month and leap-day boundaries in UTC', () => {
    expect(addDays('2012-03-01', -1)).toBe('2012-02-29');
    expect(addDays('2010-03-28', 1)).toBe('2010-03-29');
    expect(addDays('2009-12-31', 1)).toBe('2010-01-01');
  });

  it('keeps the deadlines in order and the gaps equal to the lead times', () => {
    fc.assert(
      fc.property(isoDates, leadTimes, (meeting, lead) => {
        const deadlines = deriveDeadlines(meeting, lead);
        expect(dayNumber(meeting) - dayNumber(deadlines.papersOutOn)).toBe(lead.papersOutDays);
        expect(dayNumber(deadlines.papersOutOn) - dayNumber(deadlines.bureauCheckDue)).toBe(lead.bureauCheckDays);
        expect(dayNumber(deadlines.bureauCheckDue) - dayNumber(deadlines.signOffDue)).toBe(lead.signOffDays);
        expect(dayNumber(deadlines.signOffDue) - dayNumber(deadlines.contributionsDue)).toBe(lead.contributionDays);
      }),
    );
  });

  it('moves every deadline by as many days as the meeting moves', () => {
    fc.assert(
      fc.property(isoDates, leadTimes, fc.integer({ min: -400, max: 400 }), (meeting, lead, shift) => {
        const before = deriveDeadlines(meeting, lead);
        const after = deriveDeadlines(addDays(meeting, shift), lead);
        for (const key of Object.keys(before) as Array<keyof typeof before>) {
          expect(dayNumber(after[key]) - dayNumber(before[key])).toBe(shift);
        }
      }),
    );
  });
});

describe('leadTimeProblems and isIsoDate', () => {
  it('names lead times that are negative, fractional or too long', () => {
    expect(leadTimeProblems(DEFAULT_LEAD_TIMES)).toEqual([]);
    expect(leadTimeProblems({ contributionDays: -1, signOffDays: 1.5, bureauCheckDays: 121, papersOutDays: 0 })).toEqual(['contributionDays', 'signOffDays', 'bureauCheckDays']);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2010-02-28')).toBe(true);
    expect(isIsoDate('2010-02-30')).toBe(false);
    expect(isIsoDate('10-02-2010')).toBe(false);
  });
});
