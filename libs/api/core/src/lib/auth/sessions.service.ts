import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@regie/domain';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { RoleAssignmentEntity } from './role-assignment.entity';
import { SessionEntity } from './session.entity';
import { UserEntity } from './user.entity';

export const SESSION_COOKIE = 'regie_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser {
  user: UserEntity;
  principal: Principal;
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a session inside the caller's transaction and returns the cookie token. */
  async create(manager: EntityManager, userId: string, userAgent: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_HOURS * 3_600_000);
    await manager.insert(SessionEntity, { tokenHash: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  async end(manager: EntityManager, token: string): Promise<void> {
    await manager.delete(SessionEntity, { tokenHash: hashToken(token) });
  }

  /** The user behind a cookie token, or null when the session is unknown, expired or the account inactive. */
  async resolve(token: string | undefined): Promise<SessionUser | null> {
    if (!token) return null;
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .innerJoin(SessionEntity, 's', 's.user_id = u.id')
      .where('s.token_hash = :hash AND s.expires_at > now() AND u.active', { hash: hashToken(token) })
      .getOne();
    if (!user || (user.demo && !this.config.DEMO_MODE)) return null;
    return { user, principal: { ...(await this.principalOf(user.id)), personId: user.personId } };
  }

  async principalOf(userId: string): Promise<Principal> {
    const grants = await this.dataSource.getRepository(RoleAssignmentEntity).findBy({ userId });
    return { userId, grants };
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ expiresAt: LessThan(new Date()) });
  }
}
