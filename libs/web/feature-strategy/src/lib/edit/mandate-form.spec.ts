import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditableMandate, MandateForm } from './mandate-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

async function renderForm(mandate: EditableMandate | null) {
  const result = await render(MandateForm, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { themeId: 'theme-1', regionId: 'region-1', mandate } });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  controller.expectOne('PlanOptions').flushData({
    organisations: [],
    persons: [{ __typename: 'Person', id: 'person-om', name: 'Officier van justitie Utrecht', functionTitle: null, organisation: { __typename: 'Organisation', id: 'org-om', name: 'Openbaar Ministerie' } }],
    municipalities: [],
  });
  await result.fixture.whenStable();
  return controller;
}

describe('MandateForm', () => {
  it('assigns a co-driver with written tasks, and needs a person and a start first', async () => {
    const controller = await renderForm(null);
    fireEvent.click(screen.getByRole('button', { name: 'Mandaat opslaan' }));
    expect(screen.getAllByText('Vul dit veld in.')).toHaveLength(2);
    controller.expectNone('AssignMandate');

    fireEvent.change(screen.getByLabelText('Persoon'), { target: { value: 'person-om' } });
    fireEvent.input(screen.getByLabelText('Begint op'), { target: { value: '2010-01-01' } });
    fireEvent.input(screen.getByLabelText('Taken'), { target: { value: 'Brengt de strafrechtelijke aanpak in' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mandaat opslaan' }));
    expect(controller.expectOne('AssignMandate').operation.variables['input']).toEqual({
      themeId: 'theme-1',
      personId: 'person-om',
      role: 'CO_DRIVER',
      startsOn: '2010-01-01',
      tasks: 'Brengt de strafrechtelijke aanpak in',
      responsibilities: null,
      powers: null,
    });
  });

  it('writes down the powers of a running mandate on its version', async () => {
    const controller = await renderForm({ id: 'm-1', role: 'DRIVER', tasks: 'Trekt de aanpak', responsibilities: null, powers: null, endsOn: null, version: 2, person: { name: 'Burgemeester van Zeist' } });
    expect(screen.queryByLabelText('Persoon')).toBeNull();
    fireEvent.input(screen.getByLabelText('Bevoegdheden'), { target: { value: 'Spreekt namens het Regionaal College' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mandaat opslaan' }));
    expect(controller.expectOne('UpdateMandate').operation.variables['input']).toEqual({ id: 'm-1', version: 2, tasks: 'Trekt de aanpak', responsibilities: null, powers: 'Spreekt namens het Regionaal College', endsOn: null });
  });
});
