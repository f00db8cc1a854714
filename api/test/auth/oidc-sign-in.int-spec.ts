import { createHash } from 'node:crypto';
import { Browser, setCookieOf } from '../support/browser';
import { OidcAccount, startOidcProvider, TestOidcProvider } from '../support/oidc-provider';
import { auditCount } from '../support/queries';
import { freePort, startTestApp, TestApp } from '../support/test-app';

const ME = '{ me { email } }';

/** Accounts at the provider: most have the e-mail address of a demo user; `stranger` is unknown to Regie. */
const bureau: OidcAccount = { sub: 'idp-7f3a-bureau', email: 'Bureau@Regie.example', emailVerified: true, name: 'Medewerker Bureau' };
const college: OidcAccount = { sub: 'idp-19c4-college', email: 'college@regie.example', emailVerified: true, name: 'Lid van het College' };
const zeist: OidcAccount = { sub: 'idp-2b77-zeist', email: 'gemeente.zeist@regie.example', emailVerified: true, name: 'Gemeente Zeist' };
const driver: OidcAccount = { sub: 'idp-88e0-driver', email: 'driver.overlast@regie.example', emailVerified: true, name: 'Trekker Overlast' };
const stranger: OidcAccount = { sub: 'idp-0c91-stranger', email: 'j.jansen@elders.example', emailVerified: true, name: 'J. Jansen' };
const unverified: OidcAccount = { sub: 'idp-5d20-unverified', email: 'viewer@regie.example', emailVerified: false, name: 'Niet geverifieerd' };
const impostor: OidcAccount = { sub: 'idp-e4a1-impostor', email: 'bureau@regie.example', emailVerified: true, name: 'Tweede identiteit' };

