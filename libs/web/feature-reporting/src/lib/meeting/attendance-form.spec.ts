import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttendanceForm } from './attendance-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const t = nl.reporting.attendance;
const persons = [
  { id: 'p-1', name: 'A. Wolfsen' },
  { id: 'p-2', name: 'J. van Zanen' },
  { id: 'p-3', name: 'M. Hoogland' },
];

async function renderForm() {
  const result = await render(AttendanceForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { meetingId: 'meeting-1', meetingVersion: 4, persons, recorded: [{ personId: 'p-1', present: true }] },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

const group = (legend: string) => within(screen.getByRole('group', { name: legend }));

describe('AttendanceForm', () => {
  it('starts from the recorded attendance and sends who was present and who sent apologies', async () => {
    const { controller } = await renderForm();
    expect((group(t.present).getByLabelText('A. Wolfsen') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(group(t.present).getByLabelText('J. van Zanen'));
    fireEvent.click(group(t.excused).getByLabelText('M. Hoogland'));
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    const set = controller.expectOne('SetMeetingAttendance');
    expect(set.operation.variables).toEqual({
      meetingId: 'meeting-1',
      attendance: [
        { personId: 'p-1', present: true },
        { personId: 'p-2', present: true },
        { personId: 'p-3', present: false },
      ],
      version: 4,
    });
    set.flushData({ setMeetingAttendance: [] });
    expect(await screen.findByText(t.saved)).toBeTruthy();
  });

  it('after a conflict keeps the ticks and saves on the newest meeting version once reloaded', async () => {
    const { controller, fixture } = await renderForm();
    fireEvent.click(group(t.present).getByLabelText('J. van Zanen'));
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    controller.expectOne('SetMeetingAttendance').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    fixture.componentRef.setInput('meetingVersion', 5);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    expect(await screen.findByText(t.reloaded)).toBeTruthy();
    expect((group(t.present).getByLabelText('J. van Zanen') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    expect(controller.expectOne('SetMeetingAttendance').operation.variables['version']).toBe(5);
  });

  it('refuses a person who is both present and excused, without sending anything', async () => {
    const { controller } = await renderForm();
    fireEvent.click(group(t.excused).getByLabelText('A. Wolfsen'));
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    expect(await screen.findByText(t.bothChosen)).toBeTruthy();
    controller.expectNone('SetMeetingAttendance');
  });
});
