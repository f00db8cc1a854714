import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '@regie/api/core';
import { createRegieApp } from '../../src/app/regie-app';

describe('the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'regie-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadAppConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, DEMO_MODE: 'true' });

  it('loads the demo data once and keeps changes across a restart', async () => {
    const first = await createRegieApp(config, { logger: false });
    await first.dataSource.query(`UPDATE municipality SET population = 12345 WHERE slug = 'lopik'`);
    const [{ users }] = await first.dataSource.query('SELECT count(*)::int AS users FROM user_account');
    await first.close();

    const second = await createRegieApp(config, { logger: false });
    try {
      expect(await second.dataSource.query(`SELECT population FROM municipality WHERE slug = 'lopik'`)).toEqual([{ population: 12345 }]);
      expect(await second.dataSource.query('SELECT count(*)::int AS users FROM user_account')).toEqual([{ users }]);
      expect(await second.dataSource.query('SELECT count(*)::int AS regions FROM region')).toEqual([{ regions: 1 }]);
      expect(users).toBe(4 + 15 + 29 + 3); // general, theme, municipality and partner demo accounts
    } finally {
      await second.close();
    }
    // Two boots of the embedded engine, the first loading the whole demo history (reporting cycles included), on a shared 2-core machine.
  }, 150_000);
});
