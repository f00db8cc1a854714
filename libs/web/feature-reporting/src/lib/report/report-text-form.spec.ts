import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportTextForm } from './report-text-form';
import { ReportTextFields } from './report-types';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const text: ReportTextFields = {
  narrative: 'Eerste tekst',
  achievements: null,
  risks: null,
  request: 'INFORMATION',
  requestText: null,
  dimensions: ['RESULTS', 'ACTIONS', 'CAPACITY_AND_MONEY', 'COOPERATION'].map((dimension) => ({ dimension, status: null, explanation: null })),
};

async function renderForm() {
  const saved = jest.fn();
  const result = await render(ReportTextForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { reportId: 'report-1', version: 1, text },
    on: { saved },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, saved, controller: TestBed.inject(ApolloTestingController) };
}

function typeInto(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
}

describe('ReportTextForm', () => {
  it('puts the server\'s "explanation required" on the explanation of that dimension', async () => {
    const { controller, fixture } = await renderForm();
    fireEvent.change(screen.getByLabelText('Resultaten'), { target: { value: 'RED' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rapportage opslaan' }));
    const update = controller.expectOne('UpdateProgressReport');
    expect(update.operation.variables['input']).toEqual(expect.objectContaining({ id: 'report-1', version: 1, narrative: 'Eerste tekst' }));
    expect(update.operation.variables['input'].dimensions[0]).toEqual({ dimension: 'RESULTS', status: 'RED', explanation: null });
    update.graphqlErrors([
      { message: 'bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'dimensions.RESULTS.explanation', messageKey: 'reporting.errors.explanationRequired', message: 'x' }] } },
    ]);
    await fixture.whenStable();
    expect(await screen.findByText('Bij oranje en rood is een toelichting verplicht.')).toBeTruthy();
    expect(screen.getByLabelText('Toelichting bij Resultaten').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the writer\'s text after a conflict and saves again on the newest version', async () => {
    const { controller, fixture, saved } = await renderForm();
    expect((screen.getByLabelText('Toelichting') as HTMLTextAreaElement).value).toBe('Eerste tekst');
    typeInto('Toelichting', 'Mijn nieuwe tekst');
    fireEvent.click(screen.getByRole('button', { name: 'Rapportage opslaan' }));
    controller.expectOne('UpdateProgressReport').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);

    // The page refetches the report; the form gets the newest version from it.
    fixture.componentRef.setInput('version', 2);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    expect(await screen.findByText('De nieuwste versie is geladen; uw tekst staat nog in het formulier. Controleer en sla opnieuw op.')).toBeTruthy();
    expect((screen.getByLabelText('Toelichting') as HTMLTextAreaElement).value).toBe('Mijn nieuwe tekst');

    fireEvent.click(screen.getByRole('button', { name: 'Rapportage opslaan' }));
    const retry = controller.expectOne('UpdateProgressReport');
    expect(retry.operation.variables['input']).toEqual(expect.objectContaining({ version: 2, narrative: 'Mijn nieuwe tekst' }));
    retry.flushData({ updateProgressReport: { __typename: 'ProgressReport', id: 'report-1', version: 3, text: { __typename: 'ReportText', ...text, narrative: 'Mijn nieuwe tekst', dimensions: text.dimensions.map((d) => ({ __typename: 'DimensionAssessment', ...d })) } } });
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  });
});
