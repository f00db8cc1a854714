import { Controller, Get, Inject, Logger, NotFoundException, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-errors';
import { createActor } from '../request/actor';
import { Public } from '../request/current-actor.decorator';
import { RegieRequest } from '../request/graphql-context';
import { AuthService } from './auth.service';
import { OidcService } from './oidc.service';
import { clearOidcStateCookie, oidcStateOf, setOidcStateCookie, setSessionCookie } from './session-cookie';

/** Browser redirects of the OpenID Connect flow; only present when OIDC_* settings are. */
@Controller('auth/oidc')
export class OidcController {
  private readonly logger = new Logger('OpenID Connect');

  constructor(
    private readonly oidc: OidcService,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('login')
  async login(@Res() res: Response) {
    if (!this.oidc.enabled) throw new NotFoundException();
    try {
      const { url, state } = await this.oidc.authorizationUrl();
      setOidcStateCookie(res, this.config, state);
      res.redirect(url.href);
    } catch (error) {
      this.fail(res, error);
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: RegieRequest, @Res() res: Response) {
    if (!this.oidc.enabled) throw new NotFoundException();
    const browserState = oidcStateOf(req);
    clearOidcStateCookie(res, this.config);
    try {
      const user = await this.oidc.complete(new URL(req.originalUrl, this.config.PUBLIC_URL), browserState);
      const actor = req.actor ?? createActor(null, { requestId: req.requestId });
      const signedIn = await this.auth.startSession(actor, user, 'session.login.oidc');
      setSessionCookie(res, this.config, signedIn.token, signedIn.expiresAt);
      res.redirect('/');
    } catch (error) {
      this.fail(res, error);
    }
  }

  /** Back to the sign-in page with a translatable reason; what went wrong with the provider goes to the log. */
  private fail(res: Response, error: unknown): void {
    if (!(error instanceof DomainError)) this.logger.warn(`OpenID Connect sign-in failed: ${error instanceof Error ? error.message : String(error)}`);
    const key = error instanceof DomainError ? error.messageKey : 'errors.oidcFailed';
    res.redirect(`/login?error=${encodeURIComponent(key)}`);
  }
}
