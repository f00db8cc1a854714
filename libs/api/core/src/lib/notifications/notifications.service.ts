import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError, UnauthenticatedError } from '../errors/domain-errors';
import { MailService } from '../mail/mail.service';
import { updateVersioned } from '../persistence/versioned-update';
import { authorize } from '../policy/authorize';
import { Actor } from '../request/actor';
import { NotificationEntity } from './notification.entity';

export interface NotificationRequest {
  userId: string;
  regionId: string | null;
  /** Unique per thing to tell once, e.g. `reminder:contribution:<report>:<user>:<due date>`. */
  dedupeKey: string;
  messageKey: string;
  params: Record<string, string>;
  link?: string | null;
  /** Also send this e-mail (once). */
  mail?: { subject: string; text: string } | null;
}

/** Most pending mails sent in one delivery round; the rest follow in the next. */
const DELIVERY_BATCH = 200;

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Records the notification inside the caller's transaction, unless its dedupe key is already in the
   * ledger. Returns whether this call recorded it. Mail goes out with `deliverPendingMail` after commit.
   */
  async record(manager: EntityManager, request: NotificationRequest): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEntity)
      .values({
        userId: request.userId,
        regionId: request.regionId,
        dedupeKey: request.dedupeKey,
        messageKey: request.messageKey,
        params: request.params,
        link: request.link ?? null,
        mailSubject: request.mail?.subject ?? null,
        mailText: request.mail?.text ?? null,
        mailStatus: request.mail ? 'PENDING' : 'NONE',
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  /**
   * Sends every pending mail once: each row is claimed (PENDING → SENDING) before sending, so two
   * instances never send the same mail, and a crash mid-send leaves it SENDING rather than resending.
   */
  async deliverPendingMail(): Promise<number> {
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notification WHERE mail_status = 'PENDING' ORDER BY created_at LIMIT ${DELIVERY_BATCH}`,
    );
    let sent = 0;
    for (const { id } of pending) {
      const result: unknown[] = await this.dataSource.query(
        `UPDATE notification n SET mail_status = 'SENDING'
           FROM user_account u
          WHERE n.id = $1 AND n.mail_status = 'PENDING' AND u.id = n.user_id
        RETURNING u.email, n.mail_subject, n.mail_text`,
        [id],
      );
      // TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, affected].
      const [claimed] = (Array.isArray(result[0]) ? result[0] : result) as { email: string; mail_subject: string; mail_text: string }[];
      if (!claimed) continue;
      try {
        await this.mail.send({ to: claimed.email, subject: claimed.mail_subject, text: claimed.mail_text });
        await this.dataSource.query(`UPDATE notification SET mail_status = 'SENT', mail_sent_at = now() WHERE id = $1`, [id]);
        sent++;
      } catch (error) {
        this.logger.error(`Mail for notification ${id} failed: ${String(error)}`);
        await this.dataSource.query(`UPDATE notification SET mail_status = 'FAILED' WHERE id = $1`, [id]);
      }
    }
    return sent;
  }

  /** The actor's own notifications, newest first, with the number unread. */
  async mine(actor: Actor, limit: number): Promise<{ items: NotificationEntity[]; unreadCount: number }> {
    const userId = actor.principal?.userId;
    if (!userId) throw new UnauthenticatedError();
    authorize(actor, 'read', 'Notification', { userId });
    const repository = this.dataSource.getRepository(NotificationEntity);
    const items = await repository.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]);
    return { items, unreadCount: Number(count) };
  }

  async markRead(actor: Actor, id: string, version: number): Promise<NotificationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(NotificationEntity, { id });
      if (!before) throw new NotFoundError('Notification', id);
      authorize(actor, 'update', 'Notification', { id, userId: before.userId, regionId: before.regionId });
      if (before.readAt) return before;
      const after = await updateVersioned(manager, NotificationEntity, id, version, { readAt: new Date() }, 'Notification');
      await this.audit.record(manager, actor, { action: 'notification.update', entityType: 'Notification', entityId: id, regionId: before.regionId, before: { readAt: null }, after: { readAt: after.readAt } });
      return after;
    });
  }
}
