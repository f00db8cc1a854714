import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContributionForm } from './contribution-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const LABEL = 'Bijdrage namens Politie Utrecht';

async function renderForm() {
  const result = await render(ContributionForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { reportId: 'report-1', organisationId: 'org-politie', organisationName: 'Politie Utrecht', existing: { text: 'Eerste bijdrage', version: 1 } },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

describe('ContributionForm', () => {
  it('keeps the typed text after a conflict, offers a reload and saves again on the newest version', async () => {
    const { controller, fixture } = await renderForm();
    expect((screen.getByRole('textbox', { name: LABEL }) as HTMLTextAreaElement).value).toBe('Eerste bijdrage');
    fireEvent.input(screen.getByRole('textbox', { name: LABEL }), { target: { value: 'Mijn aangepaste bijdrage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bijdrage opslaan' }));
    const first = controller.expectOne('ContributeToReport');
    expect(first.operation.variables['input']).toEqual({ reportId: 'report-1', organisationId: 'org-politie', text: 'Mijn aangepaste bijdrage', version: 1 });
    first.graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);

    // The page refetches the report after the reload; the form then gets the newest contribution.
    fixture.componentRef.setInput('existing', { text: 'Tekst van een collega', version: 2 });
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    expect(await screen.findByText(nl.reporting.contributions.reloaded)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: LABEL }) as HTMLTextAreaElement).value).toBe('Mijn aangepaste bijdrage');

    fireEvent.click(screen.getByRole('button', { name: 'Bijdrage opslaan' }));
    const retry = controller.expectOne('ContributeToReport');
    expect(retry.operation.variables['input']).toEqual(expect.objectContaining({ text: 'Mijn aangepaste bijdrage', version: 2 }));
    retry.flushData({ contributeToReport: { __typename: 'ReportContribution', id: 'c-1', version: 3, text: 'Mijn aangepaste bijdrage' } });
    expect(await screen.findByText('Uw bijdrage is opgeslagen.')).toBeTruthy();
  });

  it('refuses an empty contribution without sending it', async () => {
    const { controller } = await renderForm();
    fireEvent.input(screen.getByRole('textbox', { name: LABEL }), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bijdrage opslaan' }));
    expect(await screen.findByText(nl.validation.isNotEmpty)).toBeTruthy();
    controller.expectNone('ContributeToReport');
  });
});
