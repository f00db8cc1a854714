import { StatementCounter } from './statement-counter';

describe('StatementCounter', () => {
  it('counts the queries TypeORM logs and forgets them on reset', () => {
    const counter = new StatementCounter();
    counter.logQuery('SELECT 1');
    counter.logQuery('SELECT 2', []);
    counter.logQueryError('boom', 'SELECT 3');
    expect(counter.count).toBe(2);
    expect(counter.statements).toEqual(['SELECT 1', 'SELECT 2']);
    counter.reset();
    expect(counter.count).toBe(0);
  });
});
