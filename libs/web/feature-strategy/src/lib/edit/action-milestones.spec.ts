import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '@regie/domain';
import { ActionMilestones } from './action-milestones';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const open = { __typename: 'Milestone', id: 'm-1', actionId: 'a-1', title: 'Groepsscan klaar', dueOn: '2009-06-30', doneOn: null, version: 3 };

async function renderMilestones() {
  const result = await render(ActionMilestones, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { actionId: 'a-1', milestones: [open], canEdit: true, language: 'nl' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

describe('ActionMilestones', () => {
  it('marks a milestone done today, on the version the user saw', async () => {
    const { controller } = await renderMilestones();
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als gereed: Groepsscan klaar' }));
    expect(controller.expectOne('UpdateMilestone').operation.variables).toEqual({ input: { id: 'm-1', version: 3, doneOn: todayIso() } });
  });

  it('adds a milestone with its due date', async () => {
    const { controller } = await renderMilestones();
    fireEvent.input(screen.getByLabelText('Nieuwe mijlpaal'), { target: { value: 'Evaluatie in Regionaal College' } });
    fireEvent.input(screen.getByLabelText('Gepland op'), { target: { value: '2010-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal toevoegen' }));
    expect(controller.expectOne('AddMilestone').operation.variables).toEqual({ input: { actionId: 'a-1', title: 'Evaluatie in Regionaal College', dueOn: '2010-03-01' } });
  });

  it('says so when someone else changed the milestone first', async () => {
    const { controller } = await renderMilestones();
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als gereed: Groepsscan klaar' }));
    controller.expectOne('UpdateMilestone').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    expect((await screen.findByText(/Iemand anders heeft deze mijlpaal intussen gewijzigd/)).closest('regie-alert')?.getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Nieuwste gegevens laden' })).toBeTruthy();
  });
});
