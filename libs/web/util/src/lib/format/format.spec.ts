import { endOfDay, formatDate, formatDateTime, formatNumber, startOfDay } from './format';

describe('formatting in the user language', () => {
  it('writes an ISO date in Dutch and English', () => {
    expect(formatDate('2008-02-14', 'nl')).toBe('14 februari 2008');
    expect(formatDate('2008-02-14', 'en')).toBe('14 February 2008');
  });

  it('writes an instant with date and time per language', () => {
    expect(formatDateTime('2026-11-29T13:05:00Z', 'nl', 'UTC')).toBe('29-11-2026, 13:05');
    expect(formatDateTime('2026-11-29T13:05:00Z', 'en', 'UTC')).toBe('29/11/2026, 13:05');
  });

  it('groups thousands per language', () => {
    expect(formatNumber(143000, 'nl')).toBe('143.000');
    expect(formatNumber(143000, 'en')).toBe('143,000');
    expect(formatNumber(null, 'nl')).toBe('');
  });

  it('turns a calendar day into the whole day in local time', () => {
    const start = new Date(startOfDay('2026-11-29'));
    const end = new Date(endOfDay('2026-11-29'));
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours(), start.getMinutes()]).toEqual([2026, 10, 29, 0, 0]);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getSeconds()]).toEqual([29, 23, 59, 59]);
  });
});
