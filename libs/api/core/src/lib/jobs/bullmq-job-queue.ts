import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';
import { JobRunner } from './job-runner';

const QUEUE = 'regie-jobs';
const RUN = 'run';
const TASK = 'task';

/**
 * With REDIS_URL (several stateless instances): BullMQ delivers each job to one worker of any instance,
 * and a recurring task's tick to exactly one instance (job schedulers). State and results stay in
 * PostgreSQL (JobRunner), so whichever instance answers `job(id)` sees them.
 */
@Injectable()
export class BullMqJobQueue extends JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly connection: IORedis;
  private readonly queue: Queue;
  private readonly prefix: string;
  private worker?: Worker;
  private workerConnection?: IORedis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly runner: JobRunner,
    private readonly handlers: JobHandlers,
  ) {
    super();
    // BullMQ's workers block on Redis; they require maxRetriesPerRequest null.
    this.connection = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: null });
    this.queue = new Queue(QUEUE, { connection: this.connection, prefix: config.REDIS_PREFIX });
    this.prefix = config.REDIS_PREFIX;
  }

  async onApplicationBootstrap(): Promise<void> {
    // A worker blocks its connection while it waits for jobs, so it gets its own.
    this.workerConnection = this.connection.duplicate();
    this.worker = new Worker(
      QUEUE,
      async (job) => {
        if (job.name === RUN) return this.runner.execute(String(job.data.jobId));
        const task = this.handlers.task(String(job.data.task));
        if (task) await task.run();
      },
      { connection: this.workerConnection, prefix: this.prefix, concurrency: 2 },
    );
    this.worker.on('failed', (job, error) => this.logger.error(`BullMQ job ${job?.id} failed: ${error.message}`));
    this.handlers.onTask((task) => {
      void this.queue
        .upsertJobScheduler(`${TASK}:${task.name}`, { every: task.everyMilliseconds }, { name: TASK, data: { task: task.name } })
        .catch((error: unknown) => this.logger.error(`Scheduling ${task.name} failed: ${String(error)}`));
    });
  }

  async dispatch(jobId: string): Promise<void> {
    await this.queue.add(RUN, { jobId }, { jobId, removeOnComplete: 1000, removeOnFail: 1000 });
  }

  async idle(): Promise<void> {
    while ((await this.queue.getActiveCount()) + (await this.queue.getWaitingCount()) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    // BullMQ leaves connections it was given open; they are ours to close.
    await this.workerConnection?.quit();
    await this.connection.quit();
  }
}
