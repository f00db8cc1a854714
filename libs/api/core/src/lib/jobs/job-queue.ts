/** Hands a stored job to whatever runs it; the job row itself is written by JobsService first. */
export abstract class JobQueue {
  /** Called after the transaction that stored the job committed, so the runner sees the row. */
  abstract dispatch(jobId: string): Promise<void>;
  /** Resolves when nothing is running any more (tests, shutdown). */
  abstract idle(): Promise<void>;
}
