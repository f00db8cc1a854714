import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Practice } from './good-practices-store';
import { PracticeForm } from './practice-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const labels = nl.localFit.practices;
const practice = { id: 'gp-1', title: 'Aanpak fietsendiefstal', description: 'Lokfietsen.', contact: null, version: 2, theme: null } as unknown as Practice;

async function renderForm(existing: Practice | null) {
  const closed = jest.fn();
  const result = await render(PracticeForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { regionId: 'r-1', themes: [{ id: 't-1', name: 'Veelvoorkomende criminaliteit' }], practice: existing },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, closed, controller: TestBed.inject(ApolloTestingController) };
}

describe('PracticeForm', () => {
  it('lets the bureau change description, theme and contact of a practice on the version it saw', async () => {
    const { controller, closed } = await renderForm(practice);
    await waitFor(() => expect((screen.getByLabelText(labels.description) as HTMLTextAreaElement).value).toBe('Lokfietsen.'));
    fireEvent.input(screen.getByLabelText(labels.description), { target: { value: 'Lokfietsen en gemerkte stallingen.' } });
    fireEvent.change(screen.getByLabelText(labels.theme), { target: { value: 't-1' } });
    fireEvent.input(screen.getByLabelText(labels.contact), { target: { value: 'Programmabureau' } });
    fireEvent.click(screen.getByRole('button', { name: labels.save }));
    const update = controller.expectOne('UpdateGoodPractice');
    expect(update.operation.variables['input']).toEqual({ id: 'gp-1', version: 2, title: 'Aanpak fietsendiefstal', description: 'Lokfietsen en gemerkte stallingen.', themeId: 't-1', contact: 'Programmabureau' });
    update.flushData({ updateGoodPractice: { __typename: 'GoodPractice', id: 'gp-1', title: 'Aanpak fietsendiefstal', description: 'Lokfietsen en gemerkte stallingen.', contact: 'Programmabureau', version: 3, theme: null } });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('refuses a description that is too short before sending', async () => {
    const { controller, fixture } = await renderForm(practice);
    await waitFor(() => expect((screen.getByLabelText(labels.description) as HTMLTextAreaElement).value).toBe('Lokfietsen.'));
    fireEvent.input(screen.getByLabelText(labels.description), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: labels.save }));
    await fixture.whenStable();
    controller.expectNone('UpdateGoodPractice');
    expect(screen.getByLabelText(labels.description).getAttribute('aria-invalid')).toBe('true');
  });
});
