import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MeasurementForm } from './measurement-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const REGION = 'region-utrecht';

const user = (role: string, municipalityId: string | null, themeId: string | null) => ({
  __typename: 'User',
  id: 'user-1',
  name: 'Gebruiker',
  email: 'gebruiker@regie.example',
  roles: [
    { __typename: 'RoleAssignment', id: 'r-1', role, regionId: REGION, themeId, municipalityId, organisationId: null, region: null, theme: null, municipality: null, organisation: null },
  ],
});

const municipality = (id: string, name: string) => ({ __typename: 'Municipality', id, regionId: REGION, name, slug: id, cbsCode: 'GM0000', population: null, websiteUrl: null, version: 1 });

async function renderForm(me: ReturnType<typeof user>) {
  const result = await render(MeasurementForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { indicatorId: 'ind-1', regionId: REGION, themeId: 'overlast' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  const resolving = TestBed.inject(SessionStore).resolve();
  controller.expectOne('Me').flushData({ me });
  await resolving;
  controller.expectOne('Municipalities').flushData({ municipalities: [municipality('zeist', 'Zeist'), municipality('de-bilt', 'De Bilt')] });
  await result.fixture.whenStable();
  return { ...result, controller };
}

const options = () => [...(screen.getByLabelText('Voor') as HTMLSelectElement).options].map((option) => option.textContent?.trim());

describe('MeasurementForm', () => {
  it('offers a driver of the theme the region and every municipality', async () => {
    await renderForm(user('DRIVER', null, 'overlast'));
    expect(options()).toEqual(['De regio (alle gemeenten samen)', 'De Bilt', 'Zeist']);
  });

  it('offers a municipality official only their own municipality, and shows the server error on the period', async () => {
    const { controller, fixture } = await renderForm(user('MUNICIPALITY', 'zeist', null));
    expect(options()).toEqual(['Zeist']);
    fireEvent.input(screen.getByLabelText('Periode'), { target: { value: '2011-Q4' } });
    fireEvent.input(screen.getByLabelText('Waarde'), { target: { value: '71' } });
    fireEvent.click(screen.getByRole('button', { name: 'Meetwaarde opslaan' }));
    const record = controller.expectOne('RecordMeasurement');
    expect(record.operation.variables).toEqual({ input: { indicatorId: 'ind-1', municipalityId: 'zeist', period: '2011-Q4', value: 71 } });
    record.graphqlErrors([
      { message: 'exists', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'period', messageKey: 'validation.measurementExists', message: 'x' }] } },
    ]);
    await fixture.whenStable();
    expect((await screen.findByText('Voor deze periode is al een meting vastgelegd.')).closest('[id]')?.id).toBe('measurement-ind-1-period-errors');
  });
});
