import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { treeRoutes } from '../strategy.routes';
import { TreeStrategy, countFindings, goalsWithActions, participatingOrganisations } from './strategy-tree';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const organisation = (id: string, name: string) => ({ __typename: 'Organisation', id, name });
const action = (id: string, title: string, goalIds: string[]) => ({
  __typename: 'Action',
  id,
  themeId: 'overlast',
  title,
  phase: 'PLAN',
  status: 'ON_TRACK',
  version: 1,
  ownerOrganisation: organisation('politie', 'Politie Utrecht'),
  ownerPerson: null,
  nextMilestone: null,
  capacity: [{ __typename: 'CapacityCommitment', id: `c-${id}`, amount: 1.5, unit: 'FTE', period: '2009', organisation: organisation('politie', 'Politie Utrecht') }],
  budgetLines: [],
  goals: goalIds.map((goalId) => ({ __typename: 'Goal', id: goalId })),
});

const strategy = {
  __typename: 'Strategy',
  id: 'rvs',
  title: 'Regionale Veiligheidsstrategie 2008-2011',
  periodStart: '2008-01-01',
  periodEnd: '2011-12-31',
  planQuality: [
    { __typename: 'PlanQualityFinding', check: 'ACTION_WITHOUT_BUDGET', subjectId: 'a-1', subjectTitle: 'Groepsaanpak', subjectType: 'Action', themeId: 'overlast' },
    { __typename: 'PlanQualityFinding', check: 'ACTION_WITHOUT_BUDGET', subjectId: 'a-9', subjectTitle: 'Wietpas', subjectType: 'Action', themeId: 'ondermijning' },
    { __typename: 'PlanQualityFinding', check: 'GOAL_WITHOUT_ACTION', subjectId: 'g-2', subjectTitle: 'Minder uitgaansoverlast', subjectType: 'Goal', themeId: 'overlast' },
  ],
  themes: [
    { __typename: 'Theme', id: 'ondermijning', name: 'Ondermijning', position: 3, goals: [], actions: [], participants: [] },
    {
      __typename: 'Theme',
      id: 'overlast',
      name: 'Overlast',
      position: 1,
      goals: [
        { __typename: 'Goal', id: 'g-2', title: 'Minder uitgaansoverlast', position: 2, indicators: [] },
        {
          __typename: 'Goal',
          id: 'g-1',
          title: 'Minder jeugdoverlast',
          position: 1,
          indicators: [
            {
              __typename: 'Indicator',
              id: 'i-1',
              name: 'Meldingen jeugdoverlast',
              unit: 'meldingen',
              direction: 'LOWER_IS_BETTER',
              target: 4200,
              targetDeadline: '2011-12-31',
              latestValue: { __typename: 'Measurement', id: 'm-1', period: '2011-Q4', periodEnd: '2011-12-31', value: 4205, municipalityId: null, version: 1 },
            },
          ],
        },
      ],
      actions: [action('a-1', 'Groepsaanpak', ['g-1'])],
      participants: [
        { __typename: 'Action', id: 'a-1', ownerOrganisation: organisation('politie', 'Politie Utrecht'), partners: [organisation('halt', 'Bureau Halt')] },
        { __typename: 'Action', id: 'a-2', ownerOrganisation: null, partners: [organisation('ggd', 'GGD regio Utrecht'), organisation('halt', 'Bureau Halt')] },
      ],
    },
  ],
};

