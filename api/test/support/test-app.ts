import { AddressInfo, createServer } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { AppConfig, loadAppConfig } from '@regie/api/core';
import { GraphqlClient, provisionTestDatabase, StatementCounter } from '@regie/api/testing';
import { DataSource } from 'typeorm';
import { createRegieApp, RegieApp } from '../../src/app/regie-app';

export interface TestApp {
  url: string;
  nest: INestApplication;
  dataSource: DataSource;
  statements: StatementCounter;
  client(): GraphqlClient;
  as(email: string, password?: string): Promise<GraphqlClient>;
  close(): Promise<void>;
}

/** A port free on 127.0.0.1 right now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The whole Regie API on a fresh database with the demo data, listening on a free port, or on `port`
 * (then PUBLIC_URL is that address, as OpenID Connect redirects need).
 */
export async function startTestApp(overrides: Partial<Record<string, string>> = {}, { port = 0 } = {}): Promise<TestApp> {
  const database = await provisionTestDatabase();
  const config: AppConfig = loadAppConfig({
    NODE_ENV: 'test',
    DATA_DIR: ':memory:',
    DATABASE_URL: database.url,
    DEMO_MODE: 'true',
    // Tests run the reminder and retention passes themselves, when they mean to.
    REMINDER_INTERVAL_MINUTES: '0',
    JOB_RETENTION_DAYS: '0',
    ...(port ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
    ...overrides,
  });
  const statements = new StatementCounter();
  let regie: RegieApp;
  try {
    regie = await createRegieApp(config, { logger: false, statementLogger: statements, poolSize: 1 });
  } catch (error) {
    await database.drop();
    throw error;
  }
  await regie.app.listen(port, '127.0.0.1');
  // Longer than the client's idle keep-alive, so a test pausing to parse a file never races a closing socket (ECONNRESET).
  regie.app.getHttpServer().keepAliveTimeout = 30_000;
  const url = `http://127.0.0.1:${(regie.app.getHttpServer().address() as AddressInfo).port}`;
  return {
    url,
    nest: regie.app,
    dataSource: regie.dataSource,
    statements,
    client: () => new GraphqlClient(url),
    as: (email, password) => new GraphqlClient(url).login(email, password),
    async close() {
      await regie.close();
      await database.drop();
    },
  };
}
