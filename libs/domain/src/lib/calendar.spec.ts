import { todayIso } from './calendar';

describe('todayIso', () => {
  it('gives the Dutch calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Amsterdam (UTC+1 in winter).
    expect(todayIso(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayIso(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });

  it('formats in another zone on request', () => {
    expect(todayIso(new Date('2026-12-31T23:30:00Z'), 'UTC')).toBe('2026-12-31');
  });
});
