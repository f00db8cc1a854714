import { AppConfig, AuditService, JobHandlers, JobRetentionService } from '@regie/api/core';
import { startTestApp, TestApp } from '../support/test-app';

const DAY = 24 * 60 * 60 * 1000;

describe('retention of background jobs and their files', () => {
  let app: TestApp;
  let userId: string;
  const now = new Date();

  beforeAll(async () => {
    app = await startTestApp();
    [{ id: userId }] = await app.dataSource.query(`SELECT id FROM user_account WHERE email = 'bureau@regie.example'`);
  });
  afterAll(() => app.close());

  /** A board-pack job of `meeting` and `format` created `daysAgo` before `now`, with a file when DONE. */
  async function job(meeting: string, format: string, status: string, daysAgo: number): Promise<string> {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO background_job (kind, region_id, requested_by_id, input, status, progress, result_file_name, result_content_type, result_data, created_at)
       VALUES ('board-pack', NULL, $1, $2, $3, 100, 'pack', 'application/pdf', $4, $5) RETURNING id`,
      [userId, JSON.stringify({ meetingId: meeting, format }), status, status === 'DONE' ? Buffer.from('%PDF') : null, new Date(now.getTime() - daysAgo * DAY)],
    );
    return id;
  }

  /** The pass as the scheduler runs it: a service configured with 30 days, its task taken from the registry. */
  async function scheduledPass(): Promise<void> {
    const registry = new JobHandlers();
    const config = { JOB_RETENTION_DAYS: 30 } as AppConfig;
    new JobRetentionService(app.dataSource, registry, app.nest.get(AuditService), config).onModuleInit();
    await registry.task('job-retention')?.run();
  }

  it('deletes finished jobs past retention but keeps the newest pack of each meeting and format, and running jobs', async () => {
    const meeting = '11111111-1111-4111-8111-111111111111';
    const other = '22222222-2222-4222-8222-222222222222';
    const oldest = await job(meeting, 'PDF', 'DONE', 200);
    const newestOld = await job(meeting, 'PDF', 'DONE', 100);
    const failed = await job(meeting, 'PDF', 'FAILED', 95);
    const onlyDocx = await job(meeting, 'DOCX', 'DONE', 120);
    const superseded = await job(other, 'PDF', 'DONE', 100);
    const recent = await job(other, 'PDF', 'DONE', 5);
    const running = await job(other, 'PDF', 'RUNNING', 100);

    const deleted = await app.nest.get(JobRetentionService).purge(now, 30);

    expect(deleted.sort()).toEqual([oldest, failed, superseded].sort());
    const left: { id: string }[] = await app.dataSource.query(`SELECT id FROM background_job WHERE kind = 'board-pack'`);
    expect(left.map((row) => row.id).sort()).toEqual([newestOld, onlyDocx, recent, running].sort());
    const audit: { entity_id: string; actor_user_id: string | null }[] = await app.dataSource.query(
      `SELECT entity_id, actor_user_id FROM audit_event WHERE action = 'backgroundJob.delete' ORDER BY entity_id`,
    );
    expect(audit).toEqual([oldest, failed, superseded].sort().map((id) => ({ entity_id: id, actor_user_id: null })));

    // A second pass finds nothing more to do.
    expect(await app.nest.get(JobRetentionService).purge(now, 30)).toEqual([]);
  });

  it('runs from the scheduler with the configured number of days, and not at all with 0', async () => {
    const meeting = '33333333-3333-4333-8333-333333333333';
    await job(meeting, 'XLSX', 'DONE', 40);
    await job(meeting, 'XLSX', 'DONE', 35);
    const young = await job(meeting, 'XLSX', 'DONE', 20);

    await scheduledPass();

    const left: { id: string }[] = await app.dataSource.query(`SELECT id FROM background_job WHERE input->>'meetingId' = $1`, [meeting]);
    // The 35-day-old pack is no longer the newest, so it goes too; the 20-day-old one is within retention.
    expect(left.map((row) => row.id)).toEqual([young]);
    // The test app runs with JOB_RETENTION_DAYS=0: no pass was scheduled.
    expect(app.nest.get(JobHandlers).task('job-retention')).toBeUndefined();
  });
});
