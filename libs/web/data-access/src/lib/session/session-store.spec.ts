import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import type { SessionUserFragment } from '../../generated/graphql';
import { SessionStore } from './session-store';

const REGION = 'region-utrecht';

function user(email: string, roles: Partial<SessionUserFragment['roles'][number]>[]): SessionUserFragment & { __typename: 'User' } {
  return {
    __typename: 'User',
    id: `user-${email}`,
    name: email,
    email,
    roles: roles.map((role, index) => ({
      __typename: 'RoleAssignment',
      id: `${email}-role-${index}`,
      role: 'VIEWER',
      regionId: REGION,
      themeId: null,
      municipalityId: null,
      organisationId: null,
      region: { __typename: 'Region', id: REGION, name: 'Utrecht' },
      theme: null,
      municipality: null,
      organisation: null,
      ...role,
    })),
  };
}

describe('SessionStore', () => {
  let controller: ApolloTestingController;
  let store: SessionStore;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: [provideRouter([{ path: '**', children: [] }])] });
    controller = TestBed.inject(ApolloTestingController);
    store = TestBed.inject(SessionStore);
    router = TestBed.inject(Router);
  });

  afterEach(() => controller.verify());

  async function signedInAs(me: SessionUserFragment | null) {
    const resolved = store.resolve();
    controller.expectOne('Me').flushData({ me });
    return resolved;
  }

  it('resolves the signed-in user once, however many guards ask', async () => {
    const first = store.resolve();
    const second = store.resolve();
    controller.expectOne('Me').flushData({ me: user('bureau@regie.example', [{ role: 'BUREAU' }]) });
    const [a, b] = await Promise.all([first, second]);
    expect(a?.email).toBe('bureau@regie.example');
    expect(b).toBe(a);
    expect(store.status()).toBe('signedIn');
    await expect(store.resolve()).resolves.toBe(a);
  });

  it('is signed out when the server knows no session', async () => {
    await expect(signedInAs(null)).resolves.toBeNull();
    expect(store.status()).toBe('signedOut');
    expect(store.signedIn()).toBe(false);
    expect(store.can('read', 'Strategy')).toBe(false);
  });

  it('lets the programme bureau read the audit trail of its own region only', async () => {
    await signedInAs(user('bureau@regie.example', [{ role: 'BUREAU' }]));
    expect(store.can('read', 'AuditEvent')).toBe(true);
    expect(store.can('read', 'AuditEvent', { regionId: REGION })).toBe(true);
    expect(store.can('read', 'AuditEvent', { regionId: 'region-elsewhere' })).toBe(false);
  });

  it('does not let a viewer read the audit trail or edit a municipality', async () => {
    await signedInAs(user('viewer@regie.example', [{ role: 'VIEWER' }]));
    expect(store.can('read', 'Municipality')).toBe(true);
    expect(store.can('read', 'AuditEvent')).toBe(false);
    expect(store.can('update', 'Municipality')).toBe(false);
  });

  it('lets a municipality official edit their own municipality and no other', async () => {
    await signedInAs(user('gemeente.zeist@regie.example', [{ role: 'MUNICIPALITY', municipalityId: 'zeist' }]));
    expect(store.can('update', 'Municipality', { id: 'zeist', regionId: REGION })).toBe(true);
    expect(store.can('update', 'Municipality', { id: 'de-bilt', regionId: REGION })).toBe(false);
  });

  it('signs in with the user the server returns', async () => {
    await signedInAs(null);
    const signingIn = store.signIn('driver.overlast@regie.example', 'demo');
    const login = controller.expectOne('Login');
    expect(login.operation.variables).toEqual({ email: 'driver.overlast@regie.example', password: 'demo' });
    login.flushData({ login: user('driver.overlast@regie.example', [{ role: 'DRIVER', themeId: 'overlast' }]) });
    await expect(signingIn).resolves.toMatchObject({ email: 'driver.overlast@regie.example' });
    expect(store.user()?.roles.map((assignment) => assignment.role)).toEqual(['DRIVER']);
    expect(store.can('update', 'Goal', { regionId: REGION, themeId: 'overlast' })).toBe(true);
    expect(store.can('update', 'Goal', { regionId: REGION, themeId: 'ondermijning' })).toBe(false);
  });

  it('rejects a wrong password with the server error and stays signed out', async () => {
    await signedInAs(null);
    const signingIn = store.signIn('driver.overlast@regie.example', 'wrong');
    controller.expectOne('Login').graphqlErrors([{ message: 'E-mail address or password is not correct.', extensions: { code: 'UNAUTHENTICATED', messageKey: 'errors.invalidCredentials' } }]);
    await expect(signingIn).rejects.toMatchObject({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ messageKey: 'errors.invalidCredentials' }) })] });
    expect(store.status()).toBe('signedOut');
  });

  it('on expiry forgets the user and asks to sign in again, back to where the user was', async () => {
    await signedInAs(user('bureau@regie.example', [{ role: 'BUREAU' }]));
    await router.navigateByUrl('/gemeenten?x=1');
    await store.expire();
    expect(store.user()).toBeNull();
    expect(store.status()).toBe('signedOut');
    expect(router.url).toBe('/login?returnUrl=%2Fgemeenten%3Fx%3D1&reason=expired');
  });

  it('signs out on the server and goes to the sign-in page', async () => {
    await signedInAs(user('bureau@regie.example', [{ role: 'BUREAU' }]));
    await router.navigateByUrl('/account');
    const signingOut = store.signOut();
    controller.expectOne('Logout').flushData({ logout: true });
    await signingOut;
    expect(store.signedIn()).toBe(false);
    expect(router.url).toBe('/login');
  });
});
