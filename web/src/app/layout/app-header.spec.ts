import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppHeader } from './app-header';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../public/i18n/nl.json'), 'utf8'));

const userWithRole = (role: string) => ({
  __typename: 'User',
  id: `user-${role}`,
  name: `Gebruiker ${role}`,
  email: `${role.toLowerCase()}@regie.example`,
  roles: [
    {
      __typename: 'RoleAssignment',
      id: `role-${role}`,
      role,
      regionId: 'region-utrecht',
      themeId: null,
      municipalityId: null,
      organisationId: null,
      region: null,
      theme: null,
      municipality: null,
      organisation: null,
    },
  ],
});

async function renderHeader(me: ReturnType<typeof userWithRole> | null) {
  const result = await render(AppHeader, { imports: [ApolloTestingModule], providers: [provideRouter([]), provideTranslateService({ lang: 'nl' })] });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const resolving = TestBed.inject(SessionStore).resolve();
  TestBed.inject(ApolloTestingController).expectOne('Me').flushData({ me });
  await resolving;
  await result.fixture.whenStable();
  return result;
}

const menuLinks = () => within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getAllByRole('link').map((link) => link.textContent?.trim());

describe('AppHeader', () => {
  it('shows a viewer only the pages a viewer may use', async () => {
    await renderHeader(userWithRole('VIEWER'));
    expect(menuLinks()).toEqual(['Start', 'Mijn taken', 'Strategieboom', 'Regionaal College', 'Lokale aansluiting', 'Goede praktijken', 'Gemeenten']);
  });

  it('shows the programme bureau the audit log as well', async () => {
    await renderHeader(userWithRole('BUREAU'));
    expect(menuLinks()).toEqual(['Start', 'Mijn taken', 'Strategieboom', 'Regionaal College', 'Lokale aansluiting', 'Goede praktijken', 'Gemeenten', 'Auditlog']);
  });

  it('shows a municipality official the own municipality first', async () => {
    const official = userWithRole('MUNICIPALITY');
    official.roles[0] = { ...official.roles[0], municipalityId: 'municipality-utrecht' } as (typeof official.roles)[number];
    await renderHeader(official);
    expect(menuLinks()).toEqual(['Start', 'Mijn taken', 'Strategieboom', 'Regionaal College', 'Onze gemeente', 'Lokale aansluiting', 'Goede praktijken', 'Gemeenten']);
  });

  it('shows a partner its own work, and no local fit or audit log', async () => {
    const partner = userWithRole('PARTNER');
    partner.roles[0] = { ...partner.roles[0], organisationId: 'org-halt' } as (typeof partner.roles)[number];
    await renderHeader(partner);
    expect(menuLinks()).toEqual(['Start', 'Mijn taken', 'Ons werk', 'Strategieboom', 'Regionaal College', 'Gemeenten']);
  });

  it('shows who is signed in and a sign-out button', async () => {
    await renderHeader(userWithRole('VIEWER'));
    expect(screen.getByRole('link', { name: 'Mijn account, ingelogd als Gebruiker VIEWER' }).getAttribute('href')).toBe('/account');
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeTruthy();
  });

  it('shows a visitor no menu and no sign-out, but the language switch', async () => {
    await renderHeader(null);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Taal' })).getAllByRole('button').map((button) => button.textContent?.trim())).toEqual(['Nederlands', 'English']);
  });
});
