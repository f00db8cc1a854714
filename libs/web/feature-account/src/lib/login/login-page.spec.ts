import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { filter, firstValueFrom } from 'rxjs';
import { join } from 'node:path';
import { LoginPage } from './login-page';

// The real Dutch texts, so the test reads what a user reads.
const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

@Component({ selector: 'regie-test-target', template: '' })
class TargetPage {}

const driver = {
  __typename: 'User',
  id: 'user-driver',
  name: 'Burgemeester van Zeist',
  email: 'driver.overlast@regie.example',
  roles: [],
};

async function renderLoginPage(url = '/login', authOptions = { demoMode: true, oidcEnabled: false }) {
  const result = await render('<router-outlet />', {
    imports: [ApolloTestingModule],
    providers: [
      provideRouter(
        [
          { path: 'login', component: LoginPage },
          { path: '**', component: TargetPage },
        ],
        withComponentInputBinding(),
      ),
      provideTranslateService({ lang: 'nl' }),
    ],
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await TestBed.inject(Router).navigateByUrl(url);
  const controller = TestBed.inject(ApolloTestingController);
  controller.expectOne('AuthOptions').flushData({ authOptions: { __typename: 'AuthOptions', ...authOptions } });
  await result.fixture.whenStable();
  return { ...result, controller, router: TestBed.inject(Router) };
}

async function signIn(email: string, password: string) {
  fireEvent.input(screen.getByLabelText('E-mailadres'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('LoginPage', () => {
  it('shows the translated error and keeps the user here when the password is wrong', async () => {
    const { controller, router } = await renderLoginPage();
    await signIn('driver.overlast@regie.example', 'wrong');
    controller
      .expectOne('Login')
      .graphqlErrors([{ message: 'E-mail address or password is not correct.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'errors.invalidCredentials' } }]);

    expect((await screen.findByRole('alert')).textContent?.trim()).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(router.url).toBe('/login');
    expect((screen.getByLabelText('Wachtwoord') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('E-mailadres') as HTMLInputElement).value).toBe('driver.overlast@regie.example');
    controller.verify();
  });

  it('says so when there were too many attempts', async () => {
    const { controller } = await renderLoginPage();
    await signIn('driver.overlast@regie.example', 'wrong');
    controller.expectOne('Login').graphqlErrors([{ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS', messageKey: 'errors.tooManyAttempts' } }]);
    expect((await screen.findByRole('alert')).textContent).toContain('Te veel mislukte inlogpogingen');
  });

  it('goes to the page the user wanted after signing in', async () => {
    const { controller, router } = await renderLoginPage('/login?returnUrl=%2Fgemeenten');
    await signIn('driver.overlast@regie.example', 'demo');
    const navigated = firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
    controller.expectOne('Login').flushData({ login: driver });
    await navigated;
    expect(router.url).toBe('/gemeenten');
  });

  it('does not follow a return address to another site', async () => {
    const { controller, router } = await renderLoginPage('/login?returnUrl=%2F%2Fevil.example');
    await signIn('driver.overlast@regie.example', 'demo');
    const navigated = firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
    controller.expectOne('Login').flushData({ login: driver });
    await navigated;
    expect(router.url).toBe('/');
  });

  it('checks the fields before asking the server and links each error to its field', async () => {
    const { controller, fixture } = await renderLoginPage();
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await fixture.whenStable();
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('login-email-errors');
    expect(document.getElementById('login-email-errors')?.textContent?.trim()).toBe('Vul dit veld in.');
    controller.verify();
  });

  it('shows the error the organisation sign-in reported', async () => {
    await renderLoginPage('/login?error=errors.oidcUnknownUser');
    expect(screen.getByRole('alert').textContent).toContain('Uw organisatie-account is (nog) niet bekend in Regie');
  });

  it('shows the demo hint in demo mode and no organisation sign-in when it is off', async () => {
    await renderLoginPage();
    expect(screen.getByRole('status').textContent).toContain('demonstratieomgeving');
    expect(screen.queryByRole('link', { name: 'Inloggen met uw organisatie-account' })).toBeNull();
  });

  it('offers the organisation sign-in when OIDC is enabled, and no demo hint outside demo mode', async () => {
    await renderLoginPage('/login', { demoMode: false, oidcEnabled: true });
    expect(screen.getByRole('link', { name: 'Inloggen met uw organisatie-account' }).getAttribute('href')).toBe('/auth/oidc/login');
    expect(screen.queryByText(/demonstratieomgeving/)).toBeNull();
  });
});
