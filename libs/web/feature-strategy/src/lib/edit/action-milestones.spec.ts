import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '@regie/domain';
import { SessionStore } from '@regie/web/data-access';
import { ActionMilestones } from './action-milestones';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const open = { __typename: 'Milestone', id: 'm-1', actionId: 'a-1', title: 'Groepsscan klaar', dueOn: '2009-06-30', doneOn: null, version: 3, organisation: null };
const organisation = (id: string, name: string) => ({ __typename: 'Organisation', id, name });
const partnerMe = {
  __typename: 'User',
  id: 'user-halt',
  name: 'Medewerker Bureau Halt',
  email: 'partner.halt@regie.example',
  roles: [
    { __typename: 'RoleAssignment', id: 'role-halt', role: 'PARTNER', regionId: 'region-1', themeId: null, municipalityId: null, organisationId: 'org-halt', region: null, theme: null, municipality: null, organisation: null },
  ],
};

async function renderMilestones() {
  const result = await render(ActionMilestones, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { actionId: 'a-1', milestones: [open], canEdit: true, language: 'nl' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  return { ...result, controller: TestBed.inject(ApolloTestingController) };
}

describe('ActionMilestones', () => {
  it("lets a partner mark done and move its own milestone only, and never add one", async () => {
    const own = { ...open, id: 'm-halt', title: 'Halt-afdoening aangeboden', organisation: organisation('org-halt', 'Bureau Halt') };
    const police = { ...open, id: 'm-politie', title: 'Groepen geclassificeerd', organisation: organisation('org-politie', 'Politie Utrecht') };
    const result = await render(ActionMilestones, {
      imports: [ApolloTestingModule],
      providers: [provideTranslateService({ lang: 'nl' })],
      inputs: { actionId: 'a-1', milestones: [own, police], regionId: 'region-1', themeId: 'theme-1', language: 'nl' },
    });
    TestBed.inject(TranslateService).setTranslation('nl', nl);
    const controller = TestBed.inject(ApolloTestingController);
    const resolving = TestBed.inject(SessionStore).resolve();
    controller.expectOne('Me').flushData({ me: partnerMe });
    await resolving;
    await result.fixture.whenStable();
    expect(screen.queryByRole('button', { name: 'Markeer als gereed: Groepen geclassificeerd' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mijlpaal verplaatsen: Groepen geclassificeerd' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Mijlpaal toevoegen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal verplaatsen: Halt-afdoening aangeboden' }));
    fireEvent.input(await screen.findByLabelText('Nieuwe datum voor Halt-afdoening aangeboden'), { target: { value: '2009-08-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Datum opslaan' }));
    expect(controller.expectOne('UpdateMilestone').operation.variables).toEqual({ input: { id: 'm-halt', version: 3, dueOn: '2009-08-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als gereed: Halt-afdoening aangeboden' }));
    expect(controller.expectOne('UpdateMilestone').operation.variables).toEqual({ input: { id: 'm-halt', version: 3, doneOn: todayIso() } });
  });

  it('marks a milestone done today, on the version the user saw', async () => {
    const { controller } = await renderMilestones();
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als gereed: Groepsscan klaar' }));
    expect(controller.expectOne('UpdateMilestone').operation.variables).toEqual({ input: { id: 'm-1', version: 3, doneOn: todayIso() } });
  });

  it('adds a milestone with its due date', async () => {
    const { controller } = await renderMilestones();
    fireEvent.input(screen.getByLabelText('Nieuwe mijlpaal'), { target: { value: 'Evaluatie in Regionaal College' } });
    fireEvent.input(screen.getByLabelText('Gepland op'), { target: { value: '2010-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mijlpaal toevoegen' }));
    expect(controller.expectOne('AddMilestone').operation.variables).toEqual({ input: { actionId: 'a-1', title: 'Evaluatie in Regionaal College', dueOn: '2010-03-01' } });
  });

  it('says so when someone else changed the milestone first', async () => {
    const { controller } = await renderMilestones();
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als gereed: Groepsscan klaar' }));
    controller.expectOne('UpdateMilestone').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);
    expect((await screen.findByText(/Iemand anders heeft deze mijlpaal intussen gewijzigd/)).closest('regie-alert')?.getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Nieuwste gegevens laden' })).toBeTruthy();
  });
});
