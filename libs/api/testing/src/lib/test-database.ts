import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface TestDatabase {
  /** A fresh database on a PostgreSQL server, or '' for the embedded engine in memory. */
  url: string;
  drop(): Promise<void>;
}

const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverAnswers(): Promise<boolean> {
  if (process.env['TEST_DATABASE'] === 'embedded') return false;
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Integration tests run on the real PostgreSQL server when one answers (TEST_DATABASE_URL, or
 * 127.0.0.1:5432), each suite in a database of its own; otherwise on the embedded engine.
 */
export async function provisionTestDatabase(): Promise<TestDatabase> {
  if (!(await serverAnswers())) return { url: '', drop: async () => undefined };
  const name = `regie_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: SERVER_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async drop() {
      const client = new Client({ connectionString: SERVER_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
