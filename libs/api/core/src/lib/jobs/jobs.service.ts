import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError, UnauthenticatedError } from '../errors/domain-errors';
import { authorize } from '../policy/authorize';
import { Actor } from '../request/actor';
import { BackgroundJobEntity } from './background-job.entity';
import { JobQueue } from './job-queue';

export interface JobRequest {
  kind: string;
  regionId: string | null;
  input: Record<string, unknown>;
}

/**
 * Submitting, reading and downloading jobs. The capability that submits a job checks first whether the
 * actor may have its result; afterwards a job is readable by the one who asked for it (and ADMIN).
 */
@Injectable()
export class JobsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Stores the job with its audit event in one transaction, then hands it to the queue. */
  async submit(actor: Actor, request: JobRequest): Promise<BackgroundJobEntity> {
    const userId = actor.principal?.userId;
    if (!userId) throw new UnauthenticatedError();
    const job = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        BackgroundJobEntity,
        manager.create(BackgroundJobEntity, { kind: request.kind, regionId: request.regionId, requestedById: userId, input: request.input, status: 'QUEUED', progress: 0 }),
      );
      await this.audit.record(manager, actor, {
        action: 'backgroundJob.create',
        entityType: 'BackgroundJob',
        entityId: created.id,
        regionId: request.regionId,
        after: { kind: request.kind, input: request.input },
      });
      return created;
    });
    await this.queue.dispatch(job.id);
    return job;
  }

  async job(actor: Actor, id: string): Promise<BackgroundJobEntity> {
    const job = await this.dataSource.getRepository(BackgroundJobEntity).findOneBy({ id });
    if (!job) throw new NotFoundError('BackgroundJob', id);
    authorize(actor, 'read', 'BackgroundJob', { id: job.id, regionId: job.regionId, userId: job.requestedById });
    return job;
  }

  /** The finished file; NOT_FOUND until the job is done. */
  async download(actor: Actor, id: string): Promise<{ fileName: string; contentType: string; data: Buffer }> {
    const job = await this.job(actor, id);
    if (job.status !== 'DONE') throw new NotFoundError('BackgroundJob result', id);
    const row = await this.dataSource
      .getRepository(BackgroundJobEntity)
      .createQueryBuilder('job')
      .addSelect('job.resultData')
      .where('job.id = :id', { id })
      .getOneOrFail();
    return { fileName: row.resultFileName ?? 'download', contentType: row.resultContentType ?? 'application/octet-stream', data: row.resultData ?? Buffer.alloc(0) };
  }
}
