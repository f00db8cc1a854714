import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

/**
 * A background job and, once done, its file. State and result live in the database, not in a process,
 * so any API instance can answer `job(id)` and serve the download whichever instance ran it.
 */
@Entity('background_job')
export class BackgroundJobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') kind!: string;
  @Column('uuid', { nullable: true }) regionId!: string | null;
  @Column('uuid') requestedById!: string;
  @Column('jsonb') input!: Record<string, unknown>;
  @Column('text') status!: JobStatus;
  /** 0–100. */
  @Column('integer') progress!: number;
  @Column('text', { nullable: true }) resultFileName!: string | null;
  @Column('text', { nullable: true }) resultContentType!: string | null;
  /** Loaded only for the download. */
  @Column('bytea', { nullable: true, select: false }) resultData!: Buffer | null;
  @Column('text', { nullable: true }) errorMessage!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
}
