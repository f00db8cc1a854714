import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { themeRoutes } from '../strategy.routes';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const person = (id: string, name: string, functionTitle: string, organisation: string) => ({
  __typename: 'Person',
  id,
  name,
  functionTitle,
  organisation: { __typename: 'Organisation', id: `org-${id}`, name: organisation },
});

const mandate = (id: string, role: string, who: ReturnType<typeof person>, endsOn: string | null, tasks: string | null) => ({
  __typename: 'ThemeMandate',
  id,
  role,
  tasks,
  responsibilities: 'Resultaten bewaken',
  powers: 'Partners aanspreken',
  startsOn: '2008-02-14',
  endsOn,
  person: who,
});

const measurement = (id: string, period: string, periodEnd: string, value: number, municipalityId: string | null = null) => ({
  __typename: 'Measurement',
  id,
  period,
  periodEnd,
  value,
  municipalityId,
  version: 1,
});

const action = {
  __typename: 'Action',
  id: 'action-1',
  themeId: 'overlast',
  title: 'Hotspotaanpak jeugdgroepen',
  phase: 'EXECUTION',
  status: 'AT_RISK',
  version: 1,
  ownerOrganisation: { __typename: 'Organisation', id: 'politie', name: 'Politie Utrecht' },
  ownerPerson: null,
  nextMilestone: { __typename: 'Milestone', id: 'm-1', actionId: 'action-1', title: 'Groepsscan klaar', dueOn: '2009-06-30', doneOn: null, version: 1 },
  milestones: [
    { __typename: 'Milestone', id: 'm-1', actionId: 'action-1', title: 'Groepsscan klaar', dueOn: '2009-06-30', doneOn: null, version: 1 },
    { __typename: 'Milestone', id: 'm-0', actionId: 'action-1', title: 'Startbijeenkomst', dueOn: '2009-01-15', doneOn: '2009-01-20', version: 2 },
  ],
  capacity: [
    { __typename: 'CapacityCommitment', id: 'c-1', amount: 800, unit: 'HOURS', period: '2009', organisation: { __typename: 'Organisation', id: 'politie', name: 'Politie Utrecht' } },
    { __typename: 'CapacityCommitment', id: 'c-2', amount: 450, unit: 'HOURS', period: '2009', organisation: { __typename: 'Organisation', id: 'zeist', name: 'Gemeente Zeist' } },
  ],
  budgetLines: [
    { __typename: 'BudgetLine', id: 'b-1', year: 2009, committed: 50000, spent: 12500, fundingSource: 'regionaal budget' },
    { __typename: 'BudgetLine', id: 'b-2', year: 2010, committed: 25000, spent: 0, fundingSource: 'rijkssubsidie' },
  ],
};

