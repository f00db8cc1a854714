import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IvpPriority, IvpPriorityForm } from './ivp-priority-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const ivp = nl.localFit.ivp;
const themes = [
  { id: 't-1', name: 'Overlast' },
  { id: 't-2', name: 'Ondermijning' },
];
const priority = { id: 'p-1', title: 'Woninginbraak', safetyField: 'VEILIGE_WOON_EN_LEEFOMGEVING', version: 4, theme: { id: 't-1', name: 'Overlast' } } as IvpPriority;

async function renderForm(existing: IvpPriority | null) {
  const closed = jest.fn();
  const result = await render(IvpPriorityForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { ivpId: 'ivp-1', themes, priority: existing },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, closed, controller: TestBed.inject(ApolloTestingController) };
}

describe('IvpPriorityForm', () => {
  it('changes a priority’s safety field and matching theme on the version the user saw', async () => {
    const { controller, closed } = await renderForm(priority);
    await waitFor(() => expect((screen.getByLabelText(ivp.priorityName) as HTMLInputElement).value).toBe('Woninginbraak'));
    fireEvent.change(screen.getByLabelText(ivp.safetyField), { target: { value: 'INTEGRITEIT_EN_VEILIGHEID' } });
    fireEvent.change(screen.getByLabelText(ivp.theme), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: ivp.savePriority }));
    const update = controller.expectOne('UpdateIvpPriority');
    expect(update.operation.variables['input']).toEqual({ id: 'p-1', version: 4, title: 'Woninginbraak', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', themeId: null });
    update.flushData({ updateIvpPriority: { __typename: 'IvpPriority', id: 'p-1', title: 'Woninginbraak', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', version: 5, theme: null } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('deletes only after the in-page confirmation, with the version the user saw', async () => {
    const { controller, closed, fixture } = await renderForm(priority);
    fireEvent.click(screen.getByRole('button', { name: ivp.deletePriority }));
    await fixture.whenStable();
    controller.expectNone('DeleteIvpPriority');
    expect(screen.getByText('Prioriteit ‘Woninginbraak’ verwijderen? Dit kan niet ongedaan worden gemaakt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: nl.edit.confirmDelete }));
    const remove = controller.expectOne('DeleteIvpPriority');
    expect(remove.operation.variables).toEqual({ id: 'p-1', version: 4 });
    remove.flushData({ deleteIvpPriority: true });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('adds a new priority and stays open, empty, for the next', async () => {
    const { controller, closed } = await renderForm(null);
    fireEvent.input(screen.getByLabelText(ivp.priorityTitle), { target: { value: 'Jeugdoverlast' } });
    fireEvent.change(screen.getByLabelText(ivp.theme), { target: { value: 't-1' } });
    fireEvent.click(screen.getByRole('button', { name: ivp.addPriority }));
    const add = controller.expectOne('AddIvpPriority');
    expect(add.operation.variables['input']).toEqual({ ivpId: 'ivp-1', title: 'Jeugdoverlast', safetyField: 'VEILIGE_WOON_EN_LEEFOMGEVING', themeId: 't-1' });
    add.flushData({ addIvpPriority: { __typename: 'IvpPriority', id: 'p-2', title: 'Jeugdoverlast' } });
    await waitFor(() => expect((screen.getByLabelText(ivp.priorityTitle) as HTMLInputElement).value).toBe(''));
    expect(closed).not.toHaveBeenCalled();
  });
});
