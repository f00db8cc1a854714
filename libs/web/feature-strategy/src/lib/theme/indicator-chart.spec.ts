import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorChart, seriesRows } from './indicator-chart';
import type { IndicatorDetail } from './theme-store';

const chartConstructed = jest.fn();
jest.mock('chart.js/auto', () => ({
  Chart: class {
    constructor(_canvas: unknown, config: unknown) {
      chartConstructed(config);
    }
    destroy() {
      // nothing to free in the test double
    }
  },
}));

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const value = (period: string, periodEnd: string, amount: number, municipalityId: string | null = null) => ({ __typename: 'Measurement' as const, id: `${period}-${municipalityId}`, period, periodEnd, value: amount, municipalityId, version: 1 });
const measurements = [value('2009-Q2', '2009-06-30', 90), value('2009-Q1', '2009-03-31', 100), value('2009-Q1', '2009-03-31', 12, 'zeist'), value('2009-Q2', '2009-06-30', 9, 'utrecht')];
const indicator = { id: 'ind-1', name: 'Woninginbraken', unit: 'aangiften', baseline: 110, target: 80, measurements } as unknown as IndicatorDetail;

describe('seriesRows', () => {
  it('puts the regional and one municipality’s values side by side per period, oldest first', () => {
    expect(seriesRows(measurements, 'zeist')).toEqual([
      { period: '2009-Q1', periodEnd: '2009-03-31', region: 100, municipality: 12 },
      { period: '2009-Q2', periodEnd: '2009-06-30', region: 90, municipality: null },
    ]);
    expect(seriesRows(measurements, '').map((row) => row.municipality)).toEqual([null, null]);
  });
});

describe('IndicatorChart', () => {
  it('loads the chart only when opened, with the same numbers as its table', async () => {
    const result = await render(IndicatorChart, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { indicator, language: 'nl' } });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    TestBed.inject(ApolloTestingController)
      .expectOne('Municipalities')
      .flushData({
        municipalities: [
          { __typename: 'Municipality', id: 'zeist', regionId: 'r', name: 'Zeist', slug: 'zeist', cbsCode: 'GM0355', population: 60000, websiteUrl: null, version: 1 },
          { __typename: 'Municipality', id: 'utrecht', regionId: 'r', name: 'Utrecht', slug: 'utrecht', cbsCode: 'GM0344', population: 300000, websiteUrl: null, version: 1 },
        ],
      });
    await result.fixture.whenStable();
    expect(chartConstructed).not.toHaveBeenCalled();

    const details = result.container.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    fireEvent.change(screen.getByLabelText('Vergelijk met gemeente'), { target: { value: 'zeist' } });
    await waitFor(() => expect(chartConstructed).toHaveBeenCalled());
    const config = chartConstructed.mock.calls.at(-1)[0];
    expect(config.data.labels).toEqual(['2009-Q1', '2009-Q2']);
    expect(config.data.datasets.map((set: { label: string; data: unknown[] }) => [set.label, set.data])).toEqual([
      ['Regio', [100, 90]],
      ['Zeist', [12, null]],
      ['Nulmeting', [110, 110]],
      ['Streefwaarde', [80, 80]],
    ]);
    const table = screen.getByRole('table', { name: 'Waarden van Woninginbraken per periode' });
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());
    expect(within(table).getAllByRole('row').map(cells)).toEqual([
      ['Periode', 'Regio (aangiften)', 'Zeist (aangiften)'],
      ['2009-Q1', '100', '12'],
      ['2009-Q2', '90', '—'],
    ]);
  });
});
