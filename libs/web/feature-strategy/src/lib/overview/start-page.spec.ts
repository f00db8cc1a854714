import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartPage } from './start-page';
import { roleLine } from './theme-summary';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const person = (id: string, name: string, functionTitle: string | null, organisation: string | null) => ({
  __typename: 'Person',
  id,
  name,
  functionTitle,
  organisation: organisation ? { __typename: 'Organisation', id: `org-${id}`, name: organisation } : null,
});

const theme = (position: number, name: string, coDrivers: ReturnType<typeof person>[]) => ({
  __typename: 'Theme',
  id: `theme-${position}`,
  slug: name.toLowerCase(),
  name,
  position,
  description: `Over ${name}`,
  examples: ['jeugdoverlast'],
  drivers: [person(`driver-${position}`, `Burgemeester ${position}`, 'Burgemeester', `Gemeente ${position}`)],
  coDrivers,
});

async function renderStartPage(strategies: unknown[]) {
  const result = await render(StartPage, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })] });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  TestBed.inject(ApolloTestingController).expectOne('StrategyOverview').flushData({ strategies });
  await result.fixture.whenStable();
  return result;
}

describe('StartPage', () => {
  it('shows the strategy with its period, adoption and themes in their order, each with driver and co-drivers', async () => {
    await renderStartPage([
      {
        __typename: 'Strategy',
        id: 'rvs',
        title: 'Regionale Veiligheidsstrategie 2008-2011',
        periodStart: '2008-01-01',
        periodEnd: '2011-12-31',
        status: 'ADOPTED',
        adoptedOn: '2008-02-14',
        adoptedBy: 'Regionaal College',
        themes: [
          theme(2, 'Ondermijning', []),
          theme(1, 'Overlast', [person('ovj', 'Officier van justitie, thema Overlast', 'Officier van justitie', 'Openbaar Ministerie')]),
        ],
      },
    ]);

    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Veiligheidsstrategie');
    expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Regionale Veiligheidsstrategie 2008-2011');
    expect(screen.getByText(/1 januari 2008 – 31 december 2011/)).toBeTruthy();
    expect(screen.getByText('Vastgesteld op 14 februari 2008 door Regionaal College')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.trim())).toEqual(['Overlast', 'Ondermijning']);

    const overlast = screen.getByRole('article', { name: 'Overlast' });
    expect(within(overlast).getByText('Burgemeester 1')).toBeTruthy();
    expect(within(overlast).getByText('Officier van justitie, thema Overlast')).toBeTruthy();
    expect(within(overlast).getByText('Officier van justitie, Openbaar Ministerie')).toBeTruthy();
    expect(within(screen.getByRole('article', { name: 'Ondermijning' })).getByText('Nog geen co-drivers')).toBeTruthy();
  });

  it('says so when there is no strategy yet', async () => {
    await renderStartPage([]);
    expect(screen.getByText('Er is nog geen veiligheidsstrategie vastgelegd.')).toBeTruthy();
  });
});

describe('roleLine', () => {
  it('joins function and organisation, leaving out what is unknown', () => {
    expect(roleLine(person('a', 'A', 'Burgemeester', 'Gemeente Zeist'))).toBe('Burgemeester, Gemeente Zeist');
    expect(roleLine(person('b', 'B', null, 'Politie Utrecht'))).toBe('Politie Utrecht');
    expect(roleLine(person('c', 'C', null, null))).toBe('');
  });
});
