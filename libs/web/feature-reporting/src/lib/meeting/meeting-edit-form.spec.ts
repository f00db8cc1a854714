import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeetingEditForm } from './meeting-edit-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const t = nl.reporting.meetingEdit;

async function renderForm() {
  const result = await render(MeetingEditForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { meeting: { id: 'meeting-1', version: 2, date: '2030-03-15', location: 'Provinciehuis', status: 'PLANNED' } },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

describe('MeetingEditForm', () => {
  it('saves a new date, location and status and shows where the cycle deadlines moved to', async () => {
    const { controller } = await renderForm();
    fireEvent.input(screen.getByLabelText('Datum'), { target: { value: '2030-04-15' } });
    fireEvent.input(screen.getByLabelText('Locatie'), { target: { value: 'Stadhuis Zeist ' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'CANCELLED' } });
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    const update = controller.expectOne('UpdateCollegeMeeting');
    expect(update.operation.variables['input']).toEqual({ id: 'meeting-1', version: 2, date: '2030-04-15', location: 'Stadhuis Zeist', status: 'CANCELLED' });
    update.flushData({
      updateCollegeMeeting: {
        __typename: 'CollegeMeeting', id: 'meeting-1', date: '2030-04-15', location: 'Stadhuis Zeist', status: 'CANCELLED', version: 3,
        cycles: [{ __typename: 'ReportCycle', id: 'cycle-1', label: '2030-T1', deadlines: { __typename: 'CycleDeadlines', contributionsDue: '2030-03-18', signOffDue: '2030-03-25', bureauCheckDue: '2030-04-03', papersOutOn: '2030-04-08' } }],
      },
    });
    expect(await screen.findByText('De vergadering is verplaatst van 15 maart 2030 naar 15 april 2030. De deadlines zijn meeverschoven:')).toBeTruthy();
    const moved = String(screen.getByText('2030-T1').closest('li')?.textContent);
    expect(moved).toContain('Bijdragen uiterlijk 18 maart 2030');
    expect(moved).toContain('Stukken verzonden op 8 april 2030');
  });

  it('after a conflict keeps the input and saves on the newest version once reloaded', async () => {
    const { controller, fixture } = await renderForm();
    fireEvent.input(screen.getByLabelText('Locatie'), { target: { value: 'Gemeentehuis Houten' } });
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    controller.expectOne('UpdateCollegeMeeting').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    fixture.componentRef.setInput('meeting', { id: 'meeting-1', version: 5, date: '2030-03-20', location: 'Provinciehuis', status: 'PLANNED' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    expect(await screen.findByText(t.reloaded)).toBeTruthy();
    expect((screen.getByLabelText('Locatie') as HTMLInputElement).value).toBe('Gemeentehuis Houten');
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    expect(controller.expectOne('UpdateCollegeMeeting').operation.variables['input']).toEqual(expect.objectContaining({ version: 5, location: 'Gemeentehuis Houten' }));
  });
});
