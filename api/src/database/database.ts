import { AppConfig, CORE_ENTITIES, databaseOptions, EmbeddedPostgres, startEmbeddedPostgres } from '@regie/api/core';
import { REPORTING_ENTITIES } from '@regie/api/reporting';
import { STRATEGY_ENTITIES } from '@regie/api/strategy';
import { DataSource, DataSourceOptions, Logger } from 'typeorm';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [...CORE_ENTITIES, ...STRATEGY_ENTITIES, ...REPORTING_ENTITIES];

export interface Database {
  options: DataSourceOptions;
  embedded: EmbeddedPostgres | null;
}

/** DATABASE_URL set: that server. Unset: the embedded engine under DATA_DIR (":memory:" keeps it in memory). */
export async function openDatabase(config: Pick<AppConfig, 'DATABASE_URL' | 'DATA_DIR'>, tuning: { logger?: Logger; poolSize?: number } = {}): Promise<Database> {
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.DATA_DIR === ':memory:' ? undefined : config.DATA_DIR);
  const url = embedded?.url ?? config.DATABASE_URL;
  return { options: databaseOptions({ url, embedded: Boolean(embedded), entities: ENTITIES, migrations: MIGRATIONS, ...tuning }), embedded };
}

export async function migrate(options: DataSourceOptions): Promise<void> {
  const dataSource = await new DataSource(options).initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