const burgemeester = person('p-1', 'Burgemeester Zeist', 'Burgemeester', 'Gemeente Zeist');
const theme = (includeEnded: boolean) => ({
  __typename: 'Theme',
  id: 'overlast',
  regionId: 'region-utrecht',
  strategyId: 'rvs',
  name: 'Overlast',
  description: 'Overlast van jeugdgroepen en in het uitgaansleven.',
  examples: ['jeugdoverlast'],
  safetyFields: ['JEUGD_EN_VEILIGHEID', 'VEILIGE_WOON_EN_LEEFOMGEVING'],
  version: 1,
  mandates: [
    mandate('md-1', 'DRIVER', burgemeester, null, 'Rapporteert aan het Regionaal College'),
    mandate('md-2', 'CO_DRIVER', person('p-2', 'Officier van justitie', 'Officier van justitie', 'Openbaar Ministerie'), null, null),
    ...(includeEnded ? [mandate('md-0', 'DRIVER', person('p-0', 'Burgemeester Houten', 'Burgemeester', 'Gemeente Houten'), '2009-12-31', 'Tot 2010')] : []),
  ],
  planQuality: [
    { __typename: 'PlanQualityFinding', check: 'GOAL_WITHOUT_ACTION', subjectId: 'goal-2', subjectTitle: 'Minder overlast in het uitgaansgebied', subjectType: 'Goal', themeId: 'overlast' },
    { __typename: 'PlanQualityFinding', check: 'ACTION_WITHOUT_ANALYSIS', subjectId: 'action-1', subjectTitle: 'Hotspotaanpak jeugdgroepen', subjectType: 'Action', themeId: 'overlast' },
  ],
  goals: [
    { __typename: 'Goal', id: 'goal-2', themeId: 'overlast', title: 'Minder overlast in het uitgaansgebied', description: null, position: 2, version: 1, indicators: [], actions: [] },
    {
      __typename: 'Goal',
      id: 'goal-1',
      themeId: 'overlast',
      title: 'Minder jeugdoverlast',
      description: null,
      position: 1,
      version: 1,
      indicators: [
        {
          __typename: 'Indicator',
          id: 'ind-1',
          goalId: 'goal-1',
          name: 'Meldingen jeugdoverlast',
          definition: null,
          unit: 'meldingen',
          source: 'politieregistratie',
          level: 'REGION',
          cadence: 'QUARTERLY',
          direction: 'LOWER_IS_BETTER',
          baseline: 1200,
          baselinePeriod: '2007',
          target: 900,
          targetDeadline: '2011-12-31',
          version: 1,
          latestValue: measurement('ms-2', '2008-Q2', '2008-06-30', 1050.5),
          measurements: [measurement('ms-2', '2008-Q2', '2008-06-30', 1050.5), measurement('ms-1', '2008-Q1', '2008-03-31', 1100), measurement('ms-z', '2008-Q1', '2008-03-31', 70, 'zeist')],
        },
      ],
      actions: [action],
    },
  ],
});

