import { codes, GraphqlClient } from '@regie/api/testing';
import { auditCount, municipalityBySlug } from '../support/queries';
import { ADD_BUDGET, ADD_CAPACITY, ADD_MILESTONE, CREATE_ACTION, CREATE_GOAL, CREATE_INDICATOR, mutate, organisationId, RECORD_MEASUREMENT, themeId, UPDATE_GOAL } from '../support/plan';
import { startTestApp, TestApp } from '../support/test-app';

const THEME_TREE = `query ($id: ID!) {
  theme(id: $id) {
    goals {
      title
      indicators { name baseline target latestValue { period value } measurements { period value municipality { slug } } }
      actions { title }
    }
    actions { title phase ownerOrganisation { name } nextMilestone { title dueOn } capacity { amount unit organisation { name } } budgetLines { committed spent fundingSource } goals { title } }
    planQuality { check subjectType subjectTitle }
  }
}`;

type Tree = {
  theme: {
    goals: Array<{ title: string; indicators: Array<Record<string, unknown>>; actions: Array<{ title: string }> }>;
    actions: Array<Record<string, unknown>>;
    planQuality: Array<{ check: string; subjectType: string; subjectTitle: string }>;
  };
};

describe('editing the goals-and-efforts tree', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let overlast: string;
  let ondermijning: string;
  let politie: string;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    overlast = await themeId(app.dataSource, 'overlast');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
    politie = await organisationId(app.dataSource, 'Politie Utrecht');
  });
  afterAll(() => app.close());

  it('lets the bureau build a goal with an indicator, measurements and an action, and the checks follow', async () => {
    const goalsAudited = await auditCount(app.dataSource, 'goal.create');
    const budgetsAudited = await auditCount(app.dataSource, 'budgetLine.create');
    const goal = await mutate<{ id: string }>(bureau, CREATE_GOAL, { input: { themeId: overlast, title: 'Minder overlast rond scholen' } });
    const before = await bureau.request<Tree>(THEME_TREE, { id: overlast });
    expect(before.data?.theme.planQuality).toEqual(
      expect.arrayContaining([
        { check: 'GOAL_WITHOUT_MEASURABLE_INDICATOR', subjectType: 'Goal', subjectTitle: 'Minder overlast rond scholen' },
        { check: 'GOAL_WITHOUT_ACTION', subjectType: 'Goal', subjectTitle: 'Minder overlast rond scholen' },
      ]),
    );

    const indicator = await mutate<{ id: string }>(bureau, CREATE_INDICATOR, {
      input: { goalId: goal.id, name: 'Meldingen overlast rond scholen', definition: 'Door de politie geregistreerde meldingen', unit: 'meldingen', source: 'politieregistratie', direction: 'LOWER_IS_BETTER', level: 'REGION', cadence: 'QUARTERLY', baseline: 1200, baselinePeriod: '2007', target: 900, targetDeadline: '2011-12-31' },
    });
    const zeist = await municipalityBySlug(app.dataSource, 'zeist');
    await mutate(bureau, RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009-Q1', value: 1100 } });
    await mutate(bureau, RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009-Q2', value: 1050 } });
    const local = await mutate(await app.as('gemeente.zeist@regie.example'), RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, municipalityId: zeist.id, period: '2009-Q2', value: 80 } });
    expect(local).toEqual({ id: expect.any(String), period: '2009-Q2', periodEnd: '2009-06-30', value: 80, municipalityId: zeist.id });

    const action = await mutate<{ id: string }>(bureau, CREATE_ACTION, {
      input: { themeId: overlast, goalIds: [goal.id], title: 'Aanpak hangplekken bij scholen', phase: 'EXECUTION', status: 'ON_TRACK', ownerOrganisationId: politie, analysis: 'Shortlist jeugdgroepen 2008', partnerIds: [politie], municipalityIds: [zeist.id] },
    });
    await mutate(bureau, ADD_MILESTONE, { input: { actionId: action.id, title: 'Alle groepen geclassificeerd', dueOn: '2009-09-30' } });
    await mutate(bureau, ADD_CAPACITY, { input: { actionId: action.id, organisationId: politie, period: '2009', amount: 1.2, unit: 'FTE' } });
    await mutate(bureau, ADD_BUDGET, { input: { actionId: action.id, fundingSource: 'regionaal budget', year: 2009, committed: 25000, spent: 12500.5 } });

    const after = await bureau.request<Tree>(THEME_TREE, { id: overlast });
    const built = after.data?.theme.goals.find((g) => g.title === 'Minder overlast rond scholen');
    expect(built).toEqual({
      title: 'Minder overlast rond scholen',
      indicators: [
        {
          name: 'Meldingen overlast rond scholen',
          baseline: 1200,
          target: 900,
          latestValue: { period: '2009-Q2', value: 1050 },
          measurements: [
            { period: '2009-Q1', value: 1100, municipality: null },
            { period: '2009-Q2', value: 1050, municipality: null },
            { period: '2009-Q2', value: 80, municipality: { slug: 'zeist' } },
          ],
        },
      ],
      actions: [{ title: 'Aanpak hangplekken bij scholen' }],
    });
    expect(after.data?.theme.actions).toContainEqual({
      title: 'Aanpak hangplekken bij scholen',
      phase: 'EXECUTION',
      ownerOrganisation: { name: 'Politie Utrecht' },
      nextMilestone: { title: 'Alle groepen geclassificeerd', dueOn: '2009-09-30' },
      capacity: [{ amount: 1.2, unit: 'FTE', organisation: { name: 'Politie Utrecht' } }],
      budgetLines: [{ committed: 25000, spent: 12500.5, fundingSource: 'regionaal budget' }],
      goals: [{ title: 'Minder overlast rond scholen' }],
    });
    expect(after.data?.theme.planQuality.filter((f) => ['Minder overlast rond scholen', 'Aanpak hangplekken bij scholen'].includes(f.subjectTitle))).toEqual([]);
    expect(await auditCount(app.dataSource, 'goal.create')).toBe(goalsAudited + 1);
    expect(await auditCount(app.dataSource, 'budgetLine.create')).toBe(budgetsAudited + 1);
  });

  it('lets a driver edit the own theme, and refuses other themes and read-only roles', async () => {
    const driver = await app.as('driver.overlast@regie.example');
    expect(await mutate(driver, CREATE_GOAL, { input: { themeId: overlast, title: 'Veilige uitgaansgebieden' } })).toEqual(expect.objectContaining({ title: 'Veilige uitgaansgebieden' }));
    const goals = await auditCount(app.dataSource, 'goal.create');
    for (const email of ['driver.ondermijning@regie.example', 'codriver.ondermijning.politie@regie.example', 'viewer@regie.example', 'college@regie.example', 'gemeente.zeist@regie.example']) {
      expect(codes(await (await app.as(email)).request(CREATE_GOAL, { input: { themeId: overlast, title: 'Mag niet' } }))).toEqual(['FORBIDDEN']);
    }
    expect(await auditCount(app.dataSource, 'goal.create')).toBe(goals);
  });

  it('refuses a municipality official the regional value and other municipalities', async () => {
    const [indicator] = await app.dataSource.query(`SELECT id FROM indicator WHERE name = 'Meldingen overlast rond scholen'`);
    const deBilt = await municipalityBySlug(app.dataSource, 'de-bilt');
    const official = await app.as('gemeente.zeist@regie.example');
    expect(codes(await official.request(RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009-Q3', value: 1 } }))).toEqual(['FORBIDDEN']);
    expect(codes(await official.request(RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, municipalityId: deBilt.id, period: '2009-Q3', value: 1 } }))).toEqual(['FORBIDDEN']);
  });

  it('refuses measurements of the wrong cadence or twice for one period, per field', async () => {
    const [indicator] = await app.dataSource.query(`SELECT id FROM indicator WHERE name = 'Meldingen overlast rond scholen'`);
    const wrong = await bureau.request(RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009', value: 1 } });
    expect(wrong.errors?.[0].extensions?.fields?.map((f) => f.messageKey)).toEqual(['validation.periodCadence']);
    const twice = await bureau.request(RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009-Q1', value: 1 } });
    expect(twice.errors?.[0].extensions?.fields?.map((f) => f.messageKey)).toEqual(['validation.measurementExists']);
  });

  it('refuses an action serving a goal of another theme', async () => {
    const [goal] = await app.dataSource.query(`SELECT id FROM goal WHERE title = 'Minder overlast rond scholen'`);
    const result = await bureau.request(CREATE_ACTION, { input: { themeId: ondermijning, goalIds: [goal.id], title: 'Verkeerd gekoppeld' } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['goalIds']);
    expect(await app.dataSource.query(`SELECT id FROM action WHERE title = 'Verkeerd gekoppeld'`)).toEqual([]);
  });

  it('refuses a stale goal edit with CONFLICT', async () => {
    const goal = await mutate<{ id: string; version: number }>(bureau, CREATE_GOAL, { input: { themeId: overlast, title: 'Doel om te wijzigen' } });
    await mutate(bureau, UPDATE_GOAL, { input: { id: goal.id, version: goal.version, title: 'Eerste wijziging' } });
    const stale = await (await app.as('driver.overlast@regie.example')).request(UPDATE_GOAL, { input: { id: goal.id, version: goal.version, title: 'Tweede wijziging' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await app.dataSource.query('SELECT title FROM goal WHERE id = $1', [goal.id])).toEqual([{ title: 'Eerste wijziging' }]);
  });

  it('keeps the number of SQL statements for the tree constant as actions grow', async () => {
    const TREE = `query ($id: ID!) { strategy(id: $id) { themes { goals { indicators { latestValue { value } } actions { title } }
      actions { title ownerOrganisation { name } partners { name } municipalities { name } nextMilestone { dueOn } capacity { amount } budgetLines { committed } goals { title } } } } }`;
    const [strategy] = await app.dataSource.query('SELECT id FROM strategy');
    app.statements.reset();
    await bureau.request(TREE, { id: strategy.id });
    const few = app.statements.count;
    const [goal] = await app.dataSource.query(`SELECT id FROM goal WHERE title = 'Minder overlast rond scholen'`);
    for (let i = 0; i < 15; i += 1) {
      const action = await mutate<{ id: string }>(bureau, CREATE_ACTION, { input: { themeId: overlast, goalIds: [goal.id], title: `Actie ${i}`, partnerIds: [politie] } });
      await mutate(bureau, ADD_MILESTONE, { input: { actionId: action.id, title: `Mijlpaal ${i}`, dueOn: '2010-01-01' } });
    }
    app.statements.reset();
    const result = await bureau.request<{ strategy: { themes: Array<{ actions: unknown[] }> } }>(TREE, { id: strategy.id });
    expect(result.data?.strategy.themes[0].actions.length).toBeGreaterThan(15);
    expect(app.statements.count).toBe(few);
  });
});

describe('drivers’ mandates', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('ends the current driver’s mandate when the bureau assigns a new driver, keeping the history', async () => {
    const bureau = await app.as('bureau@regie.example');
    const theme = await themeId(app.dataSource, 'overlast');
    const [person] = await app.dataSource.query(`SELECT id FROM person WHERE name = 'Burgemeester van Utrecht'`);
    await mutate(bureau, 'mutation ($input: AssignMandateInput!) { assignMandate(input: $input) { id } }', {
      input: { themeId: theme, personId: person.id, role: 'DRIVER', startsOn: '2010-01-01', tasks: 'Trekt de regionale aanpak overlast', powers: 'Spreekt namens het Regionaal College' },
    });
    const result = await bureau.request('query ($id: ID!) { theme(id: $id) { drivers { name } mandates(includeEnded: true) { role startsOn endsOn tasks person { name } } } }', { id: theme });
    expect(result.data).toEqual({
      theme: {
        drivers: [{ name: 'Burgemeester van Utrecht' }],
        mandates: expect.arrayContaining([
          { role: 'DRIVER', startsOn: '2008-03-01', endsOn: '2009-12-31', tasks: expect.stringMatching(/^Trekt de regionale aanpak/), person: { name: 'Burgemeester van Zeist' } },
          { role: 'DRIVER', startsOn: '2010-01-01', endsOn: null, tasks: 'Trekt de regionale aanpak overlast', person: { name: 'Burgemeester van Utrecht' } },
        ]),
      },
    });
  });

  it('lets only the bureau assign mandates', async () => {
    const theme = await themeId(app.dataSource, 'overlast');
    const [person] = await app.dataSource.query(`SELECT id FROM person WHERE name = 'Burgemeester van Zeist'`);
    const result = await (await app.as('driver.overlast@regie.example')).request('mutation ($input: AssignMandateInput!) { assignMandate(input: $input) { id } }', {
      input: { themeId: theme, personId: person.id, role: 'CO_DRIVER', startsOn: '2010-01-01' },
    });
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });
});
