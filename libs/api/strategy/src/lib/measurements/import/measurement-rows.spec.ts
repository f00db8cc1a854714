import { FileRow } from './measurement-file';
import { interpretRows, parseDutchNumber } from './measurement-rows';

const context = { cadence: 'QUARTERLY' as const, municipalities: new Map([['zeist', 'm-zeist'], ['gm0355', 'm-zeist'], ['de bilt', 'm-debilt']]) };
const row = (n: number, cells: Record<string, string>): FileRow => ({ row: n, line: n + 1, cells });

describe('parseDutchNumber', () => {
  it.each([
    ['1234', 1234],
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1234.5', 1234.5],
    ['1.100', 1100],
    ['2.500.000', 2500000],
    ['0.125', 0.125],
    ['-12', -12],
    [' 7 ', 7],
  ])('reads %p as %p', (text, value) => {
    expect(parseDutchNumber(text)).toBe(value);
  });
  it.each(['', 'twaalf', '12a', '.', ','])('refuses %p', (text) => {
    expect(parseDutchNumber(text)).toBeNull();
  });
});

describe('interpretRows', () => {
  it('reads regional and municipal values by name or CBS code', () => {
    const result = interpretRows(
      [row(1, { periode: '2009-Q1', gemeente: '', waarde: '1.100', bron: 'politie' }), row(2, { periode: '2009-Q1', gemeente: 'GM0355', waarde: '80,5', toelichting: 'incl. Austerlitz' })],
      context,
    );
    expect(result).toEqual({
      errors: [],
      measurements: [
        { row: 1, municipalityId: null, period: '2009-Q1', periodEnd: '2009-03-31', value: 1100, source: 'politie', note: null },
        { row: 2, municipalityId: 'm-zeist', period: '2009-Q1', periodEnd: '2009-03-31', value: 80.5, source: null, note: 'incl. Austerlitz' },
      ],
    });
  });

  it('refuses the whole file and names row, line and column of every bad cell', () => {
    const result = interpretRows(
      [
        row(1, { periode: '2009-Q1', gemeente: 'Zeist', waarde: '80' }),
        row(2, { periode: '2009', gemeente: 'Atlantis', waarde: 'veel' }),
        row(3, { periode: '2009-Q1', gemeente: 'zeist', waarde: '81' }),
        row(4, { periode: '2009-Q1', gemeente: 'Atlantis', waarde: '1' }),
        row(5, { periode: '2009-Q1', gemeente: '', waarde: '1' }),
      ],
      context,
    );
    expect(result.measurements).toEqual([]);
    expect(result.errors.map((e) => [e.field, e.messageKey, e.params?.['line']])).toEqual([
      ['rows.2.periode', 'import.periodCadence', 3],
      ['rows.2.gemeente', 'import.municipality', 3],
      ['rows.2.waarde', 'import.value', 3],
      ['rows.3.periode', 'import.duplicate', 4],
      ['rows.4.gemeente', 'import.municipality', 5],
    ]);
  });

  it('refuses a file without the required columns or without rows', () => {
    expect(interpretRows([row(1, { jaar: '2009', aantal: '3' })], context).errors.map((e) => e.params?.['column'])).toEqual(['periode', 'waarde']);
    expect(interpretRows([], context).errors.map((e) => e.messageKey)).toEqual(['import.empty']);
  });
});
