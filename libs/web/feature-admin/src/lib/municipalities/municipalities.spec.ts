import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { SessionStore } from '@regie/web/data-access';
import { fireEvent, render, screen, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filter, firstValueFrom } from 'rxjs';
import { municipalityRoutes } from '../admin.routes';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));
const REGION = 'region-utrecht';

const municipality = (id: string, name: string, population: number | null, version = 1) => ({
  __typename: 'Municipality',
  id,
  regionId: REGION,
  name,
  slug: id,
  cbsCode: `GM${id.length}`,
  population,
  websiteUrl: null,
  version,
});

const zeistOfficial = {
  __typename: 'User',
  id: 'user-zeist',
  name: 'Ambtenaar Zeist',
  email: 'gemeente.zeist@regie.example',
  roles: [
    {
      __typename: 'RoleAssignment',
      id: 'role-1',
      role: 'MUNICIPALITY',
      regionId: REGION,
      themeId: null,
      municipalityId: 'zeist',
      organisationId: null,
      region: null,
      theme: null,
      municipality: null,
      organisation: null,
    },
  ],
};

async function open(url: string) {
  const result = await render('<router-outlet />', {
    imports: [ApolloTestingModule],
    providers: [provideRouter([{ path: 'gemeenten', children: municipalityRoutes }], withComponentInputBinding()), provideTranslateService({ lang: 'nl' })],
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  const controller = TestBed.inject(ApolloTestingController);
  const router = TestBed.inject(Router);
  const resolving = TestBed.inject(SessionStore).resolve();
  controller.expectOne('Me').flushData({ me: zeistOfficial });
  await resolving;
  await router.navigateByUrl(url);
  controller.expectOne('Municipalities').flushData({ municipalities: [municipality('de-bilt', 'De Bilt', 43000), municipality('zeist', 'Zeist', 60500)] });
  await result.fixture.whenStable();
  return { ...result, controller, router };
}

function typeInto(label: string, value: string) {
  const input = screen.getByLabelText(label);
  fireEvent.input(input, { target: { value } });
  fireEvent.blur(input);
}

describe('municipalities', () => {
  it('offers a municipality official to edit their own municipality only', async () => {
    await open('/gemeenten');
    expect(screen.getByRole('link', { name: 'Wijzigen Zeist' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Wijzigen De Bilt' })).toBeNull();
    const zeistRow = screen.getByRole('rowheader', { name: 'Zeist' }).closest('tr') as HTMLElement;
    expect(within(zeistRow).getByText('60.500')).toBeTruthy();
  });

  it('puts the server field errors on the fields', async () => {
    const { controller } = await open('/gemeenten/zeist/wijzigen');
    typeInto('Website', 'zeist.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const update = controller.expectOne('UpdateMunicipality');
    expect(update.operation.variables).toEqual({ input: { id: 'zeist', version: 1, population: 60500, websiteUrl: 'zeist.nl' } });
    update.graphqlErrors([
      {
        message: 'websiteUrl must be a URL address',
        extensions: { code: 'BAD_USER_INPUT', messageKey: 'errors.badUserInput', fields: [{ field: 'websiteUrl', messageKey: 'validation.isUrl', message: 'x' }] },
      },
    ]);
    expect((await screen.findByText('Vul een volledig webadres in, beginnend met https://')).closest('[id]')?.id).toBe('municipality-website-errors');
    expect(screen.getByLabelText('Website').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the input after a conflict and saves again on the reloaded version', async () => {
    const { controller, router } = await open('/gemeenten/zeist/wijzigen');
    typeInto('Aantal inwoners', '64000');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    controller.expectOne('UpdateMunicipality').graphqlErrors([{ message: 'changed', extensions: { code: 'CONFLICT', messageKey: 'errors.conflict' } }]);

    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwste gegevens laden' }));
    controller.expectOne('Municipalities').flushData({ municipalities: [municipality('de-bilt', 'De Bilt', 43000), municipality('zeist', 'Zeist', 63000, 2)] });
    expect((await screen.findByText(/De nieuwste gegevens zijn geladen/)).textContent).toContain('63.000 inwoners');
    expect((screen.getByLabelText('Aantal inwoners') as HTMLInputElement).value).toBe('64000');

    const navigated = firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const retry = controller.expectOne('UpdateMunicipality');
    expect(retry.operation.variables).toEqual({ input: { id: 'zeist', version: 2, population: 64000, websiteUrl: null } });
    retry.flushData({ updateMunicipality: municipality('zeist', 'Zeist', 64000, 3) });
    await navigated;
    expect(router.url).toBe('/gemeenten');
    const confirmation = await screen.findByText('De gegevens van Zeist zijn opgeslagen.');
    expect(confirmation.closest('[role="status"]')?.tagName).toBe('REGIE-ALERT');
  });
});
