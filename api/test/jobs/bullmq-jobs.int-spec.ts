import { randomUUID } from 'node:crypto';
import { JobsService } from '@regie/api/core';
import IORedis from 'ioredis';
import { actorOf, download, eventually, handlers, jobAs, jobsIdle, redisAnswers } from '../support/jobs';
import { startTestApp, TestApp } from '../support/test-app';

// CI has no Redis: this suite runs where one answers on 127.0.0.1:6379 and is skipped elsewhere.
const describeWithRedis = redisAnswers() ? describe : describe.skip;

describeWithRedis('background jobs through BullMQ (REDIS_URL set)', () => {
  const prefix = `regie-test-${randomUUID()}`;
  let app: TestApp;
  const ticks: number[] = [];

  beforeAll(async () => {
    app = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: prefix });
    handlers(app).register({ kind: 'test.echo', run: async ({ input, progress }) => {
      progress(0.5);
      return { fileName: 'echo.txt', contentType: 'text/plain', data: Buffer.from(String(input['text'])) };
    } });
    handlers(app).schedule({ name: 'test-tick', everyMilliseconds: 300, run: async () => void ticks.push(Date.now()) });
  });
  afterAll(async () => {
    await app.close();
    const redis = new IORedis('redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('runs a submitted job on a BullMQ worker and stores its file in the database', async () => {
    const job = await app.nest.get(JobsService).submit(await actorOf(app.dataSource, 'bureau@regie.example'), { kind: 'test.echo', regionId: null, input: { text: 'hallo' } });
    await jobsIdle(app);
    const bureau = await app.as('bureau@regie.example');
    expect((await jobAs(bureau, job.id)).data?.job).toMatchObject({ status: 'DONE', progress: 100, fileName: 'echo.txt' });
    const file = await download(app, `/api/jobs/${job.id}/download`, bureau);
    expect(await file.text()).toBe('hallo');
  });

  it('runs a scheduled task through a BullMQ job scheduler', async () => {
    expect(await eventually(() => ticks.length > 0)).toBe(true);
  });
});
