import { Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { BullMqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlers } from './job-handlers';
import { JobQueue } from './job-queue';
import { JobRunner } from './job-runner';

/** BullMQ when REDIS_URL is set (several instances), otherwise in this process. */
export const jobQueueProvider: Provider = {
  provide: JobQueue,
  inject: [APP_CONFIG, JobRunner, JobHandlers, getDataSourceToken()],
  useFactory: (config: AppConfig, runner: JobRunner, handlers: JobHandlers, dataSource: DataSource): JobQueue =>
    config.REDIS_URL ? new BullMqJobQueue(config, runner, handlers) : new InProcessJobQueue(runner, handlers, dataSource),
};
