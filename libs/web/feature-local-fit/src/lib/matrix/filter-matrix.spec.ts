import { filterMatrix, Matrix, NO_FILTER } from './local-fit-matrix-store';

const cell = (themeId: string, participation: string | null, verdict: string | null) => ({ __typename: 'LocalFitMatrixCell' as const, themeId, participation, verdict, cycle: '2009', assessmentId: null });
const row = (id: string, name: string, cells: ReturnType<typeof cell>[]) => ({ __typename: 'LocalFitMatrixRow' as const, municipality: { __typename: 'Municipality' as const, id, name, population: 10_000 }, sizeClass: 'UP_TO_20K', cells });

const matrix = {
  __typename: 'LocalFitMatrix',
  strategyId: 's',
  themes: [
    { __typename: 'Theme', id: 't2', name: 'Ondermijning', position: 2 },
    { __typename: 'Theme', id: 't1', name: 'Overlast', position: 1 },
  ],
  rows: [row('m1', 'Utrecht', [cell('t1', 'FULL', 'FITS'), cell('t2', 'FULL', 'FITS_WITH_ADAPTATION')]), row('m2', 'Renswoude', [cell('t1', 'FULL', 'FITS'), cell('t2', 'NOT', 'DOES_NOT_FIT')]), row('m3', 'Zeist', [cell('t1', 'OWN_APPROACH', null)])],
} as Matrix;

describe('filterMatrix', () => {
  it('shows every municipality with the themes in their agreed order, filling cells nobody recorded', () => {
    const shown = filterMatrix(matrix, NO_FILTER);
    expect(shown.themes.map((theme) => theme.name)).toEqual(['Overlast', 'Ondermijning']);
    expect(shown.rows.map((r) => r.municipality.name)).toEqual(['Utrecht', 'Renswoude', 'Zeist']);
    expect(shown.rows[2].cells.map((c) => [c.themeId, c.participation, c.verdict])).toEqual([
      ['t1', 'OWN_APPROACH', null],
      ['t2', null, null],
    ]);
  });

  it('keeps the municipalities where a shown theme has the chosen verdict', () => {
    expect(filterMatrix(matrix, { ...NO_FILTER, verdict: 'DOES_NOT_FIT' }).rows.map((r) => r.municipality.name)).toEqual(['Renswoude']);
    expect(filterMatrix(matrix, { ...NO_FILTER, verdict: 'UNKNOWN' }).rows.map((r) => r.municipality.name)).toEqual(['Zeist']);
  });

  it('narrows to one theme and combines filters', () => {
    const shown = filterMatrix(matrix, { ...NO_FILTER, themeId: 't1', participation: 'FULL' });
    expect(shown.themes.map((theme) => theme.id)).toEqual(['t1']);
    expect(shown.rows.map((r) => [r.municipality.name, r.cells.length])).toEqual([
      ['Utrecht', 1],
      ['Renswoude', 1],
    ]);
  });

  it('finds municipalities by part of the name, ignoring case', () => {
    expect(filterMatrix(matrix, { ...NO_FILTER, name: 'UTR' }).rows.map((r) => r.municipality.name)).toEqual(['Utrecht']);
  });
});
