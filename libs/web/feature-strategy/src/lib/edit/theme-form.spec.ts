import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditableTheme, ThemeForm } from './theme-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

async function renderForm(theme: EditableTheme | null) {
  const result = await render(ThemeForm, { imports: [ApolloTestingModule], providers: [provideTranslateService({ lang: 'nl' })], inputs: { strategyId: 'strategy-1', theme } });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return TestBed.inject(ApolloTestingController);
}

describe('ThemeForm', () => {
  it('adds a theme with one example per line and its safety fields', async () => {
    const controller = await renderForm(null);
    fireEvent.input(screen.getByLabelText('Naam van het thema'), { target: { value: 'Veilig uitgaan' } });
    fireEvent.input(screen.getByLabelText('Voorbeelden'), { target: { value: 'uitgaansgeweld\n\n  drugs in het uitgaansleven ' } });
    fireEvent.click(screen.getByLabelText('Jeugd en veiligheid'));
    fireEvent.click(screen.getByRole('button', { name: 'Thema opslaan' }));
    expect(controller.expectOne('CreateTheme').operation.variables['input']).toEqual({
      strategyId: 'strategy-1',
      name: 'Veilig uitgaan',
      description: null,
      examples: ['uitgaansgeweld', 'drugs in het uitgaansleven'],
      safetyFields: ['JEUGD_EN_VEILIGHEID'],
    });
  });

  it('changes a theme on the version it was loaded with', async () => {
    const controller = await renderForm({ id: 'theme-1', name: 'Overlast', description: null, examples: ['jeugdoverlast'], safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING'], version: 4 });
    expect((screen.getByLabelText('Veilige woon- en leefomgeving') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Omschrijving'), { target: { value: 'Overlast in wijken en centra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thema opslaan' }));
    expect(controller.expectOne('UpdateTheme').operation.variables['input']).toEqual({
      id: 'theme-1',
      version: 4,
      name: 'Overlast',
      description: 'Overlast in wijken en centra',
      examples: ['jeugdoverlast'],
      safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING'],
    });
  });
});
