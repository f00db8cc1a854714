import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionCapacity } from './action-capacity';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const politie = { __typename: 'Organisation' as const, id: 'org-politie', name: 'Politie Utrecht' };
const capacity = [
  { __typename: 'CapacityCommitment' as const, id: 'c-2010', amount: 1.5, unit: 'FTE', period: '2010', organisation: politie },
  { __typename: 'CapacityCommitment' as const, id: 'c-2009', amount: 2, unit: 'FTE', period: '2009', organisation: politie },
];

async function renderCapacity(canEdit: boolean) {
  const result = await render(ActionCapacity, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { actionId: 'action-1', regionId: 'region-1', capacity, canEdit, language: 'nl' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  controller.expectOne('PlanOptions').flushData({ organisations: [{ __typename: 'Organisation', ...politie, kind: 'POLICE' }], persons: [], municipalities: [] });
  await result.fixture.whenStable();
  return { ...result, controller };
}

describe('ActionCapacity', () => {
  it('lists capacity per period, oldest first, so years are not added up', async () => {
    await renderCapacity(false);
    const rows = screen.getAllByRole('row').slice(1).map((row) => Array.from(row.querySelectorAll('td'), (cell) => cell.textContent?.trim()).join(' | '));
    expect(rows).toEqual(['2009 | Politie Utrecht | 2 fte', '2010 | Politie Utrecht | 1,5 fte']);
    expect(screen.queryByRole('button', { name: 'Capaciteit toevoegen' })).toBeNull();
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
