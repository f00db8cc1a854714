import { codes } from '@regie/api/testing';
import { addSecondRegion } from '../support/second-region';
import { startTestApp, TestApp } from '../support/test-app';

const START_PAGE = `{
  strategies {
    title periodStart periodEnd status adoptedOn adoptedBy
    themes {
      slug name examples
      drivers { name functionTitle organisation { name kind } }
      coDrivers { name functionTitle organisation { name kind } }
    }
  }
}`;

describe('reading the strategy', () => {
  let app: TestApp;
  let other: Awaited<ReturnType<typeof addSecondRegion>>;
  beforeAll(async () => {
    app = await startTestApp();
    other = await addSecondRegion(app.dataSource);
  });
  afterAll(() => app.close());

  it('shows the demo strategy with five themes, each with a driver and two co-drivers', async () => {
    const result = await (await app.as('driver.overlast@regie.example')).request<{ strategies: Array<Record<string, unknown> & { themes: Array<Record<string, unknown>> }> }>(START_PAGE);
    expect(result.errors).toBeUndefined();
    expect(result.data?.strategies).toHaveLength(1);
    const strategy = result.data?.strategies[0] as { themes: Array<Record<string, unknown>> };
    expect(strategy).toMatchObject({ title: 'Regionale Veiligheidsstrategie 2008-2011', periodStart: '2008-01-01', periodEnd: '2011-12-31', status: 'ADOPTED', adoptedBy: 'Regionaal College' });
    expect(strategy.themes.map((theme) => theme['slug'])).toEqual(['overlast', 'ongelijkwaardigheid', 'ondermijning', 'veelvoorkomende-criminaliteit', 'high-impact']);
    expect(strategy.themes[0]).toEqual({
      slug: 'overlast',
      name: 'Overlast',
      examples: ['jeugdoverlast'],
      drivers: [{ name: 'Burgemeester van Zeist', functionTitle: 'Burgemeester', organisation: { name: 'Gemeente Zeist', kind: 'MUNICIPALITY' } }],
      coDrivers: [
        { name: 'Officier van justitie, thema Overlast', functionTitle: 'Officier van justitie', organisation: { name: 'Openbaar Ministerie, arrondissement Utrecht', kind: 'PUBLIC_PROSECUTION' } },
        { name: 'Politiechef, thema Overlast', functionTitle: 'Politiechef', organisation: { name: 'Politie Utrecht', kind: 'POLICE' } },
      ],
    });
  });

  it.each(['bureau@regie.example', 'college@regie.example', 'viewer@regie.example', 'gemeente.de-bilt@regie.example', 'codriver.high-impact.politie@regie.example'])(
    'lets %s read the own region only',
    async (email) => {
      const client = await app.as(email);
      const result = await client.request<{ strategies: Array<{ title: string }>; regions: Array<{ name: string }> }>('{ strategies { title } regions { name } }');
      expect(result.data).toEqual({ strategies: [{ title: 'Regionale Veiligheidsstrategie 2008-2011' }], regions: [{ name: 'Utrecht' }] });
      expect(codes(await client.request('query ($id: ID!) { strategy(id: $id) { title } }', { id: other.strategyId }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request('query ($id: ID!) { theme(id: $id) { name } }', { id: other.themeId }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request('query ($id: ID) { municipalities(regionId: $id) { name } }', { id: other.regionId }))).toEqual([]);
      expect((await client.request('query ($id: ID) { municipalities(regionId: $id) { name } }', { id: other.regionId })).data).toEqual({ municipalities: [] });
    },
  );

  it('lets ADMIN read every region', async () => {
    const result = await (await app.as('admin@regie.example')).request<{ strategies: Array<{ title: string }> }>('{ strategies { title } }');
    expect(result.data?.strategies.map((s) => s.title).sort()).toEqual(['Regionale Veiligheidsstrategie 2008-2011', 'Veiligheidsstrategie Gelderland-Midden']);
  });

  it('answers null for a strategy or theme that does not exist', async () => {
    const client = await app.as('viewer@regie.example');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await client.request('query ($id: ID!) { strategy(id: $id) { id } theme(id: $id) { id } }', { id: missing })).data).toEqual({ strategy: null, theme: null });
  });

  it('needs the same number of SQL statements however many themes and mandates there are', async () => {
    const client = await app.as('bureau@regie.example');
    app.statements.reset();
    await client.request(START_PAGE);
    const withFive = app.statements.count;

    await app.dataSource.query(`
      INSERT INTO theme (strategy_id, region_id, slug, name, position)
      SELECT s.id, s.region_id, 'extra-' || n, 'Extra ' || n, 10 + n FROM strategy s, generate_series(1, 20) n WHERE s.title LIKE 'Regionale%'`);
    await app.dataSource.query(`
      INSERT INTO theme_mandate (theme_id, region_id, person_id, role, starts_on)
      SELECT t.id, t.region_id, p.id, 'CO_DRIVER', '2009-01-01' FROM theme t, person p WHERE t.slug LIKE 'extra-%' AND p.function_title = 'Politiechef'`);
    app.statements.reset();
    const result = await client.request<{ strategies: Array<{ themes: unknown[] }> }>(START_PAGE);
    expect(result.data?.strategies[0].themes).toHaveLength(25);
    expect(app.statements.count).toBe(withFive);
    expect(withFive).toBeLessThanOrEqual(8);
  });
});
