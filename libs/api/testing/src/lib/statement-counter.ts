import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** A TypeORM logger (pass it with `logging: ['query']`) that counts SQL statements, for tests that pin how many a request needs. */
export class StatementCounter extends AbstractLogger {
  constructor() {
    super(['query']);
  }

  count = 0;
  readonly statements: string[] = [];

  protected writeLog(level: LogLevel, message: LogMessage | string | number | Array<LogMessage | string | number>): void {
    if (level !== 'query') return;
    for (const entry of Array.isArray(message) ? message : [message]) {
      this.count += 1;
      this.statements.push(typeof entry === 'object' ? String(entry.message) : String(entry));
    }
  }

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }
}