async function openThemePage() {
  const result = await render('<router-outlet />', {
    imports: [ApolloTestingModule],
    providers: [provideRouter([{ path: 'themas', children: themeRoutes }], withComponentInputBinding()), provideTranslateService({ lang: 'nl' })],
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  await TestBed.inject(Router).navigateByUrl('/themas/overlast');
  await result.fixture.whenStable();
  const request = controller.expectOne('ThemePage');
  expect(request.operation.variables).toEqual({ id: 'overlast', includeEnded: false });
  request.flushData({ theme: theme(false) });
  await result.fixture.whenStable();
  return { ...result, controller };
}

describe('ThemePage', () => {
  it('shows the theme with its safety fields and the mandates in full', async () => {
    await openThemePage();
    expect(screen.getByRole('heading', { level: 1 }).textContent?.trim()).toBe('Overlast');
    expect(screen.getByText('Jeugd en veiligheid, Veilige woon- en leefomgeving')).toBeTruthy();

    const mandates = screen.getByRole('region', { name: 'Mandaat van driver en co-drivers' });
    const driver = within(mandates).getByRole('heading', { name: 'Burgemeester Zeist' }).closest('li') as HTMLElement;
    expect(within(driver).getByText('Driver')).toBeTruthy();
    expect(within(driver).getByText('Rapporteert aan het Regionaal College')).toBeTruthy();
    expect(within(driver).getByText('Partners aanspreken')).toBeTruthy();
    expect(within(driver).getByText(/14 februari 2008/)).toBeTruthy();
    const coDriver = within(mandates).getByRole('heading', { name: 'Officier van justitie' }).closest('li') as HTMLElement;
    expect(within(coDriver).getByText('Niet vastgelegd')).toBeTruthy();
  });

  it('asks for the mandate history when the user wants to see ended mandates', async () => {
    const { controller, fixture } = await openThemePage();
    fireEvent.click(screen.getByLabelText('Toon ook beëindigde mandaten (historie)'));
    await fixture.whenStable();
    const request = controller.expectOne('ThemePage');
    expect(request.operation.variables).toEqual({ id: 'overlast', includeEnded: true });
    request.flushData({ theme: theme(true) });
    await fixture.whenStable();
    const ended = screen.getByRole('heading', { name: 'Burgemeester Houten' }).closest('li') as HTMLElement;
    expect(within(ended).getByText(/31 december 2009 \(beëindigd\)/)).toBeTruthy();
  });

  it('lists the plan-quality findings with translated checks, each linking to its subject on the page', async () => {
    await openThemePage();
    const findings = screen.getByRole('region', { name: 'Kwaliteit van het plan' });
    const items = within(findings).getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(['Doel zonder actie: Minder overlast in het uitgaansgebied', 'Actie zonder analyse: Hotspotaanpak jeugdgroepen']);
    expect(within(findings).getByRole('link', { name: 'Minder overlast in het uitgaansgebied' }).getAttribute('href')).toBe('/themas/overlast#goal-goal-2');
    expect(within(findings).getByRole('link', { name: 'Hotspotaanpak jeugdgroepen' }).getAttribute('href')).toBe('/themas/overlast#action-action-1');
    expect(document.getElementById('goal-goal-2')?.querySelector('h3')?.textContent?.trim()).toBe('Minder overlast in het uitgaansgebied');
    expect(document.getElementById('action-action-1')?.querySelector('th')?.textContent?.trim()).toBe('Hotspotaanpak jeugdgroepen');
  });

  it('shows goals in order with their indicators against baseline and target, and their actions', async () => {
    await openThemePage();
    const goals = screen.getByRole('region', { name: 'Doelen en acties' });
    expect(within(goals).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.trim())).toEqual(['Minder jeugdoverlast', 'Minder overlast in het uitgaansgebied']);

    const goal = screen.getByRole('article', { name: 'Minder jeugdoverlast' });
    expect(within(goal).getByText(/1\.050,5 meldingen/).textContent?.replace(/\s+/g, ' ').trim()).toBe('1.050,5 meldingen (2008-Q2)');
    expect(within(goal).getByText(/1\.200 meldingen/).textContent?.replace(/\s+/g, ' ').trim()).toBe('1.200 meldingen (2007)');
    expect(within(goal).getByText(/900 meldingen/).textContent?.replace(/\s+/g, ' ').trim()).toBe('900 meldingen (uiterlijk 31 december 2011)');
    expect(within(goal).getByText('Lager is beter')).toBeTruthy();
    expect(within(goal).getByText('Per kwartaal')).toBeTruthy();

    const series = within(goal).getByRole('table', { name: 'Waarden van Meldingen jeugdoverlast per periode' });
    const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim());
    expect(within(series).getAllByRole('row').map(cells)).toEqual([
      ['Periode', 'Regio (meldingen)'],
      ['2008-Q1', '1.100'],
      ['2008-Q2', '1.050,5'],
    ]);

    const row = within(goal).getByRole('rowheader', { name: 'Hotspotaanpak jeugdgroepen' }).closest('tr') as HTMLElement;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Politie Utrecht',
      'Uitvoering',
      'Risico',
      'Groepsscan klaar (30 juni 2009)',
      '1.250 uur (2009)',
      '€ 75.000 toegezegd, € 12.500 besteed',
    ]);
    expect(within(screen.getByRole('article', { name: 'Minder overlast in het uitgaansgebied' })).getByText('Nog geen acties voor dit doel.')).toBeTruthy();

    const milestones = within(goal).getByText('Mijlpalen van Hotspotaanpak jeugdgroepen (2)').closest('details') as HTMLElement;
    expect(within(milestones).getAllByRole('listitem').map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Startbijeenkomst — gereed op 20 januari 2009',
      'Groepsscan klaar — gepland op 30 juni 2009',
    ]);
    expect(within(milestones).queryByRole('button', { name: /Markeer als gereed/ })).toBeNull();
  });
});
