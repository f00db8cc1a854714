import type { DataSourceOptions, Logger } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseOptionsInput {
  url: string;
  embedded: boolean;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  /** Tests pass a statement counter here. */
  logger?: Logger;
}

/** One definition for the app, the seed command and the tests: same migrations, same driver. */
export function databaseOptions({ url, embedded, entities, migrations, logger }: DatabaseOptionsInput): DataSourceOptions {
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
    extra: { max: embedded ? 4 : 10 },
  };
}
