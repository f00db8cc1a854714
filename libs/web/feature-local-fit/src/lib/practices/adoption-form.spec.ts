import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdoptionForm } from './adoption-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

async function renderForm() {
  const result = await render(AdoptionForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { practiceId: 'p-1', municipalityId: 'm-1', municipalityName: 'Houten', adoption: null },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

const stateSelect = () => screen.getByLabelText('Stand in Houten');
const save = () => fireEvent.click(screen.getByRole('button', { name: nl.localFit.adoption.save }));

describe('AdoptionForm', () => {
  it('asks why a practice stopped, then saves another state without the hidden reason and says so', async () => {
    const { controller, fixture } = await renderForm();
    fireEvent.change(stateSelect(), { target: { value: 'STOPPED' } });
    await fixture.whenStable();
    save();
    await fixture.whenStable();
    controller.expectNone('SetPracticeAdoption');
    expect(screen.getByLabelText(nl.localFit.adoption.stoppedReason).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(stateSelect(), { target: { value: 'RUNNING' } });
    await fixture.whenStable();
    save();
    const request = controller.expectOne('SetPracticeAdoption');
    expect(request.operation.variables['input']).toEqual({ practiceId: 'p-1', municipalityId: 'm-1', state: 'RUNNING', stoppedReason: null, version: null });
    request.flushData({ setPracticeAdoption: { __typename: 'PracticeAdoption', id: 'a-1', version: 1, state: 'RUNNING', stoppedReason: null } });
    expect(await screen.findByText(nl.localFit.adoption.saved)).toBeTruthy();
  });
});
