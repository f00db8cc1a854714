import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SYSTEM_ACTOR } from '../request/actor';
import { JobHandlers } from './job-handlers';

const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;
/** Often enough that nothing lingers long past its time, rarely enough to cost nothing. */
const PASS_EVERY_MILLISECONDS = 6 * 60 * 60 * 1000;

interface PurgedJob {
  id: string;
  kind: string;
  region_id: string | null;
  input: Record<string, unknown>;
  status: string;
  created_at: Date;
}

/**
 * Retention of background jobs and their files (a board pack is a few hundred kB in the database).
 * Finished jobs older than JOB_RETENTION_DAYS are deleted, except the newest finished file of each
 * kind and input, i.e. the latest pack of each meeting in each format, which stays downloadable however
 * old. Queued and running jobs are never touched. Runs on the job scheduler (one instance per tick with
 * BullMQ); every deletion is audited as a system action in the pass's transaction.
 */
@Injectable()
export class JobRetentionService implements OnModuleInit {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: JobHandlers,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.JOB_RETENTION_DAYS <= 0) return;
    this.handlers.schedule({ name: 'job-retention', everyMilliseconds: PASS_EVERY_MILLISECONDS, run: async () => void (await this.purge(new Date())) });
  }

  /** Deletes what is past retention as of `now`; returns the ids deleted. */
  async purge(now: Date, retentionDays = this.config.JOB_RETENTION_DAYS): Promise<string[]> {
    const cutoff = new Date(now.getTime() - retentionDays * DAY_MILLISECONDS);
    const purged = await this.dataSource.transaction(async (manager) => {
      const result: unknown[] = await manager.query(
        `DELETE FROM background_job
          WHERE status IN ('DONE', 'FAILED') AND created_at < $1
            AND id NOT IN (SELECT DISTINCT ON (kind, input) id FROM background_job WHERE status = 'DONE' ORDER BY kind, input, created_at DESC, id)
        RETURNING id, kind, region_id, input, status, created_at`,
        [cutoff],
      );
      // TypeORM's postgres driver answers a DELETE … RETURNING with [rows, affected].
      const rows = (Array.isArray(result[0]) ? result[0] : result) as PurgedJob[];
      for (const row of rows) {
        await this.audit.record(manager, SYSTEM_ACTOR, {
          action: 'backgroundJob.delete',
          entityType: 'BackgroundJob',
          entityId: row.id,
          regionId: row.region_id,
          before: { kind: row.kind, input: row.input, status: row.status, createdAt: row.created_at },
          after: { reason: `retention: older than ${retentionDays} days` },
        });
      }
      return rows;
    });
    if (purged.length) this.logger.log(`Retention: ${purged.length} background jobs older than ${retentionDays} days deleted.`);
    return purged.map((row) => row.id);
  }
}
