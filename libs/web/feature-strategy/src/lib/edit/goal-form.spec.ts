import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditableGoal, GoalForm } from './goal-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const goal = (version: number, title: string): EditableGoal => ({ id: 'goal-1', title, description: null, position: 1, version });

async function renderForm(existing: EditableGoal | null) {
  const closed = jest.fn();
  const result = await render(GoalForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { themeId: 'overlast', goal: existing },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, closed, controller: TestBed.inject(ApolloTestingController) };
}

function typeInto(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
}

describe('GoalForm', () => {
  it('adds a goal and puts the server field errors on the fields', async () => {
    const { controller, closed, fixture } = await renderForm(null);
    typeInto('Titel van het doel', 'Minder woninginbraken');
    fireEvent.click(screen.getByRole('button', { name: 'Doel opslaan' }));
    const create = controller.expectOne('CreateGoal');
    expect(create.operation.variables).toEqual({ input: { themeId: 'overlast', title: 'Minder woninginbraken', description: null } });
    create.graphqlErrors([{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'title', messageKey: 'validation.maxLength', message: 'x' }] } }]);
    await fixture.whenStable();
    expect((await screen.findByText('Deze tekst is te lang.')).closest('[id]')?.id).toBe('goal-form-new-title-errors');
    expect(screen.getByLabelText('Titel van het doel').getAttribute('aria-invalid')).toBe('true');
    expect(closed).not.toHaveBeenCalled();
  });

  it('refuses an empty title before asking the server', async () => {
    const { controller } = await renderForm(null);
    fireEvent.click(screen.getByRole('button', { name: 'Doel opslaan' }));
    expect(await screen.findByText('Vul dit veld in.')).toBeTruthy();
    controller.expectNone('CreateGoal');
  });

  it('keeps the input after a conflict and saves again on the newest version', async () => {
    const { controller, closed, fixture } = await renderForm(goal(1, 'Minder jeugdoverlast'));
    expect((screen.getByLabelText('Titel van het doel') as HTMLInputElement).value).toBe('Minder jeugdoverlast');
    typeInto('Titel van het doel', 'Minder overlast door jeugdgroepen');
    fireEvent.click(screen.getByRole('button', { name: 'Doel opslaan' }));
    controller.expectOne('UpdateGoal').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    // The page refetches the theme; the form gets the newest goal from it.
    fixture.componentRef.setInput('goal', goal(2, 'Minder jeugdoverlast in wijken'));
    expect(await screen.findByText('De nieuwste gegevens zijn geladen (titel nu: Minder jeugdoverlast in wijken). Controleer uw invoer en sla opnieuw op.')).toBeTruthy();
    expect((screen.getByLabelText('Titel van het doel') as HTMLInputElement).value).toBe('Minder overlast door jeugdgroepen');

    fireEvent.click(screen.getByRole('button', { name: 'Doel opslaan' }));
    const retry = controller.expectOne('UpdateGoal');
    expect(retry.operation.variables).toEqual({ input: { id: 'goal-1', version: 2, title: 'Minder overlast door jeugdgroepen', description: null } });
    retry.flushData({ updateGoal: { __typename: 'Goal', id: 'goal-1', themeId: 'overlast', title: 'Minder overlast door jeugdgroepen', description: null, position: 1, version: 3 } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });
});

describe('GoalForm deleting', () => {
  it('asks once more, then deletes; a refusal names the actions that still need a goal', async () => {
    const { controller, closed, fixture } = await renderForm(goal(3, 'Minder jeugdoverlast'));
    fireEvent.click(screen.getByRole('button', { name: 'Doel verwijderen' }));
    controller.expectNone('DeleteGoal');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, definitief verwijderen' }));
    const remove = controller.expectOne('DeleteGoal');
    expect(remove.operation.variables).toEqual({ id: 'goal-1' });
    remove.graphqlErrors([
      { message: 'only goal', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'id', messageKey: 'validation.goalIsOnlyGoalOfActions', message: 'x', params: { actions: 'Shortlistmethodiek jeugdgroepen' } }] } },
    ]);
    await fixture.whenStable();
    expect(await screen.findByText(/enige doel van een of meer acties \(Shortlistmethodiek jeugdgroepen\)/)).toBeTruthy();
    expect(closed).not.toHaveBeenCalled();
  });
});
