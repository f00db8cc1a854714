import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IndicatorForm } from './indicator-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

describe('IndicatorForm', () => {
  it('adds a regional indicator with baseline and target, and shows server errors on the fields', async () => {
    const result = await render(IndicatorForm, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { goalId: 'goal-1' } });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    await result.fixture.whenStable();
    const controller = TestBed.inject(ApolloTestingController);
    fireEvent.input(screen.getByLabelText('Naam van de indicator'), { target: { value: 'Meldingen overlast rond scholen' } });
    fireEvent.input(screen.getByLabelText('Definitie'), { target: { value: 'Door de politie geregistreerde meldingen binnen 200 meter van een school' } });
    fireEvent.change(screen.getByLabelText('Meetfrequentie'), { target: { value: 'YEARLY' } });
    fireEvent.input(screen.getByLabelText('Nulmeting'), { target: { value: '120' } });
    fireEvent.input(screen.getByLabelText('Periode van de nulmeting'), { target: { value: '2007-Q9' } });
    fireEvent.input(screen.getByLabelText('Streefwaarde'), { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indicator opslaan' }));
    const create = controller.expectOne('CreateIndicator');
    expect(create.operation.variables).toEqual({
      input: {
        goalId: 'goal-1',
        name: 'Meldingen overlast rond scholen',
        definition: 'Door de politie geregistreerde meldingen binnen 200 meter van een school',
        unit: null,
        cadence: 'YEARLY',
        direction: 'LOWER_IS_BETTER',
        level: 'REGION',
        source: null,
        baseline: 120,
        baselinePeriod: '2007-Q9',
        target: 90,
        targetDeadline: null,
      },
    });
    create.graphqlErrors([{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'baselinePeriod', messageKey: 'validation.period', message: 'x' }] } }]);
    expect((await screen.findByText(/Vul een geldige periode in/)).closest('[id]')?.id).toBe('indicator-form-goal-1-baseline-period-errors');
  });
});

describe('IndicatorForm on an existing indicator', () => {
  const indicator = {
    id: 'indicator-1',
    goalId: 'goal-1',
    name: 'Woninginbraken',
    definition: null,
    unit: 'aangiften',
    source: 'politieregistratie',
    level: 'MUNICIPALITY',
    cadence: 'QUARTERLY',
    direction: 'LOWER_IS_BETTER',
    baseline: 5200,
    baselinePeriod: '2007',
    target: null,
    targetDeadline: null,
    version: 3,
  };

  async function renderExisting() {
    const closed = jest.fn();
    const result = await render(IndicatorForm, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { goalId: 'goal-1', indicator }, on: { closed } });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    await result.fixture.whenStable();
    return { closed, controller: TestBed.inject(ApolloTestingController) };
  }

  it('adds the missing target on the version it was loaded with', async () => {
    const { controller } = await renderExisting();
    expect((screen.getByLabelText('Gemeten voor') as HTMLSelectElement).value).toBe('MUNICIPALITY');
    fireEvent.input(screen.getByLabelText('Streefwaarde'), { target: { value: '4000' } });
    fireEvent.input(screen.getByLabelText('Streefwaarde uiterlijk op'), { target: { value: '2011-12-31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Indicator opslaan' }));
    expect(controller.expectOne('UpdateIndicator').operation.variables['input']).toMatchObject({ id: 'indicator-1', version: 3, target: 4000, targetDeadline: '2011-12-31', baseline: 5200, level: 'MUNICIPALITY' });
  });

  it('deletes only after the user confirms in the page', async () => {
    const { controller, closed } = await renderExisting();
    fireEvent.click(screen.getByRole('button', { name: 'Indicator verwijderen' }));
    controller.expectNone('DeleteIndicator');
    expect(screen.getByText('Indicator Woninginbraken met al zijn meetwaarden definitief verwijderen?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, definitief verwijderen' }));
    const remove = controller.expectOne('DeleteIndicator');
    expect(remove.operation.variables).toEqual({ id: 'indicator-1' });
    remove.flushData({ deleteIndicator: true });
    await screen.findByRole('button', { name: 'Indicator opslaan' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(closed).toHaveBeenCalledTimes(1);
  });
});
