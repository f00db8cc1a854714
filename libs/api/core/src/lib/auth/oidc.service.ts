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
 * OpenID Connect sign-in (authorization code + PKCE) with openid-client. Tokens stay on the server;
 * the browser only ever gets Regie's own session cookie. Accounts are not created here: a user must
 * exist with the same subject, or with the same e-mail on first sign-in (then the subject is linked).
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

  async authorizationUrl(): Promise<URL> {
    const client = await this.client();
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    await this.dataSource.getRepository(OidcLoginStateEntity).insert({ state, codeVerifier });
    return client.buildAuthorizationUrl(await this.discover(), {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
    });
  }

  /** Exchanges the code and returns the Regie user it identifies. */
  async complete(currentUrl: URL): Promise<UserEntity> {
    const client = await this.client();
    const state = currentUrl.searchParams.get('state') ?? '';
    const states = this.dataSource.getRepository(OidcLoginStateEntity);
    await states.delete({ createdAt: LessThan(new Date(Date.now() - STATE_TTL_MS)) });
    const pending = await states.findOneBy({ state });
    if (!pending) throw new UnauthenticatedError('errors.oidcFailed', 'The sign-in expired; try again.');
    await states.delete({ state });
    const tokens = await client.authorizationCodeGrant(await this.discover(), currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: state,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new UnauthenticatedError('errors.oidcFailed', 'The identity provider sent no subject.');
    return this.userFor(claims.sub, typeof claims['email'] === 'string' ? claims['email'] : null);
  }

  private async userFor(subject: string, email: string | null): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const linked = await users.findOneBy({ oidcSubject: subject, active: true });
    if (linked) return linked;
    const byEmail = email ? await users.findOneBy({ email: email.toLowerCase(), active: true, oidcSubject: undefined }) : null;
    if (!byEmail || byEmail.oidcSubject) throw new UnauthenticatedError('errors.oidcUnknownUser', 'No Regie account for this identity.');
    await users.update({ id: byEmail.id }, { oidcSubject: subject });
    return { ...byEmail, oidcSubject: subject };
  }

  private client(): Promise<typeof OpenIdClient> {
    // openid-client is ESM-only; Node 20.19+ loads it from this CommonJS bundle.
    return import('openid-client');
  }

  private discover(): Promise<OpenIdClient.Configuration> {
    this.configuration ??= this.client().then((client) =>
      client.discovery(new URL(this.config.OIDC_ISSUER), this.config.OIDC_CLIENT_ID, this.config.OIDC_CLIENT_SECRET || undefined),
    );
    return this.configuration;
  }
}
