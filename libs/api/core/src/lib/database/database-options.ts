import type { DataSourceOptions, Logger } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseOptionsInput {
  url: string;
  embedded: boolean;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  /** Tests pass a statement counter here. */
  logger?: Logger;
  /** Connections in the pool; tests use 1 so that a query beside an open transaction deadlocks at once instead of in production. */
  poolSize?: number;
}

/** One definition for the app, the seed command and the tests: same migrations, same driver. */
export function databaseOptions({ url, embedded, entities, migrations, logger, poolSize }: DatabaseOptionsInput): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    ...(logger ? { logger, logging: ['query' as const] } : {}),
    // The embedded engine serialises everything through one session; a bigger pool only queues.
    extra: { max: poolSize ?? (embedded ? 4 : 10) },
  };
}
