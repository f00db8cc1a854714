import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * PGlite (PostgreSQL compiled to WASM) behind a local socket, so TypeORM's ordinary `postgres`
 * driver talks to it exactly as to a server. `dataDir` undefined keeps the database in memory.
 */
export async function startEmbeddedPostgres(dataDir?: string): Promise<EmbeddedPostgres> {
  let directory: string | undefined;
  if (dataDir) {
    directory = resolve(dataDir, 'pg');
    mkdirSync(directory, { recursive: true });
  }
  const db = await PGlite.create(directory);
  // The multiplexer shares one PGlite session; a query on another connection waits until an
  // open transaction ends, which is why the pool stays small (see database-options.ts).
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections: 10 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