describe('OpenID Connect sign-in against a real OpenID provider', () => {
  let provider: TestOidcProvider;
  let app: TestApp;

  beforeAll(async () => {
    // The provider must know Regie's redirect URI and Regie the provider's issuer: fix Regie's port first.
    const port = await freePort();
    provider = await startOidcProvider({
      redirectUri: `http://127.0.0.1:${port}/auth/oidc/callback`,
      accounts: [bureau, college, zeist, driver, stranger, unverified, impostor],
    });
    app = await startTestApp({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret }, { port });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /**
   * Starts at Regie and follows the redirects like a browser, answering the provider's login page (if it
   * shows one) as `account`; stops where the provider sends the browser back to Regie.
   */
  async function throughProvider(browser: Browser, account: OidcAccount | 'declines'): Promise<{ callback: URL; loginPages: number }> {
    let response = await browser.get(`${app.url}/auth/oidc/login`);
    let loginPages = 0;
    for (let step = 0; step < 10; step += 1) {
      if (response.status === 200) {
        loginPages += 1;
        response = await browser.postForm(response.url, account === 'declines' ? { deny: '1' } : { account: account.sub });
        continue;
      }
      const location = response.headers.get('location');
      if (!location) throw new Error(`stuck at ${response.url}: ${response.status} ${await response.text()}`);
      const next = new URL(location, response.url);
      if (next.origin === app.url) return { callback: next, loginPages };
      response = await browser.get(next.href);
    }
    throw new Error('the provider kept redirecting');
  }

  async function signIn(browser: Browser, account: OidcAccount | 'declines'): Promise<{ callback: URL; loginPages: number; response: Response }> {
    const reached = await throughProvider(browser, account);
    return { ...reached, response: await browser.get(reached.callback.href) };
  }

  async function me(sessionCookie: string | undefined): Promise<unknown> {
    const client = app.client();
    client.useCookie(sessionCookie?.split(';')[0] ?? null);
    return (await client.request(ME)).data;
  }

  async function subjectOf(email: string): Promise<string | null> {
    const [row] = await app.dataSource.query('SELECT oidc_subject FROM user_account WHERE email = $1', [email]);
    return row.oidc_subject;
  }

  it('offers the sign-in', async () => {
    expect((await app.client().request('{ authOptions { oidcEnabled } }')).data).toEqual({ authOptions: { oidcEnabled: true } });
  });

  it('sends the browser to the provider with PKCE (S256), a state bound to this browser and its own redirect URI', async () => {
    const response = await new Browser().get(`${app.url}/auth/oidc/login`);
    expect(response.status).toBe(302);
    const location = new URL(String(response.headers.get('location')));
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(location.searchParams);
    expect(params).toMatchObject({
      client_id: 'regie',
      response_type: 'code',
      scope: 'openid email profile',
      redirect_uri: `${app.url}/auth/oidc/callback`,
      code_challenge_method: 'S256',
    });
    expect(params['state']).toMatch(/^[\w-]{43}$/);
    // The verifier stays on the server; the challenge is its SHA-256, so the provider can check it later.
    const [pending] = await app.dataSource.query('SELECT code_verifier FROM oidc_login_state WHERE state = $1', [params['state']]);
    expect(pending.code_verifier).toMatch(/^[\w-]{43,128}$/);
    expect(params['code_challenge']).toBe(createHash('sha256').update(pending.code_verifier).digest('base64url'));
    expect(location.href).not.toContain(pending.code_verifier);
    const binding = setCookieOf(response, 'regie_oidc_state');
    expect(binding).toMatch(new RegExp(`^regie_oidc_state=${params['state']};`));
    expect(binding).toMatch(/; HttpOnly/i);
    expect(binding).toMatch(/; SameSite=Lax/i);
    expect(binding).toMatch(/; Path=\/auth\/oidc(;|$)/i);
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
  });

  it('signs a known user in by e-mail the first time, links the subject, audits it, and hands the browser only a session cookie', async () => {
    const logins = await auditCount(app.dataSource, 'session.login.oidc');
    expect(await subjectOf('bureau@regie.example')).toBeNull();

    const { callback, response } = await signIn(new Browser(), bureau);

    expect(`${callback.origin}${callback.pathname}`).toBe(`${app.url}/auth/oidc/callback`);
    expect(callback.searchParams.get('iss')).toBe(provider.issuer);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    const session = setCookieOf(response, 'regie_session');
    expect(session).toMatch(/^regie_session=[\w-]{40,};/);
    expect(session).toMatch(/; HttpOnly/i);
    expect(session).toMatch(/; SameSite=Lax/i);
    // No token of the provider's reaches the browser: the session cookie, and the spent state cookie cleared.
    expect(response.headers.getSetCookie().map((header) => header.split('=')[0]).sort()).toEqual(['regie_oidc_state', 'regie_session']);
    expect(setCookieOf(response, 'regie_oidc_state')).toMatch(/^regie_oidc_state=;.*Expires=Thu, 01 Jan 1970/);
    expect(await response.text()).not.toMatch(/eyJ/);

    expect(await me(session)).toEqual({ me: { email: 'bureau@regie.example' } });
    expect(await subjectOf('bureau@regie.example')).toBe(bureau.sub);
    expect(await auditCount(app.dataSource, 'session.login.oidc')).toBe(logins + 1);
    const [event] = await app.dataSource.query(
      "SELECT e.actor_user_id = u.id AS by_user, e.entity_type, e.entity_id = u.id::text AS about_user FROM audit_event e, user_account u WHERE e.action = 'session.login.oidc' AND u.email = 'bureau@regie.example' ORDER BY e.id DESC LIMIT 1",
    );
    expect(event).toEqual({ by_user: true, entity_type: 'User', about_user: true });
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM oidc_login_state WHERE state = $1', [callback.searchParams.get('state')]);
    expect(n).toBe(0);
  });

  it('finds the user by the linked subject the next time, even after the e-mail changed at the provider', async () => {
    expect(await me(setCookieOf((await signIn(new Browser(), college)).response, 'regie_session'))).toEqual({ me: { email: 'college@regie.example' } });
    const logins = await auditCount(app.dataSource, 'session.login.oidc');

    college.email = 'c.lid@nieuwe-gemeente.example';
    const again = await signIn(new Browser(), college);

    expect(again.response.headers.get('location')).toBe('/');
    expect(await me(setCookieOf(again.response, 'regie_session'))).toEqual({ me: { email: 'college@regie.example' } });
    expect(await subjectOf('college@regie.example')).toBe(college.sub);
    expect(await auditCount(app.dataSource, 'session.login.oidc')).toBe(logins + 1);
  });

  it('signs in again through the provider session without a new login there', async () => {
    const browser = new Browser();
    expect((await signIn(browser, zeist)).loginPages).toBe(1);
    const again = await signIn(browser, zeist);
    expect(again.loginPages).toBe(0);
    expect(again.response.headers.get('location')).toBe('/');
    expect(await me(setCookieOf(again.response, 'regie_session'))).toEqual({ me: { email: 'gemeente.zeist@regie.example' } });
  });

  it('refuses an identity Regie does not know, and opens no session', async () => {
    const logins = await auditCount(app.dataSource, 'session.login.oidc');
    const { response } = await signIn(new Browser(), stranger);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcUnknownUser');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM user_account WHERE oidc_subject = $1', [stranger.sub]);
    expect(n).toBe(0);
    expect(await auditCount(app.dataSource, 'session.login.oidc')).toBe(logins);
  });

  it('does not link an account by an e-mail address the provider says is not verified', async () => {
    const { response } = await signIn(new Browser(), unverified);
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcUnknownUser');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
    expect(await subjectOf('viewer@regie.example')).toBeNull();
  });

  it('does not let a second identity with the same e-mail take over an account already linked', async () => {
    await signIn(new Browser(), bureau);
    const { response } = await signIn(new Browser(), impostor);
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcUnknownUser');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
    expect(await subjectOf('bureau@regie.example')).toBe(bureau.sub);
  });

  it('refuses a replayed callback, even with its state cookie', async () => {
    const browser = new Browser();
    const { callback, response } = await signIn(browser, driver);
    expect(response.headers.get('location')).toBe('/');
    browser.setCookie(app.url, 'regie_oidc_state', String(callback.searchParams.get('state')));

    const replay = await browser.get(callback.href);
    expect(replay.headers.get('location')).toBe('/login?error=errors.oidcFailed');
    expect(setCookieOf(replay, 'regie_session')).toBeUndefined();
  });

  it('refuses a forged state, even when the browser carries it as its state cookie', async () => {
    const browser = new Browser();
    const { callback } = await throughProvider(browser, driver);
    const forged = 'x'.repeat(43);
    callback.searchParams.set('state', forged);
    browser.setCookie(app.url, 'regie_oidc_state', forged);

    const response = await browser.get(callback.href);
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcFailed');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
  });

  it('refuses a callback begun in another browser, so nobody can be signed in as someone else (login CSRF)', async () => {
    const { callback } = await throughProvider(new Browser(), driver); // the attacker's own sign-in, not finished
    const victim = new Browser();
    const response = await victim.get(callback.href);
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcFailed');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
  });

  it('goes back to the sign-in page when the user declines at the provider', async () => {
    const { callback, response } = await signIn(new Browser(), 'declines');
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(response.headers.get('location')).toBe('/login?error=errors.oidcFailed');
    expect(setCookieOf(response, 'regie_session')).toBeUndefined();
  });
});

describe('when the provider is not up yet', () => {
  let app: TestApp;
  let provider: TestOidcProvider | undefined;
  let providerPort: number;
  beforeAll(async () => {
    providerPort = await freePort();
    app = await startTestApp({ OIDC_ISSUER: `http://127.0.0.1:${providerPort}`, OIDC_CLIENT_ID: 'regie', OIDC_CLIENT_SECRET: 'geheim' });
  });
  afterAll(async () => {
    await app.close();
    await provider?.close();
  });

  it('sends the browser back to the sign-in page, and to the provider once it answers', async () => {
    const down = await new Browser().get(`${app.url}/auth/oidc/login`);
    expect(down.status).toBe(302);
    expect(down.headers.get('location')).toBe('/login?error=errors.oidcFailed');
    expect(setCookieOf(down, 'regie_oidc_state')).toBeUndefined();

    provider = await startOidcProvider({ port: providerPort, clientSecret: 'geheim', redirectUri: 'http://localhost:3000/auth/oidc/callback', accounts: [] });
    const up = await new Browser().get(`${app.url}/auth/oidc/login`);
    expect(up.headers.get('location')?.split('?')[0]).toBe(`${provider.issuer}/auth`);
  });
});

describe('without OpenID Connect settings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('has no OpenID Connect routes and does not offer the sign-in', async () => {
    expect((await fetch(`${app.url}/auth/oidc/login`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${app.url}/auth/oidc/callback?code=abc&state=def`, { redirect: 'manual' })).status).toBe(404);
    expect((await app.client().request('{ authOptions { oidcEnabled } }')).data).toEqual({ authOptions: { oidcEnabled: false } });
  });
});
