import { codes } from '@regie/api/testing';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const LOGIN = 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id email name } }';
const ME = '{ me { email roles { role theme { slug } municipality { slug } } } }';

describe('sign-in, sessions and sign-out', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('answers `me` with null and refuses everything else without a session', async () => {
    const client = app.client();
    expect((await client.request(ME)).data).toEqual({ me: null });
    expect(codes(await client.request('{ regions { name } }'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await client.request('{ strategies { title } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('gives the same answer for an unknown e-mail and a wrong password, and sets no cookie', async () => {
    const client = app.client();
    const wrong = await client.request(LOGIN, { email: 'driver.overlast@regie.example', password: 'not-demo' });
    const unknown = await client.request(LOGIN, { email: 'nobody@regie.example', password: 'demo' });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions?.messageKey).toBe('errors.invalidCredentials');
    expect(client.sessionCookie).toBeNull();
  });

  it('signs in with an httpOnly SameSite cookie and knows the roles', async () => {
    const client = app.client();
    const result = await client.request(LOGIN, { email: 'Driver.Overlast@regie.example ', password: 'demo' });
    expect(result.errors).toBeUndefined();
    const cookie = String(result.headers.get('set-cookie'));
    expect(cookie).toMatch(/^regie_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.request(ME)).data).toEqual({
      me: { email: 'driver.overlast@regie.example', roles: [{ role: 'DRIVER', theme: { slug: 'overlast' }, municipality: null }] },
    });
  });

  it('ends the session on the server at logout, so the old cookie no longer works', async () => {
    const client = await app.as('gemeente.zeist@regie.example');
    const stolen = client.sessionCookie;
    expect((await client.request('mutation { logout }')).data).toEqual({ logout: true });
    expect(client.sessionCookie).toBeNull();
    const replay = app.client();
    replay.useCookie(stolen);
    expect((await replay.request(ME)).data).toEqual({ me: null });
    expect(codes(await replay.request('{ regions { name } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('audits sign-in and sign-out', async () => {
    const logins = await auditCount(app.dataSource, 'session.login');
    const logouts = await auditCount(app.dataSource, 'session.logout');
    const client = await app.as('viewer@regie.example');
    await client.request('mutation { logout }');
    expect(await auditCount(app.dataSource, 'session.login')).toBe(logins + 1);
    expect(await auditCount(app.dataSource, 'session.logout')).toBe(logouts + 1);
  });

  it('refuses logout without a session', async () => {
    expect(codes(await app.client().request('mutation { logout }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('validates login input per field', async () => {
    const result = await app.client().request(LOGIN, { email: 'not-an-email', password: '' });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields?.map((f) => [f.field, f.messageKey])).toEqual([
      ['email', 'validation.isEmail'],
      ['password', 'validation.isNotEmpty'],
    ]);
  });

  it('rate-limits failed sign-ins per account, even with the right password afterwards', async () => {
    const client = app.client();
    const email = 'college@regie.example';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(codes(await client.request(LOGIN, { email, password: 'guess' }))).toEqual(['UNAUTHENTICATED']);
    }
    expect(codes(await client.request(LOGIN, { email, password: 'demo' }))).toEqual(['TOO_MANY_REQUESTS']);
    expect(codes(await client.request(LOGIN, { email: 'bureau@regie.example', password: 'demo' }))).toEqual([]);
  });
});

describe('outside demo mode', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_MODE: 'false', BOOTSTRAP_ADMIN_EMAIL: 'beheer@regie.example', BOOTSTRAP_ADMIN_PASSWORD: 'een lang wachtwoord' });
  });
  afterAll(() => app.close());

  it('has no demo accounts, but the bootstrapped administrator', async () => {
    expect(codes(await app.client().request(LOGIN, { email: 'admin@regie.example', password: 'demo' }))).toEqual(['UNAUTHENTICATED']);
    const admin = await app.as('beheer@regie.example', 'een lang wachtwoord');
    expect((await admin.request('{ me { roles { role } } }')).data).toEqual({ me: { roles: [{ role: 'ADMIN' }] } });
  });
});
