import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';
import { JobRunner } from './job-runner';

const FIRST_RUN_DELAY_MILLISECONDS = 30_000;

/**
 * Without Redis (one instance, the default): jobs run one after another in this process. Handlers yield
 * to the event loop while they work, so other requests are served meanwhile. Recurring tasks run on a
 * timer. Jobs a previous process left unfinished are marked failed at start, so nobody waits forever.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private tail: Promise<void> = Promise.resolve();
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  constructor(
    private readonly runner: JobRunner,
    private readonly handlers: JobHandlers,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.query(
      `UPDATE background_job SET status = 'FAILED', finished_at = now(), error_message = 'Interrupted by a restart' WHERE status IN ('QUEUED', 'RUNNING')`,
    );
    this.handlers.onTask((task) => {
      const run = () => this.enqueueWork(() => task.run(), `task ${task.name}`);
      // A first run soon after start (once the demo data is in), so a fresh instance does not wait a whole interval.
      const first = setTimeout(run, Math.min(FIRST_RUN_DELAY_MILLISECONDS, task.everyMilliseconds));
      const timer = setInterval(run, task.everyMilliseconds);
      first.unref();
      timer.unref();
      this.timers.push(first, timer);
    });
  }

  async dispatch(jobId: string): Promise<void> {
    this.enqueueWork(() => this.runner.execute(jobId), `job ${jobId}`);
  }

  idle(): Promise<void> {
    return this.tail;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    await this.tail;
  }

  private enqueueWork(work: () => Promise<void>, name: string): void {
    if (this.stopped) return;
    this.tail = this.tail.then(work).catch((error: unknown) => this.logger.error(`${name} failed: ${String(error)}`));
  }
}
