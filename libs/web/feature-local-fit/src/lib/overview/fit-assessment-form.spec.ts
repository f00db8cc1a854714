import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FitAssessmentForm } from './fit-assessment-form';
import type { Assessment } from './our-municipality-store';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const assessment = { id: 'assessment-1', version: 1, verdict: 'FITS', reasonProblemSize: null, reasonIvpMatch: null, reasonCapacity: null, adaptationAsked: null } as unknown as Assessment;

async function renderForm(existing: Assessment | null, renew = false) {
  const closed = jest.fn();
  const result = await render(FitAssessmentForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { municipalityId: 'm-1', themeId: 't-1', assessment: existing, cycle: '2026', renew },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, closed, controller: TestBed.inject(ApolloTestingController) };
}

const save = () => fireEvent.click(screen.getByRole('button', { name: nl.localFit.form.save }));

describe('FitAssessmentForm', () => {
  it('explains the missing reason before sending, and no longer blocks once the verdict is "fits"', async () => {
    const { controller, fixture, closed } = await renderForm(null);
    fireEvent.click(screen.getByLabelText(nl.localFit.verdicts.DOES_NOT_FIT));
    save();
    await fixture.whenStable();
    controller.expectNone('CreateLocalFitAssessment');
    expect(screen.getByLabelText(nl.localFit.form.reasonProblemSize).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(nl.localFit.validation.reasonRequired)).toBeTruthy();

    fireEvent.click(screen.getByLabelText(nl.localFit.verdicts.FITS));
    save();
    const create = controller.expectOne('CreateLocalFitAssessment');
    expect(create.operation.variables['input']).toEqual(expect.objectContaining({ municipalityId: 'm-1', themeId: 't-1', cycle: '2026', verdict: 'FITS', reasonProblemSize: null }));
    create.flushData({ createLocalFitAssessment: { __typename: 'LocalFitAssessment', id: 'assessment-1', version: 1 } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('keeps the input after a conflict and saves again on the newest version', async () => {
    const { controller, fixture, closed } = await renderForm(assessment);
    fireEvent.input(screen.getByLabelText(nl.localFit.form.reasonCapacity), { target: { value: 'Te weinig handhavers' } });
    save();
    const first = controller.expectOne('UpdateLocalFitAssessment');
    expect(first.operation.variables['input']).toEqual(expect.objectContaining({ id: 'assessment-1', version: 1, reasonCapacity: 'Te weinig handhavers' }));
    first.graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    expect(await screen.findByText(nl.edit.conflict)).toBeTruthy();

    // The page refetches the overview; the form gets the newest assessment from it.
    fixture.componentRef.setInput('assessment', { ...assessment, version: 2 });
    fireEvent.click(screen.getByRole('button', { name: nl.edit.reload }));
    expect(await screen.findByText(nl.localFit.form.reloaded)).toBeTruthy();
    expect((screen.getByLabelText(nl.localFit.form.reasonCapacity) as HTMLTextAreaElement).value).toBe('Te weinig handhavers');

    save();
    const retry = controller.expectOne('UpdateLocalFitAssessment');
    expect(retry.operation.variables['input']).toEqual(expect.objectContaining({ version: 2, reasonCapacity: 'Te weinig handhavers' }));
    retry.flushData({ updateLocalFitAssessment: { __typename: 'LocalFitAssessment', id: 'assessment-1', version: 3 } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('renews: pre-filled from the previous cycle, saved as a new assessment for this cycle (the previous one stays)', async () => {
    const previous = { ...assessment, cycle: '2009', verdict: 'FITS_WITH_ADAPTATION', reasonCapacity: 'Twee handhavers', adaptationAsked: 'Later starten' } as unknown as Assessment;
    const { controller, closed } = await renderForm(previous, true);
    expect(screen.getByText('Nieuwe beoordeling voor cyclus 2026, vooraf ingevuld met die van 2009. De beoordeling van 2009 blijft bewaard als geschiedenis.')).toBeTruthy();
    expect((screen.getByLabelText(nl.localFit.verdicts.FITS_WITH_ADAPTATION) as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText(nl.localFit.form.reasonCapacity), { target: { value: 'Vier handhavers' } });
    save();
    controller.expectNone('UpdateLocalFitAssessment');
    const create = controller.expectOne('CreateLocalFitAssessment');
    expect(create.operation.variables['input']).toEqual({
      municipalityId: 'm-1',
      themeId: 't-1',
      cycle: '2026',
      verdict: 'FITS_WITH_ADAPTATION',
      reasonProblemSize: null,
      reasonIvpMatch: null,
      reasonCapacity: 'Vier handhavers',
      adaptationAsked: 'Later starten',
    });
    create.flushData({ createLocalFitAssessment: { __typename: 'LocalFitAssessment', id: 'assessment-2', version: 1 } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });
});
