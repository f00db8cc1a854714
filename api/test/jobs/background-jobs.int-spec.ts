import { JobsService } from '@regie/api/core';
import { renderPdf } from '@regie/api/documents';
import { codes, GraphqlClient, inspectPdf } from '@regie/api/testing';
import { actorOf, download, handlers, healthLatenciesWhileRunning, jobAs, jobsIdle, largeDocument } from '../support/jobs';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

describe('background jobs (in process)', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let gate = createGate();

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    handlers(app).register({
      kind: 'test.render',
      run: async ({ progress }) => ({ fileName: 'Proefstukken mei 2010.pdf', contentType: 'application/pdf', data: await renderPdf(largeDocument(), progress) }),
    });
    handlers(app).register({
      kind: 'test.halfway',
      run: async ({ progress }) => {
        progress(0.5);
        gate.arrive();
        await gate.released;
        return { fileName: 'x.txt', contentType: 'text/plain', data: Buffer.from('klaar') };
      },
    });
    handlers(app).register({ kind: 'test.fail', run: async () => Promise.reject(new Error('disk full')) });
  });
  afterAll(() => app.close());

  const submit = async (kind: string, email = 'bureau@regie.example') =>
    app.nest.get(JobsService).submit(await actorOf(app.dataSource, email), { kind, regionId: null, input: { note: 'test' } });

  it('shows a running job with its progress over GraphQL, then the file', async () => {
    gate = createGate();
    const job = await submit('test.halfway');
    await gate.reached;
    const running = await jobAs(bureau, job.id);
    expect(running.data?.job).toMatchObject({ status: 'RUNNING', progress: 50, downloadUrl: null });

    gate.release();
    await jobsIdle(app);
    const done = await jobAs(bureau, job.id);
    expect(done.data?.job).toMatchObject({ status: 'DONE', progress: 100, fileName: 'x.txt', downloadUrl: `/api/jobs/${job.id}/download` });
    expect(await auditCount(app.dataSource, 'backgroundJob.create')).toBeGreaterThanOrEqual(1);
  });

  it('renders a large document without holding up other requests', async () => {
    const job = await submit('test.render');
    const run = await healthLatenciesWhileRunning(app, bureau, job.id);
    expect(run.status).toBe('DONE');
    expect(run.healthStatuses).toEqual([200]);
    // A blocking render would hold /health for the whole render (a second or more here).
    expect(run.latencies.length).toBeGreaterThan(3);
    expect(Math.max(...run.latencies)).toBeLessThan(Math.max(400, run.elapsed / 2));

    const file = await download(app, `/api/jobs/${job.id}/download`, bureau);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''Proefstukken%20mei%202010.pdf");
    const pdf = inspectPdf(Buffer.from(await file.arrayBuffer()));
    expect(pdf).toMatchObject({ title: 'Proefdocument', language: 'nl-NL', marked: true });
  });

  it('lets only the one who started a job read and download it', async () => {
    const job = await submit('test.fail');
    await jobsIdle(app);
    const viewer = await app.as('viewer@regie.example');
    expect(codes(await jobAs(viewer, job.id))).toEqual(['FORBIDDEN']);
    expect((await download(app, `/api/jobs/${job.id}/download`, viewer)).status).toBe(403);
    expect((await download(app, `/api/jobs/${job.id}/download`)).status).toBe(401);
    expect(codes(await jobAs(bureau, '00000000-0000-4000-8000-000000000000'))).toEqual(['NOT_FOUND']);
  });

  it('reports a failed job without its technical message, and has no file for it', async () => {
    const job = await submit('test.fail');
    await jobsIdle(app);
    const failed = await jobAs(bureau, job.id);
    expect(failed.data?.job).toMatchObject({ status: 'FAILED', downloadUrl: null });
    expect(failed.data?.job.errorMessage).not.toContain('disk full');
    expect((await download(app, `/api/jobs/${job.id}/download`, bureau)).status).toBe(404);
  });
});

/** Holds a job halfway until the test lets it go on. */
function createGate() {
  let arrive = () => undefined as void;
  let release = () => undefined as void;
  const reached = new Promise<void>((resolve) => (arrive = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  return { reached, released, arrive: () => arrive(), release: () => release() };
}
