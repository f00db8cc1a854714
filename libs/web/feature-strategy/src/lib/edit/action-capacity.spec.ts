import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SessionStore } from '@regie/web/data-access';
import { ActionCapacity } from './action-capacity';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const politie = { __typename: 'Organisation' as const, id: 'org-politie', name: 'Politie Utrecht' };
const halt = { __typename: 'Organisation' as const, id: 'org-halt', name: 'Bureau Halt' };
const line = (id: string, period: string, amount: number, organisation: typeof politie, realisedAmount: number | null = null) => ({
  __typename: 'CapacityCommitment' as const,
  id,
  amount,
  realisedAmount,
  unit: 'FTE',
  period,
  note: null,
  version: 1,
  organisation,
});
const capacity = [line('c-2010', '2010', 1.5, politie), line('c-2009', '2009', 2, politie, 1.8)];

/** A signed-in PARTNER of Bureau Halt in region-1. */
const partnerMe = {
  __typename: 'User',
  id: 'user-halt',
  name: 'Medewerker Bureau Halt',
  email: 'partner.halt@regie.example',
  roles: [
    { __typename: 'RoleAssignment', id: 'role-halt', role: 'PARTNER', regionId: 'region-1', themeId: null, municipalityId: null, organisationId: 'org-halt', region: null, theme: null, municipality: null, organisation: null },
  ],
};

async function renderCapacity(canEdit: boolean, lines = capacity, me: typeof partnerMe | null = null) {
  const result = await render(ActionCapacity, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { actionId: 'action-1', regionId: 'region-1', themeId: 'theme-1', capacity: lines, canEdit, language: 'nl' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  if (me) {
    const resolving = TestBed.inject(SessionStore).resolve();
    controller.expectOne('Me').flushData({ me });
    await resolving;
  }
  controller.expectOne('PlanOptions').flushData({ organisations: [{ __typename: 'Organisation', ...politie, kind: 'POLICE' }], persons: [], municipalities: [] });
  await result.fixture.whenStable();
  return { ...result, controller };
}

describe('ActionCapacity', () => {
  it('lists capacity per period, oldest first, so years are not added up', async () => {
    await renderCapacity(false);
    const rows = screen.getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim()).join(' | '));
    expect(rows).toEqual(['2009 | Politie Utrecht | 2 fte | 1,8 fte', '2010 | Politie Utrecht | 1,5 fte | nog niet gemeld']);
    expect(screen.queryByRole('button', { name: 'Capaciteit toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /wijzigen/ })).toBeNull();
  });

  it("lets a partner change its own line only, and shows a conflict when the line changed meanwhile", async () => {
    const { controller, fixture } = await renderCapacity(false, [line('c-halt', '2009', 0.8, halt), line('c-politie', '2009', 2, politie)], partnerMe);
    await fixture.whenStable();
    expect(screen.queryByRole('button', { name: 'Capaciteit van Politie Utrecht in 2009 wijzigen' })).toBeNull();
    expect(screen.queryByRole('button', { name: /verwijderen/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Capaciteit van Bureau Halt in 2009 wijzigen' }));
    fireEvent.input(await screen.findByLabelText('Gerealiseerd (fte)'), { target: { value: '0.7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Capaciteit opslaan' }));
    const update = controller.expectOne('UpdateCapacity');
    expect(update.operation.variables['input']).toEqual({ id: 'c-halt', version: 1, amount: 0.8, realisedAmount: 0.7 });
    update.flush({ errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] });
    expect(await screen.findByText(/Iemand anders heeft deze capaciteit intussen gewijzigd/)).toBeTruthy();
  });

  it('adds a commitment for a partner and period, and refuses a period in the wrong form', async () => {
    const { controller } = await renderCapacity(true);
    fireEvent.change(screen.getByLabelText('Partner'), { target: { value: 'org-politie' } });
    fireEvent.input(screen.getByLabelText('Periode'), { target: { value: 'volgend jaar' } });
    fireEvent.input(screen.getByLabelText('Capaciteit'), { target: { value: '0.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Capaciteit toevoegen' }));
    expect(await screen.findByText('Deze waarde is niet geldig.')).toBeTruthy();
    controller.expectNone('AddCapacity');

    fireEvent.input(screen.getByLabelText('Periode'), { target: { value: '2011-H1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Capaciteit toevoegen' }));
    const add = controller.expectOne('AddCapacity');
    expect(add.operation.variables['input']).toEqual({ actionId: 'action-1', organisationId: 'org-politie', period: '2011-H1', amount: 0.5, unit: 'FTE', note: null });
    add.flushData({ addCapacity: { __typename: 'CapacityCommitment', id: 'c-new', actionId: 'action-1', amount: 0.5, unit: 'FTE', period: '2011-H1', note: null } });
    expect(await screen.findByText('De capaciteit is toegevoegd.')).toBeTruthy();
  });

  it('removes a commitment', async () => {
    const { controller } = await renderCapacity(true);
    fireEvent.click(screen.getByRole('button', { name: 'Capaciteit van Politie Utrecht in 2009 verwijderen' }));
    expect(controller.expectOne('DeleteCapacity').operation.variables).toEqual({ id: 'c-2009' });
  });
});