async function openTree(url: string) {
  const result = await render('<router-outlet />', {
    imports: [ApolloTestingModule],
    providers: [provideRouter([{ path: 'boom', children: treeRoutes }], withComponentInputBinding()), provideTranslateService({ lang: 'nl' })],
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  const router = TestBed.inject(Router);
  await router.navigateByUrl(url);
  await result.fixture.whenStable();
  controller.expectOne('Municipalities').flushData({
    municipalities: [{ __typename: 'Municipality', id: 'zeist', regionId: 'utrecht', name: 'Zeist', slug: 'zeist', cbsCode: 'GM0355', population: 60000, websiteUrl: null, version: 1 }],
  });
  return { ...result, controller, router };
}

describe('StrategyTreePage', () => {
  it('asks the server for the actions of the municipality in the address and shows theme → goal → action', async () => {
    const { controller, fixture } = await openTree('/boom?gemeente=zeist');
    const request = controller.expectOne('StrategyTree');
    expect(request.operation.variables).toEqual({ partnerId: null, municipalityId: 'zeist' });
    request.flushData({ strategies: [strategy] });
    await fixture.whenStable();

    expect((screen.getByLabelText('Gemeente') as HTMLSelectElement).value).toBe('zeist');
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent?.trim())).toEqual(['Overlast', 'Ondermijning']);
    expect(screen.getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent?.trim())).toEqual(['Minder jeugdoverlast', 'Minder uitgaansoverlast']);
    expect(screen.getByText(/Meldingen jeugdoverlast:/).textContent?.replace(/\s+/g, ' ').trim()).toBe('Meldingen jeugdoverlast: 4.205 meldingen (2011-Q4), streefwaarde 4.200 meldingen');
    const groepsaanpak = screen.getByText('Groepsaanpak', { selector: 'strong' }).closest('li') as HTMLElement;
    expect(groepsaanpak.textContent?.replace(/\s+/g, ' ')).toContain('Eigenaar: Politie Utrecht · Fase: Plan · Volgende mijlpaal: — · Capaciteit: 1,5 fte (2009) · Budget: —');
    expect(screen.getByText('Geen acties binnen dit filter.')).toBeTruthy();
  });

  it('puts the chosen partner in the address, which filters on the server', async () => {
    const { controller, fixture, router } = await openTree('/boom');
    controller.expectOne('StrategyTree').flushData({ strategies: [strategy] });
    await fixture.whenStable();
    expect([...(screen.getByLabelText('Partnerorganisatie') as HTMLSelectElement).options].map((option) => option.textContent?.trim())).toEqual([
      'Alle organisaties',
      'Bureau Halt',
      'GGD regio Utrecht',
      'Politie Utrecht',
    ]);
    fireEvent.change(screen.getByLabelText('Partnerorganisatie'), { target: { value: 'halt' } });
    await fixture.whenStable();
    expect(router.url).toBe('/boom?partner=halt');
    expect(controller.expectOne('StrategyTree').operation.variables).toEqual({ partnerId: 'halt', municipalityId: null });
  });

  it('counts the plan-quality findings per check and per theme', async () => {
    const { controller, fixture } = await openTree('/boom');
    controller.expectOne('StrategyTree').flushData({ strategies: [strategy] });
    await fixture.whenStable();
    const table = screen.getByRole('table');
    const row = (check: string) => [...(within(table).getByRole('rowheader', { name: check }).closest('tr') as HTMLElement).querySelectorAll('td')].map((cell) => cell.textContent?.trim());
    expect(row('Actie zonder budget')).toEqual(['1', '1', '2']);
    expect(row('Doel zonder actie')).toEqual(['1', '0', '1']);
    expect(row('Actie zonder eigenaar')).toEqual(['0', '0', '0']);
  });
});

describe('strategy tree helpers', () => {
  it('groups the filtered actions under the goals they serve, goals in order', () => {
    const theme = strategy.themes[1] as unknown as TreeStrategy['themes'][number];
    expect(goalsWithActions(theme).map((goal) => [goal.id, goal.actions.map((served) => served.id)])).toEqual([
      ['g-1', ['a-1']],
      ['g-2', []],
    ]);
  });

  it('lists each participating organisation once, by name', () => {
    expect(participatingOrganisations([strategy as unknown as TreeStrategy]).map((organisation) => organisation.id)).toEqual(['halt', 'ggd', 'politie']);
  });

  it('counts nothing for a check without findings', () => {
    expect(countFindings([], ['a', 'b'], ['ACTION_WITHOUT_BUDGET'])).toEqual([{ check: 'ACTION_WITHOUT_BUDGET', perTheme: [0, 0], total: 0 }]);
  });
});
