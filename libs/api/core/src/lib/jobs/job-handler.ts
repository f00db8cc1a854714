/** What a job produces: one file, downloaded through the authenticated job route. */
export interface JobOutput {
  fileName: string;
  contentType: string;
  data: Buffer;
}

export interface JobContext {
  id: string;
  regionId: string | null;
  requestedById: string;
  input: Record<string, unknown>;
  /** Report progress as a fraction 0..1; stored (throttled) so `job(id)` shows it. */
  progress(fraction: number): void;
}

/** A kind of background job. Capabilities register theirs on module init (see JobHandlers). */
export interface JobHandler {
  kind: string;
  run(context: JobContext): Promise<JobOutput>;
}

/** A recurring task, e.g. the reminder pass. With BullMQ only one instance runs each tick. */
export interface ScheduledTask {
  name: string;
  everyMilliseconds: number;
  run(): Promise<void>;
}
