import fc from 'fast-check';
import { comparePeriods, parsePeriod, periodRange } from './reporting-period';

describe('parsePeriod', () => {
  it.each([
    ['2009', { cadence: 'YEARLY', year: 2009, part: 1 }],
    ['2009-H2', { cadence: 'HALF_YEARLY', year: 2009, part: 2 }],
    ['2010-T3', { cadence: 'TERTIAL', year: 2010, part: 3 }],
    ['2008-Q1', { cadence: 'QUARTERLY', year: 2008, part: 1 }],
    ['2011-12', { cadence: 'MONTHLY', year: 2011, part: 12 }],
  ])('reads %p', (label, expected) => {
    expect(parsePeriod(label)).toEqual({ ...expected, label });
  });

  it.each(['2009-Q5', '2009-13', '2009-T4', '09-Q1', 'Q1 2009', '', '2009-H0', '1800'])('refuses %p', (label) => {
    expect(parsePeriod(label)).toBeNull();
  });
});

describe('periodRange', () => {
  it.each([
    ['2009', '2009-01-01', '2009-12-31'],
    ['2009-Q1', '2009-01-01', '2009-03-31'],
    ['2008-Q1', '2008-01-01', '2008-03-31'],
    ['2010-T2', '2010-05-01', '2010-08-31'],
    ['2008-02', '2008-02-01', '2008-02-29'],
    ['2009-H2', '2009-07-01', '2009-12-31'],
  ])('%p runs from %p to %p', (label, start, end) => {
    expect(periodRange(parsePeriod(label) as NonNullable<ReturnType<typeof parsePeriod>>)).toEqual({ start, end });
  });

  it('tiles a year without gaps or overlaps, for every cadence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.constantFrom(['Q', 4], ['T', 3], ['H', 2]), (year, [letter, parts]) => {
        const ranges = Array.from({ length: parts as number }, (_, i) => periodRange(parsePeriod(`${year}-${letter}${i + 1}`) as NonNullable<ReturnType<typeof parsePeriod>>));
        expect(ranges[0].start).toBe(`${year}-01-01`);
        expect(ranges[ranges.length - 1].end).toBe(`${year}-12-31`);
        for (let i = 1; i < ranges.length; i += 1) {
          const dayAfter = new Date(Date.parse(ranges[i - 1].end) + 86_400_000).toISOString().slice(0, 10);
          expect(ranges[i].start).toBe(dayAfter);
        }
      }),
    );
  });
});

describe('comparePeriods', () => {
  it('sorts mixed cadences by end date, the shorter period first on a tie', () => {
    const labels = ['2010', '2009-Q4', '2010-Q1', '2009', '2009-12'];
    const sorted = labels.map((l) => parsePeriod(l) as NonNullable<ReturnType<typeof parsePeriod>>).sort(comparePeriods).map((p) => p.label);
    expect(sorted).toEqual(['2009-12', '2009-Q4', '2009', '2010-Q1', '2010']);
  });
});
