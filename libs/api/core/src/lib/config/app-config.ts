import { bool, cleanEnv, num, port, str, url } from 'envalid';

/** Every setting Regie reads from the environment, validated once at boot (README lists them). */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env) {
  const base = cleanEnv(env, {
    NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
    PORT: port({ default: 3000 }),
    DATA_DIR: str({ default: './.data' }),
    DATABASE_URL: str({ default: '' }),
    DEMO_MODE: bool({ default: env['NODE_ENV'] !== 'production' }),
    SESSION_TTL_HOURS: num({ default: 12 }),
    COOKIE_SECURE: bool({ default: env['NODE_ENV'] === 'production' }),
    LOGIN_MAX_FAILURES: num({ default: 5 }),
    LOGIN_WINDOW_MINUTES: num({ default: 15 }),
    PUBLIC_URL: url({ default: `http://localhost:${env['PORT'] ?? 3000}` }),
    WEB_DIST: str({ default: '' }),
    OIDC_ISSUER: str({ default: '' }),
    OIDC_CLIENT_ID: str({ default: '' }),
    OIDC_CLIENT_SECRET: str({ default: '' }),
    OIDC_SCOPES: str({ default: 'openid email profile' }),
    BOOTSTRAP_ADMIN_EMAIL: str({ default: '' }),
    BOOTSTRAP_ADMIN_PASSWORD: str({ default: '' }),
    GRAPHQL_MAX_DEPTH: num({ default: 8 }),
    GRAPHQL_MAX_COST: num({ default: 5000 }),
    // Background jobs and mail (board packs, reminders): in-process and the log unless these are set.
    REDIS_URL: str({ default: '', desc: 'BullMQ for background jobs across several instances, e.g. redis://127.0.0.1:6379' }),
    REDIS_PREFIX: str({ default: 'regie' }),
    SMTP_URL: str({ default: '', desc: 'e.g. smtp://user:password@mail.example:587; without it mails are written to the log' }),
    MAIL_FROM: str({ default: 'Regie <noreply@regie.example>' }),
    REMINDER_INTERVAL_MINUTES: num({ default: 60, desc: 'How often the reminder pass runs; 0 switches it off' }),
    JOB_RETENTION_DAYS: num({ default: 90, desc: 'Finished jobs and their files older than this are deleted (the newest pack per meeting and format stays); 0 keeps everything' }),
  });
  if (base.NODE_ENV === 'production' && base.DEMO_MODE) {
    throw new Error('DEMO_MODE=true is refused in production mode: demo accounts share one public password.');
  }
  return {
    ...base,
    production: base.NODE_ENV === 'production',
    oidcEnabled: Boolean(base.OIDC_ISSUER && base.OIDC_CLIENT_ID),
  };
}

export type AppConfig = ReturnType<typeof loadAppConfig>;
export const APP_CONFIG = Symbol('APP_CONFIG');
