import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ActionForm, EditableAction } from './action-form';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const goals = [
  { id: 'goal-1', title: 'Minder woninginbraken' },
  { id: 'goal-2', title: 'Meer opgehelderde inbraken' },
];
const options = {
  organisations: [
    { __typename: 'Organisation', id: 'org-politie', name: 'Politie Utrecht', kind: 'POLICE' },
    { __typename: 'Organisation', id: 'org-om', name: 'Openbaar Ministerie', kind: 'PUBLIC_PROSECUTION' },
  ],
  persons: [{ __typename: 'Person', id: 'person-1', name: 'Burgemeester van Zeist', functionTitle: 'burgemeester', organisation: null }],
  municipalities: [
    { __typename: 'Municipality', id: 'mun-zeist', name: 'Zeist' },
    { __typename: 'Municipality', id: 'mun-utrecht', name: 'Utrecht' },
  ],
};

const existing = (version: number, title: string): EditableAction => ({
  id: 'action-1',
  title,
  description: null,
  analysis: 'Inbraakanalyse 2008',
  phase: 'EXECUTION',
  status: 'ON_TRACK',
  startsOn: '2009-01-01',
  endsOn: null,
  version,
  ownerOrganisation: { __typename: 'Organisation', id: 'org-politie', name: 'Politie Utrecht' },
  ownerPerson: null,
  goals: [{ __typename: 'Goal', id: 'goal-2' }],
  partners: [{ __typename: 'Organisation', id: 'org-om', name: 'Openbaar Ministerie' }],
  municipalities: [],
});

async function renderForm(action: EditableAction | null) {
  const closed = jest.fn();
  const result = await render(ActionForm, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { themeId: 'theme-1', regionId: 'region-1', goals, action, goalId: action ? null : 'goal-1' },
    on: { closed },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  controller.expectOne('PlanOptions').flushData(options);
  await result.fixture.whenStable();
  return { ...result, closed, controller };
}

describe('ActionForm', () => {
  it('adds an action under the goal it was opened from, with owner, partners, municipalities and analysis', async () => {
    const { controller, closed } = await renderForm(null);
    expect((screen.getByLabelText('Minder woninginbraken') as HTMLInputElement).checked).toBe(true);
    fireEvent.input(screen.getByLabelText('Titel van de actie'), { target: { value: 'Aanpak inbrekers op heterdaad' } });
    fireEvent.change(screen.getByLabelText('Eigenaar (organisatie)'), { target: { value: 'org-politie' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Deelnemende partners' })).getByLabelText('Openbaar Ministerie'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Deelnemende gemeenten' })).getByLabelText('Zeist'));
    fireEvent.change(screen.getByLabelText('Fase'), { target: { value: 'PLAN' } });
    fireEvent.input(screen.getByLabelText('Analyse waarop de actie steunt'), { target: { value: 'Hotspotanalyse 2008' } });
    fireEvent.click(screen.getByRole('button', { name: 'Actie opslaan' }));

    const create = controller.expectOne('CreateAction');
    expect(create.operation.variables['input']).toEqual({
      themeId: 'theme-1',
      title: 'Aanpak inbrekers op heterdaad',
      description: null,
      goalIds: ['goal-1'],
      ownerOrganisationId: 'org-politie',
      ownerPersonId: null,
      partnerIds: ['org-om'],
      municipalityIds: ['mun-zeist'],
      phase: 'PLAN',
      status: 'NOT_STARTED',
      analysis: 'Hotspotanalyse 2008',
      startsOn: null,
      endsOn: null,
    });
    create.graphqlErrors([{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'endsOn', messageKey: 'validation.endBeforeStart', message: 'x' }] } }]);
    expect(await screen.findByText('De einddatum ligt voor de begindatum.')).toBeTruthy();
    expect(screen.getByLabelText('Eindigt op').getAttribute('aria-invalid')).toBe('true');
    expect(closed).not.toHaveBeenCalled();
  });

  it('refuses an action that serves no goal before asking the server', async () => {
    const { controller } = await renderForm(null);
    fireEvent.input(screen.getByLabelText('Titel van de actie'), { target: { value: 'Zonder doel' } });
    fireEvent.click(screen.getByLabelText('Minder woninginbraken'));
    fireEvent.click(screen.getByRole('button', { name: 'Actie opslaan' }));
    expect(within(screen.getByRole('group', { name: 'Doelen waaraan de actie bijdraagt' })).getByText('Vul dit veld in.')).toBeTruthy();
    controller.expectNone('CreateAction');
  });

  it('changes an action on the version it was loaded with and keeps the input after a conflict', async () => {
    const { controller, closed, fixture } = await renderForm(existing(4, 'Inbraakpreventie'));
    expect((screen.getByLabelText('Meer opgehelderde inbraken') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Eigenaar (organisatie)') as HTMLSelectElement).value).toBe('org-politie');
    fireEvent.input(screen.getByLabelText('Titel van de actie'), { target: { value: 'Inbraakpreventie in alle wijken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Actie opslaan' }));
    const update = controller.expectOne('UpdateAction');
    expect(update.operation.variables['input']).toMatchObject({ id: 'action-1', version: 4, title: 'Inbraakpreventie in alle wijken', goalIds: ['goal-2'], partnerIds: ['org-om'], analysis: 'Inbraakanalyse 2008' });
    update.graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    fixture.componentRef.setInput('action', existing(5, 'Inbraakpreventie 2.0'));
    expect(await screen.findByText(/titel nu: Inbraakpreventie 2.0/)).toBeTruthy();
    expect((screen.getByLabelText('Titel van de actie') as HTMLInputElement).value).toBe('Inbraakpreventie in alle wijken');
    fireEvent.click(screen.getByRole('button', { name: 'Actie opslaan' }));
    const retry = controller.expectOne('UpdateAction');
    expect(retry.operation.variables['input']).toMatchObject({ version: 5 });
    retry.flushData({ updateAction: null });
    await waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });
});
