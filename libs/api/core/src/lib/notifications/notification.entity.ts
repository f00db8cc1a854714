import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'NONE' | 'PENDING' | 'SENDING' | 'SENT' | 'FAILED';

/**
 * An in-app notification and the ledger of its e-mail. The unique dedupe key (e.g.
 * `reminder:contribution:<report>:<user>:<due date>`) is inserted in the same transaction as the
 * decision to notify, so running the decision twice, on two instances or after a restart, notifies once.
 * The mail status is an outbox: PENDING rows are sent after commit; a row claimed as SENDING is never
 * sent again, even if the process died while sending (at most once, never twice).
 */
@Entity('notification')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @Column('uuid', { nullable: true }) regionId!: string | null;
  @Column('text', { unique: true }) dedupeKey!: string;
  /** Translation key of the message in the web app, e.g. `notifications.kind.contributionDue`. */
  @Column('text') messageKey!: string;
  @Column('jsonb') params!: Record<string, string>;
  /** Where in the web app the notification leads, e.g. `/rapportages/<id>`. */
  @Column('text', { nullable: true }) link!: string | null;
  @Column('text', { nullable: true }) mailSubject!: string | null;
  @Column('text', { nullable: true }) mailText!: string | null;
  @Column('text') mailStatus!: MailStatus;
  @Column('timestamptz', { nullable: true }) mailSentAt!: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) readAt!: Date | null;
  @Column('integer', { default: 1 }) version!: number;
}
