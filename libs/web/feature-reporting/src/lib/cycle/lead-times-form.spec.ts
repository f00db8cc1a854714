import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LeadTimesForm } from './lead-times-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const t = nl.reporting.leadTimes;

async function renderForm() {
  const result = await render(LeadTimesForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { cycle: { id: 'cycle-1', version: 4, contributionDays: 7, signOffDays: 7, bureauCheckDays: 5, papersOutDays: 7 }, meetingDate: '2030-03-15' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

const typeDays = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const previewOf = (term: string) => {
  const preview = screen.getByRole('heading', { name: t.preview }).parentElement as HTMLElement;
  return within(preview).getByText(term).nextElementSibling?.textContent?.trim();
};

describe('LeadTimesForm', () => {
  it('previews the deadlines derived backwards from the meeting while the lead times change, and saves them', async () => {
    const { controller, fixture } = await renderForm();
    typeDays(t.papersOutDays, '14');
    fixture.detectChanges();
    expect(previewOf(nl.reporting.deadlines.papersOutOn)).toBe('1 maart 2030');
    expect(previewOf(nl.reporting.deadlines.contributionsDue)).toBe('10 februari 2030');

    fireEvent.click(screen.getByRole('button', { name: t.save }));
    const update = controller.expectOne('UpdateReportCycle');
    expect(update.operation.variables['input']).toEqual({ id: 'cycle-1', version: 4, contributionDays: 7, signOffDays: 7, bureauCheckDays: 5, papersOutDays: 14 });
    update.flushData({ updateReportCycle: { __typename: 'ReportCycle', id: 'cycle-1', version: 5, contributionDays: 7, signOffDays: 7, bureauCheckDays: 5, papersOutDays: 14, deadlines: null } });
    expect(await screen.findByText(t.saved)).toBeTruthy();
  });

  it('refuses negative, too large and fractional lead times with translated messages, and sends nothing', async () => {
    const { controller, fixture } = await renderForm();
    typeDays(t.contributionDays, '-1');
    typeDays(t.signOffDays, '121');
    typeDays(t.bureauCheckDays, '2.5');
    fixture.detectChanges();
    expect(screen.queryByRole('heading', { name: t.preview })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    expect(await screen.findByText(nl.validation.min)).toBeTruthy();
    expect(screen.getByText(nl.validation.max)).toBeTruthy();
    expect(screen.getByText(nl.validation.isInt)).toBeTruthy();
    controller.expectNone('UpdateReportCycle');
  });

  it('puts the server\'s field error on its field', async () => {
    const { controller } = await renderForm();
    fireEvent.click(screen.getByRole('button', { name: t.save }));
    controller.expectOne('UpdateReportCycle').graphqlErrors([
      { message: 'bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'signOffDays', messageKey: 'validation.max', message: 'x' }] } },
    ]);
    expect(await screen.findByText(nl.validation.max)).toBeTruthy();
    expect(screen.getByLabelText(t.signOffDays).getAttribute('aria-invalid')).toBe('true');
  });
});
