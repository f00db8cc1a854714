import { execFileSync } from 'node:child_process';
import { Actor, createActor, JobHandlers, JobQueue } from '@regie/api/core';
import { DocumentModel } from '@regie/api/documents';
import { GraphqlClient } from '@regie/api/testing';
import { DataSource } from 'typeorm';
import { TestApp } from './test-app';

export const JOB = `query ($id: ID!) { job(id: $id) { id kind status progress fileName downloadUrl errorMessage finishedAt } }`;
export interface JobView {
  id: string;
  kind: string;
  status: string;
  progress: number;
  fileName: string | null;
  downloadUrl: string | null;
  errorMessage: string | null;
}

/** The actor of a demo account with its role grants, for calling services directly. */
export async function actorOf(dataSource: DataSource, email: string): Promise<Actor> {
  const rows: { user_id: string; role: string; region_id: string | null; theme_id: string | null; municipality_id: string | null }[] = await dataSource.query(
    `SELECT u.id AS user_id, r.role, r.region_id, r.theme_id, r.municipality_id
       FROM user_account u JOIN role_assignment r ON r.user_id = u.id WHERE u.email = $1`,
    [email],
  );
  return createActor({
    userId: rows[0].user_id,
    grants: rows.map((row) => ({ role: row.role, regionId: row.region_id, themeId: row.theme_id, municipalityId: row.municipality_id })),
  } as never);
}

export function handlers(app: TestApp): JobHandlers {
  return app.nest.get(JobHandlers);
}

/** Resolves once every submitted job has finished. */
export function jobsIdle(app: TestApp): Promise<void> {
  return app.nest.get(JobQueue).idle();
}

export async function jobAs(client: GraphqlClient, id: string) {
  return client.request<{ job: JobView }>(JOB, { id });
}

/** GET on the download route with the client's session cookie (or none). */
export function download(app: TestApp, path: string, client?: GraphqlClient): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });
}

/** A document large enough that rendering it takes about a second or more. */
export function largeDocument(sections = 60): DocumentModel {
  return {
    title: 'Proefdocument',
    language: 'nl-NL',
    sections: Array.from({ length: sections }, (_, index) => ({
      heading: `Thema ${index + 1}`,
      blocks: [
        { kind: 'paragraph' as const, text: 'De overlast daalt in de meeste gemeenten; de aanpak van jeugdgroepen loopt op schema. '.repeat(4) },
        { kind: 'chart' as const, chart: 'line' as const, title: `Meldingen thema ${index + 1}`, alt: 'Lijndiagram van de meldingen', categories: ['2008', '2009', '2010'], series: [{ name: 'Meldingen', values: [120, 110, 95] }] },
        { kind: 'table' as const, caption: `Indicatoren thema ${index + 1}`, header: ['Indicator', 'Nulmeting', 'Streefwaarde'], rows: Array.from({ length: 8 }, (_, row) => [`Indicator ${row + 1}`, 100 + row, 80]) },
      ],
    })),
  };
}

/** Whether a Redis server answers on 127.0.0.1:6379 (checked synchronously, so a suite can be skipped). */
export function redisAnswers(): boolean {
  const probe = `const s=require('net').connect(6379,'127.0.0.1');s.setTimeout(500);s.on('connect',()=>{s.write('PING\\r\\n')});s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 3000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Calls /health (and then the job) over and over until the job is done, timing each /health answer:
 * the evidence that a job does not hold up other requests.
 */
export async function healthLatenciesWhileRunning(app: TestApp, client: GraphqlClient, jobId: string, timeout = 60_000) {
  const started = Date.now();
  const latencies: number[] = [];
  const statuses: number[] = [];
  let status = 'QUEUED';
  while (status !== 'DONE' && status !== 'FAILED' && Date.now() - started < timeout) {
    const before = Date.now();
    statuses.push((await fetch(`${app.url}/health`)).status);
    latencies.push(Date.now() - before);
    status = (await jobAs(client, jobId)).data?.job.status ?? 'MISSING';
  }
  return { latencies, healthStatuses: [...new Set(statuses)], status, elapsed: Date.now() - started };
}

/** Waits until `done()` holds or the timeout passes; returns whether it held. */
export async function eventually(done: () => boolean, timeout = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return done();
}
