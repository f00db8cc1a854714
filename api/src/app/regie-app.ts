import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig, createValidationPipe } from '@regie/api/core';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { DataSource, Logger as TypeormLogger } from 'typeorm';
import { migrate, openDatabase } from '../database/database';
import { bootstrapAdmin } from '../database/seeds/bootstrap-admin';
import { seedUtrecht2009 } from '../database/seeds/utrecht-2009.seed';
import { AppModule } from './app.module';

export interface RegieApp {
  app: INestApplication;
  dataSource: DataSource;
  close(): Promise<void>;
}

export interface RegieAppOptions {
  schemaFile?: string | false;
  logger?: false;
  /** Receives every SQL statement (tests pin statement counts with it). */
  statementLogger?: TypeormLogger;
  poolSize?: number;
}

/** Database (embedded or server), migrations, demo data on an empty database, then the Nest app. */
export async function createRegieApp(config: AppConfig, options: RegieAppOptions = {}): Promise<RegieApp> {
  const logger = new Logger('Regie');
  const database = await openDatabase(config, { logger: options.statementLogger, poolSize: options.poolSize });
  await migrate(database.options);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, database: database.options, schemaFile: options.schemaFile ?? false }),
    { logger: options.logger ?? ['error', 'warn', 'log'] },
  );
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // Measurement imports arrive base64-encoded in a GraphQL request (10 MB of file at most).
  app.useBodyParser('json', { limit: '15mb' });
  app.use(cookieParser());
  app.useGlobalPipes(createValidationPipe());
  serveWebApp(app, config);
  app.enableShutdownHooks();
  await app.init();

  const dataSource = app.get(DataSource);
  if (config.DEMO_MODE && (await seedUtrecht2009(dataSource, true))) logger.log('Demo data loaded: region Utrecht, 2008–2011 (password "demo").');
  await bootstrapAdmin(dataSource, config);

  return {
    app,
    dataSource,
    async close() {
      await app.close();
      await database.embedded?.stop();
    },
  };
}

/** The built Angular app at /, with index.html for every client-side route. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const root = resolve(config.WEB_DIST || join(__dirname, '..', 'web', 'browser'));
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('Regie').warn(`No web app at ${root}; serving the API only.`);
    return;
  }
  app.useStaticAssets(root, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const api = /^\/(graphql|health|auth|api)(\/|$)/.test(req.path);
    if (req.method !== 'GET' || api || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(join(root, 'index.html'));
  });
}
