import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@regie/domain';
import { DataSource, MoreThan } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TooManyRequestsError, UnauthenticatedError } from '../errors/domain-errors';
import { Actor, createActor } from '../request/actor';
import { LoginAttemptEntity } from './login-attempt.entity';
import { verifyPassword } from './password';
import { SessionsService } from './sessions.service';
import { UserEntity } from './user.entity';

/** The one region a user works in, so that region's bureau sees their sign-ins; null for cross-region accounts. */
function homeRegion(principal: Principal | null): string | null {
  const regions = new Set((principal?.grants ?? []).map((grant) => grant.regionId));
  return regions.size === 1 ? [...regions][0] : null;
}

export interface SignedIn {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Password sign-in. Unknown e-mail and wrong password get the same answer. */
  async login(actor: Actor, emailInput: string, password: string): Promise<SignedIn> {
    const email = emailInput.trim().toLowerCase();
    await this.refuseWhenRateLimited(email, actor.ip);
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email });
    const usable = user && user.active && (!user.demo || this.config.DEMO_MODE);
    const valid = await verifyPassword(usable ? user.passwordHash : null, password);
    if (!usable || !valid) {
      await this.dataSource.getRepository(LoginAttemptEntity).insert({ email, ip: actor.ip });
      throw new UnauthenticatedError('errors.invalidCredentials', 'E-mail address or password is not correct.');
    }
    return this.startSession(actor, user, 'session.login');
  }

  /** Opens a session for a user already identified (password or OpenID Connect), audited as that user. */
  async startSession(actor: Actor, user: UserEntity, action: string): Promise<SignedIn> {
    // Demo accounts share a public password; outside demo mode no route may open a session for one.
    if (user.demo && !this.config.DEMO_MODE) throw new UnauthenticatedError('errors.invalidCredentials', 'E-mail address or password is not correct.');
    // Read before the transaction opens: every query inside it must go through its manager.
    const principal = await this.sessions.principalOf(user.id);
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(LoginAttemptEntity, { email: user.email });
      const session = await this.sessions.create(manager, user.id, actor.userAgent);
      await this.audit.record(manager, createActor(principal, actor), { action, entityType: 'User', entityId: user.id, regionId: homeRegion(principal) });
      return { user, ...session };
    });
  }

  async logout(actor: Actor, token: string | undefined): Promise<void> {
    if (!token || !actor.principal) throw new UnauthenticatedError();
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, token);
      await this.audit.record(manager, actor, { action: 'session.logout', entityType: 'User', entityId: actor.principal?.userId ?? null, regionId: homeRegion(actor.principal) });
    });
  }

  private async refuseWhenRateLimited(email: string, ip: string | null): Promise<void> {
    const since = new Date(Date.now() - this.config.LOGIN_WINDOW_MINUTES * 60_000);
    const repository = this.dataSource.getRepository(LoginAttemptEntity);
    const perEmail = await repository.countBy({ email, attemptedAt: MoreThan(since) });
    // An address may try several accounts (a shared office), but not endlessly.
    const perIp = ip ? await repository.countBy({ ip, attemptedAt: MoreThan(since) }) : 0;
    if (perEmail >= this.config.LOGIN_MAX_FAILURES || perIp >= this.config.LOGIN_MAX_FAILURES * 4) throw new TooManyRequestsError();
  }
}
