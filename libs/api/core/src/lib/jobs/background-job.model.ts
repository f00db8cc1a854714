import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BackgroundJobEntity, JobStatus } from './background-job.entity';

export const JOB_STATUSES: JobStatus[] = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'];
const JobStatusEnum = Object.fromEntries(JOB_STATUSES.map((status) => [status, status]));
registerEnumType(JobStatusEnum, { name: 'JobStatus', description: 'QUEUED → RUNNING (with progress) → DONE (file ready) or FAILED.' });

@ObjectType({ description: 'Work done in the background, e.g. generating a board pack. Poll until DONE, then download.' })
export class BackgroundJob {
  @Field(() => ID) id!: string;
  @Field() kind!: string;
  @Field(() => JobStatusEnum) status!: JobStatus;
  @Field(() => Int, { description: 'Percent done, 0–100.' }) progress!: number;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'Authenticated HTTP route for the file once DONE (GraphQL carries no binary).' })
  downloadUrl!: string | null;
  @Field(() => String, { nullable: true }) errorMessage!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
}

export const jobDownloadPath = (id: string) => `/api/jobs/${id}/download`;

export function toBackgroundJob(row: BackgroundJobEntity): BackgroundJob {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    progress: row.progress,
    fileName: row.resultFileName,
    downloadUrl: row.status === 'DONE' ? jobDownloadPath(row.id) : null,
    // The technical message stays in the log; clients get a fixed sentence.
    errorMessage: row.status === 'FAILED' ? 'The job failed; try again or ask the administrator to look at the log.' : null,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}
