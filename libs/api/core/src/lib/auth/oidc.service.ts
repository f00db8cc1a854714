import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import type * as OpenIdClient from 'openid-client' with { 'resolution-mode': 'import' };
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { UnauthenticatedError } from '../errors/domain-errors';
import { OidcLoginStateEntity } from './oidc-login-state.entity';
import { UserEntity } from './user.entity';

const STATE_TTL_MS = 10 * 60_000;

/**
 * openid-client is ESM-only and this API is CommonJS. A real import() loads it in Node and in Jest (with
 * --experimental-vm-modules), but ts-jest compiles `import()` to require(), which Jest refuses for an ES
 * module; inside a Function body the import() is left alone.
 */
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(specifier: string) => Promise<T>;

/** Where the browser goes to sign in, and the state it must bring back (kept in a cookie by the controller). */
export interface OidcAuthorization {
  url: URL;
  state: string;
}

/**
 * OpenID Connect sign-in (authorization code + PKCE) with openid-client. Tokens stay on the server;
 * the browser only ever gets Regie's own session cookie. Accounts are not created here: a user must
 * exist with the same subject, or with the same verified e-mail on first sign-in (then the subject is linked).
 */
@Injectable()
export class OidcService {
  private configuration?: Promise<OpenIdClient.Configuration>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get enabled(): boolean {
    return this.config.oidcEnabled;
  }

  get redirectUri(): string {
    return new URL('/auth/oidc/callback', this.config.PUBLIC_URL).href;
  }

  async authorizationUrl(): Promise<OidcAuthorization> {
    const client = await this.client();
    const configuration = await this.discover();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    await this.dataSource.getRepository(OidcLoginStateEntity).insert({ state, codeVerifier });
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
    });
    return { url, state };
  }

  /**
   * Exchanges the code and returns the Regie user it identifies. `browserState` is the state this browser
   * was given when it started: a callback begun in another browser (login CSRF) does not match it.
   */
  async complete(currentUrl: URL, browserState: string | undefined): Promise<UserEntity> {
    const client = await this.client();
    const state = currentUrl.searchParams.get('state') ?? '';
    const states = this.dataSource.getRepository(OidcLoginStateEntity);
    await states.delete({ createdAt: LessThan(new Date(Date.now() - STATE_TTL_MS)) });
    const pending = state && state === browserState ? await states.findOneBy({ state }) : null;
    if (!pending) throw new UnauthenticatedError('errors.oidcFailed', 'The sign-in expired or was started elsewhere; try again.');
    await states.delete({ state });
    const configuration = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new UnauthenticatedError('errors.oidcFailed', 'The identity provider sent no subject.');
    const linked = await this.dataSource.getRepository(UserEntity).findOneBy({ oidcSubject: claims.sub, active: true });
    if (linked) return linked;
    // Providers return the e-mail scope's claims from the UserInfo endpoint, not in the ID token
    // (OpenID Connect Core 5.4), so ask there when the ID token has no address.
    const identity = typeof claims['email'] === 'string' ? claims : await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    return this.link(claims.sub, identity);
  }

  /** First sign-in: the user with this e-mail, if the provider vouches for the address and no other subject is linked. */
  private async link(subject: string, identity: Record<string, unknown>): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const email = typeof identity['email'] === 'string' && identity['email_verified'] !== false ? identity['email'].trim().toLowerCase() : null;
    const byEmail = email ? await users.findOneBy({ email, active: true }) : null;
    if (!byEmail || byEmail.oidcSubject) throw new UnauthenticatedError('errors.oidcUnknownUser', 'No Regie account for this identity.');
    await users.update({ id: byEmail.id }, { oidcSubject: subject });
    return { ...byEmail, oidcSubject: subject };
  }

  private client(): Promise<typeof OpenIdClient> {
    return importEsm('openid-client');
  }

  /** The provider's metadata, discovered once; a failed discovery (provider not up yet) is tried again next time. */
  private discover(): Promise<OpenIdClient.Configuration> {
    if (!this.configuration) {
      this.configuration = this.client().then((client) => {
        const issuer = new URL(this.config.OIDC_ISSUER);
        // A provider on plain http (a local one in development and tests) is refused in production.
        const insecure = issuer.protocol === 'http:' && !this.config.production;
        return client.discovery(issuer, this.config.OIDC_CLIENT_ID, this.config.OIDC_CLIENT_SECRET || undefined, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
      });
      this.configuration.catch(() => {
        this.configuration = undefined;
      });
    }
    return this.configuration;
  }
}
