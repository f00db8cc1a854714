import { codes, GraphqlClient } from '@regie/api/testing';
import { auditCount } from '../support/queries';
import { mutate } from '../support/plan';
import { addSecondRegion } from '../support/second-region';
import { startTestApp, TestApp } from '../support/test-app';

const CREATE = 'mutation ($input: CreateStrategyInput!) { createStrategy(input: $input) { id title status periodStart periodEnd version } }';
const UPDATE = 'mutation ($input: UpdateStrategyInput!) { updateStrategy(input: $input) { id status adoptedOn adoptedBy version } }';
const STRUCTURE = `query ($id: ID!) { strategy(id: $id) { themes { slug name drivers { name } coDrivers { name } goals { title indicators { name baseline target measurements { value } } actions { title } } } } }`;

type Structure = { strategy: { themes: Array<{ slug: string; drivers: unknown[]; coDrivers: unknown[]; goals: Array<{ title: string; indicators: Array<{ measurements: unknown[] }>; actions: unknown[] }> }> } };

describe('strategies: create, copy, adopt', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let regionId: string;
  let demoStrategyId: string;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    const [row] = await app.dataSource.query(`SELECT id, region_id FROM strategy ORDER BY period_start LIMIT 1`);
    demoStrategyId = row.id;
    regionId = row.region_id;
  });
  afterAll(() => app.close());

  it('copies an earlier strategy’s structure into a new concept: themes, mandates, goals, indicators, no values or actions', async () => {
    const created = await mutate<{ id: string; status: string }>(bureau, CREATE, {
      input: { regionId, title: 'Regionale Veiligheidsstrategie 2012–2015', periodStart: '2012-01-01', periodEnd: '2015-12-31', copyFromStrategyId: demoStrategyId },
    });
    expect(created.status).toBe('DRAFT');
    const [source, copy] = await Promise.all([bureau.request<Structure>(STRUCTURE, { id: demoStrategyId }), bureau.request<Structure>(STRUCTURE, { id: created.id })]);
    const shape = (result: typeof source) => result.data?.strategy.themes.map((theme) => ({ slug: theme.slug, goals: theme.goals.map((goal) => [goal.title, goal.indicators.length]) }));
    expect(shape(copy)).toEqual(shape(source));
    expect(copy.data?.strategy.themes).toHaveLength(5);
    const copiedThemes = (copy.data as Structure).strategy.themes;
    expect(copiedThemes.every((theme) => theme.drivers.length === 1)).toBe(true);
    expect(copiedThemes.flatMap((theme) => theme.goals.flatMap((goal) => [...goal.actions, ...goal.indicators.flatMap((indicator) => indicator.measurements)]))).toEqual([]);
    expect(await auditCount(app.dataSource, 'strategy.copyStructure')).toBe(1);

    // The copied drivers may work on the copy: their role follows the theme.
    const driver = await app.as('driver.overlast@regie.example');
    const theme = await app.dataSource.query(`SELECT id FROM theme WHERE strategy_id = $1 AND slug = 'overlast'`, [created.id]);
    const goal = await driver.request('mutation ($input: CreateGoalInput!) { createGoal(input: $input) { id } }', { input: { themeId: theme[0].id, title: 'Een nieuw doel voor 2012' } });
    expect(goal.errors).toBeUndefined();
  });

  it('adopts a strategy only with the College adoption date, and refuses a stale version', async () => {
    const created = await mutate<{ id: string; version: number }>(bureau, CREATE, { input: { regionId, title: 'Strategie zonder kopie', periodStart: '2016-01-01', periodEnd: '2019-12-31' } });
    const refused = await bureau.request(UPDATE, { input: { id: created.id, version: created.version, status: 'ADOPTED' } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'adoptedOn', messageKey: 'validation.adoptionDateRequired' })] });

    const adopted = await mutate<{ status: string; adoptedOn: string; version: number }>(bureau, UPDATE, {
      input: { id: created.id, version: created.version, status: 'ADOPTED', adoptedOn: '2015-12-10', adoptedBy: 'Regionaal College 10 december 2015' },
    });
    expect(adopted).toMatchObject({ status: 'ADOPTED', adoptedOn: '2015-12-10', version: created.version + 1 });
    const stale = await bureau.request(UPDATE, { input: { id: created.id, version: created.version, title: 'Te laat' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await auditCount(app.dataSource, 'strategy.update')).toBe(1);
  });

  it('refuses a period that ends before it starts, an unknown status, and everyone but the bureau', async () => {
    const backwards = await bureau.request(CREATE, { input: { regionId, title: 'Achterstevoren', periodStart: '2012-01-01', periodEnd: '2011-01-01' } });
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'periodEnd' })] });
    const [{ version }] = await app.dataSource.query('SELECT version FROM strategy WHERE id = $1', [demoStrategyId]);
    expect(codes(await bureau.request(UPDATE, { input: { id: demoStrategyId, version, status: 'PUBLISHED' } }))).toEqual(['BAD_USER_INPUT']);
    for (const email of ['driver.overlast@regie.example', 'college@regie.example', 'gemeente.utrecht@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(CREATE, { input: { regionId, title: 'Niet van mij', periodStart: '2012-01-01', periodEnd: '2015-12-31' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(UPDATE, { input: { id: demoStrategyId, version, title: 'Niet van mij' } }))).toEqual(['FORBIDDEN']);
    }
  });

  it('copies only within the region', async () => {
    const second = await addSecondRegion(app.dataSource);
    const other = await app.as('bureau.gm@regie.example');
    const result = await other.request(CREATE, { input: { regionId: second.regionId, title: 'Kopie van Utrecht', periodStart: '2012-01-01', periodEnd: '2015-12-31', copyFromStrategyId: demoStrategyId } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'copyFromStrategyId' })] });
    // Organisations and people are listed per readable region only.
    const lists = await other.request<{ organisations: unknown[]; persons: unknown[] }>(`query ($regionId: ID) { organisations(regionId: $regionId) { id } persons(regionId: $regionId) { id } }`, { regionId });
    expect(lists.data).toEqual({ organisations: [], persons: [] });
    const own = await bureau.request<{ organisations: Array<{ name: string }>; persons: Array<{ name: string }> }>(`query { organisations { name } persons { name } }`);
    expect(own.data?.organisations.map((o) => o.name)).toContain('Politie Utrecht');
    expect(own.data?.persons.map((p) => p.name)).toContain('Burgemeester van Zeist');
  });

  it('lets the bureau add a theme and change it, keeps the slug, refuses a second theme of one name and everyone else', async () => {
    const CREATE_THEME = 'mutation ($input: CreateThemeInput!) { createTheme(input: $input) { id slug name safetyFields examples position version } }';
    const UPDATE_THEME = 'mutation ($input: UpdateThemeInput!) { updateTheme(input: $input) { id slug name description safetyFields version } }';
    const created = await mutate<{ id: string; slug: string; position: number; version: number }>(bureau, CREATE_THEME, {
      input: { strategyId: demoStrategyId, name: 'Veilig uitgaan', examples: ['uitgaansgeweld'], safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING'] },
    });
    expect(created).toMatchObject({ slug: 'veilig-uitgaan', position: 6, examples: ['uitgaansgeweld'], safetyFields: ['VEILIGE_WOON_EN_LEEFOMGEVING'] });
    const again = await bureau.request(CREATE_THEME, { input: { strategyId: demoStrategyId, name: 'Veilig Uitgaan' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'name', messageKey: 'validation.themeNameTaken' })] });
    expect(codes(await bureau.request(CREATE_THEME, { input: { strategyId: demoStrategyId, name: 'Onbekend veld', safetyFields: ['WEER'] } }))).toEqual(['BAD_USER_INPUT']);

    const changed = await mutate(bureau, UPDATE_THEME, { input: { id: created.id, version: created.version, name: 'Veilig uitgaan en horeca', description: 'Uitgaansgebieden en horeca' } });
    expect(changed).toMatchObject({ slug: 'veilig-uitgaan', name: 'Veilig uitgaan en horeca', version: created.version + 1 });
    expect(codes(await bureau.request(UPDATE_THEME, { input: { id: created.id, version: created.version, name: 'Te laat' } }))).toEqual(['CONFLICT']);
    expect(await auditCount(app.dataSource, 'theme.update')).toBe(1);
    for (const email of ['driver.overlast@regie.example', 'college@regie.example', 'gemeente.utrecht@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(CREATE_THEME, { input: { strategyId: demoStrategyId, name: 'Niet van mij' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request(UPDATE_THEME, { input: { id: created.id, version: created.version + 1, name: 'Niet van mij' } }))).toEqual(['FORBIDDEN']);
    }
  });
});
