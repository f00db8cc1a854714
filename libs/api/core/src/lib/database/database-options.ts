import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DatabaseOptionsInput {
  url: string;
  embedded: boolean;
  entities: NonNullable<DataSourceOptions['entities']>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
}

/** One definition for the app, the seed command and the tests: same migrations, same driver. */
export function databaseOptions({ url, embedded, entities, migrations }: DatabaseOptionsInput): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // The embedded engine serialises everything through one session; a bigger pool only queues.
    extra: { max: embedded ? 4 : 10 },
  };
}
