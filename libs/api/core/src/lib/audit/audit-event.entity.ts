import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: the migration revokes UPDATE and DELETE through a trigger. */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id!: string;
  @CreateDateColumn({ type: 'timestamptz' }) occurredAt!: Date;
  @Column('uuid', { nullable: true }) actorUserId!: string | null;
  @Column('uuid', { nullable: true }) regionId!: string | null;
  @Column() action!: string;
  @Column() entityType!: string;
  @Column('text', { nullable: true }) entityId!: string | null;
  @Column('jsonb', { nullable: true }) before!: Record<string, unknown> | null;
  @Column('jsonb', { nullable: true }) after!: Record<string, unknown> | null;
  @Column('text', { nullable: true }) requestId!: string | null;
}
