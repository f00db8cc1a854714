import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handoverRoutes } from './handover.routes';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../web/public/i18n/nl.json'), 'utf8'));
const REGION = 'region-utrecht';

const bureau = {
  __typename: 'User',
  id: 'user-bureau',
  name: 'Bureau',
  email: 'bureau@regie.example',
  roles: [{ __typename: 'RoleAssignment', id: 'r', role: 'BUREAU', regionId: REGION, themeId: null, municipalityId: null, organisationId: null, region: null, theme: null, municipality: null, organisation: null }],
};
const item = (kind: string, id: string, title: string, detail: string | null, date: string | null) => ({ __typename: 'HeldItem', kind, id, version: 3, title, themeName: 'Overlast', detail, date });
const holdings = (items: ReturnType<typeof item>[]) => ({
  personHoldings: {
    __typename: 'PersonHoldings',
    person: { __typename: 'Person', id: 'leaving', name: 'Burgemeester van Zeist', functionTitle: null },
    hasAccount: true,
    items,
  },
});
const successors = { persons: [{ __typename: 'Person', id: 'leaving', name: 'Burgemeester van Zeist', functionTitle: null }, { __typename: 'Person', id: 'next', name: 'Burgemeester van Rhenen', functionTitle: null }] };

async function open(items: ReturnType<typeof item>[]) {
  const result = await render('<router-outlet />', {
    imports: [ApolloTestingModule],
    providers: [provideRouter([{ path: 'personen/:id/overdracht', children: handoverRoutes }], withComponentInputBinding()), provideTranslateService({ lang: 'nl' })],
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  const resolving = TestBed.inject(SessionStore).resolve();
  controller.expectOne('Me').flushData({ me: bureau });
  await resolving;
  await TestBed.inject(Router).navigateByUrl('/personen/leaving/overdracht');
  controller.expectOne('HandoverSuccessors').flushData(successors);
  // The route id reaches the query once change detection has run.
  await result.fixture.whenStable();
  controller.expectOne('PersonHoldings').flushData(holdings(items));
  await result.fixture.whenStable();
  return { ...result, controller };
}

describe('handover page', () => {
  const held = [item('MANDATE', 'm1', 'Overlast', 'DRIVER', '2008-03-01'), item('FOLLOW_UP', 'f1', 'Werk de aanpak uit.', null, '2010-05-01'), item('PENDING_SIGN_OFF', 'r1', 'Overlast', 'Cyclus 2026', null)];

  it('ticks everything held, lists the pending report tasks, and offers everyone but the leaving person as successor', async () => {
    await open(held);
    expect((screen.getByRole('checkbox', { name: 'Overlast (Driver, sinds 1 maart 2008)' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Werk de aanpak uit. (Overlast, uiterlijk 1 mei 2010)' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Nog af te tekenen rapportage: Overlast/)).toBeTruthy();
    const options = Array.from((screen.getByLabelText('Opvolger') as HTMLSelectElement).options).map((option) => option.textContent?.trim());
    expect(options).toEqual(['Kies een opvolger', 'Burgemeester van Rhenen']);
  });

  it('sends only what stays ticked, with the versions seen, and reports what moved', async () => {
    const { controller } = await open(held);
    fireEvent.click(screen.getByRole('checkbox', { name: /Werk de aanpak uit/ }));
    fireEvent.change(screen.getByLabelText('Opvolger'), { target: { value: 'next' } });
    fireEvent.click(screen.getByRole('button', { name: 'Overdragen' }));
    const mutation = controller.expectOne('HandOver');
    expect(mutation.operation.variables['input']).toEqual(
      expect.objectContaining({ fromPersonId: 'leaving', toPersonId: 'next', mandates: [{ id: 'm1', version: 3 }], actions: [], followUps: [], note: null }),
    );
    mutation.flushData({ handOver: { __typename: 'HandoverResult', mandates: 1, actions: 0, followUps: 0, roleGrants: 2, notified: true } });
    controller.expectOne('PersonHoldings').flushData(holdings([item('FOLLOW_UP', 'f1', 'Werk de aanpak uit.', null, '2010-05-01')]));
    expect(await screen.findByText(/Overgedragen: 1 mandaat/)).toBeTruthy();
  });

  it('says so when the person holds nothing, only after the data has loaded', async () => {
    await open([]);
    expect(screen.getByText('Burgemeester van Zeist houdt geen mandaten, acties of openstaande afspraken meer.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Overdragen' })).toBeNull();
  });
});
