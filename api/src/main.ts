import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadAppConfig } from '@regie/api/core';
import { DataSource } from 'typeorm';
import { createRegieApp } from './app/regie-app';
import { migrate, openDatabase } from './database/database';
import { seedUtrecht2009 } from './database/seeds/utrecht-2009.seed';

/** `main.js` serves the portal; `main.js seed` loads the demo data; `main.js schema FILE` writes the GraphQL schema. */
async function main(command = 'serve', argument?: string): Promise<void> {
  const config = loadAppConfig();
  const logger = new Logger('Regie');
  if (command === 'seed') {
    const database = await openDatabase(config);
    await migrate(database.options);
    const dataSource = await new DataSource(database.options).initialize();
    const loaded = await seedUtrecht2009(dataSource, config.DEMO_MODE);
    logger.log(loaded ? 'Demo data loaded.' : 'Demo data already present; nothing to do.');
    await dataSource.destroy();
    await database.embedded?.stop();
    return;
  }
  if (command === 'schema') {
    const regie = await createRegieApp({ ...config, DATA_DIR: ':memory:', DATABASE_URL: '', DEMO_MODE: false }, { schemaFile: argument ?? 'api/schema.graphql', logger: false });
    await regie.close();
    return;
  }
  const regie = await createRegieApp(config);
  await regie.app.listen(config.PORT);
  logger.log(`Regie serves http://localhost:${config.PORT} (GraphQL at /graphql, health at /health).`);
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
