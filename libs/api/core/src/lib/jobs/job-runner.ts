import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BackgroundJobEntity } from './background-job.entity';
import { JobHandlers } from './job-handlers';

interface ClaimedJob {
  kind: string;
  region_id: string | null;
  requested_by_id: string;
  input: Record<string, unknown>;
}

/** Progress is written when it moved at least this many percent, so a job costs a handful of UPDATEs. */
const PROGRESS_STEP = 5;

/**
 * Runs one job by id, whichever queue delivered it: claims it (QUEUED → RUNNING, so a redelivered job
 * does not run twice), stores throttled progress, then the file or the failure.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly handlers: JobHandlers,
  ) {}

  async execute(id: string): Promise<void> {
    const result: unknown[] = await this.dataSource.query(
      `UPDATE background_job SET status = 'RUNNING', started_at = now() WHERE id = $1 AND status = 'QUEUED' RETURNING kind, region_id, requested_by_id, input`,
      [id],
    );
    // TypeORM's postgres driver answers an UPDATE … RETURNING with [rows, affected].
    const [row] = (Array.isArray(result[0]) ? result[0] : result) as ClaimedJob[];
    if (!row) return;

    let stored = 0;
    let writes = Promise.resolve();
    const progress = (fraction: number) => {
      const percent = Math.min(99, Math.floor(fraction * 100));
      if (percent - stored < PROGRESS_STEP) return;
      stored = percent;
      writes = writes.then(async () => {
        await this.dataSource.query(`UPDATE background_job SET progress = $2 WHERE id = $1 AND status = 'RUNNING'`, [id, percent]);
      });
    };

    try {
      const output = await this.handlers.handler(row.kind).run({ id, regionId: row.region_id, requestedById: row.requested_by_id, input: row.input, progress });
      await writes;
      await this.dataSource
        .createQueryBuilder()
        .update(BackgroundJobEntity)
        .set({ status: 'DONE', progress: 100, finishedAt: new Date(), resultFileName: output.fileName, resultContentType: output.contentType, resultData: output.data })
        .where('id = :id', { id })
        .execute();
    } catch (error) {
      await writes.catch(() => undefined);
      this.logger.error(`Job ${id} (${row.kind}) failed: ${error instanceof Error ? error.stack : String(error)}`);
      await this.dataSource
        .createQueryBuilder()
        .update(BackgroundJobEntity)
        .set({ status: 'FAILED', finishedAt: new Date(), errorMessage: error instanceof Error ? error.message : String(error) })
        .where('id = :id', { id })
        .execute();
    }
  }
}
