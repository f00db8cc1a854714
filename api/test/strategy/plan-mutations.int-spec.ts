import { codes, GraphqlClient, GraphqlResponse } from '@regie/api/testing';
import { auditCount, municipalityBySlug } from '../support/queries';
import { ADD_CAPACITY, CREATE_GOAL, mutate, organisationId, themeId } from '../support/plan';
import { addSecondRegion } from '../support/second-region';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Every update and delete of the plan (goals, indicators, measurements, actions and their parts,
 * mandates): the change itself, its validation, who is refused, stale versions and the audit trail.
 * Each test builds the records it changes, so the tests do not depend on each other's order.
 */

const CREATE_INDICATOR = 'mutation ($input: CreateIndicatorInput!) { createIndicator(input: $input) { id version } }';
const RECORD_MEASUREMENT = 'mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id version } }';
const CREATE_ACTION = 'mutation ($input: CreateActionInput!) { createAction(input: $input) { id version } }';
const ADD_MILESTONE = 'mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id version } }';
const ADD_BUDGET = 'mutation ($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id version } }';

const UPDATE_ACTION = `mutation ($input: UpdateActionInput!) { updateAction(input: $input) {
  title phase status startsOn endsOn version ownerOrganisation { name } goals { title } partners { name } municipalities { slug } } }`;
const UPDATE_INDICATOR = 'mutation ($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { name level cadence baseline target targetDeadline version } }';
const UPDATE_MEASUREMENT = 'mutation ($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { period value source note version } }';
const UPDATE_MILESTONE = 'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { title dueOn doneOn version } }';
const UPDATE_BUDGET = 'mutation ($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { fundingSource year committed spent version } }';
const UPDATE_MANDATE = 'mutation ($input: UpdateMandateInput!) { updateMandate(input: $input) { role tasks responsibilities powers startsOn endsOn version } }';

const deletion = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) }`;
const DELETE_GOAL = deletion('deleteGoal');
const DELETE_INDICATOR = deletion('deleteIndicator');
const DELETE_MEASUREMENT = deletion('deleteMeasurement');
const DELETE_ACTION = deletion('deleteAction');
const DELETE_MILESTONE = deletion('deleteMilestone');
const DELETE_CAPACITY = deletion('deleteCapacity');
const DELETE_BUDGET = deletion('deleteBudgetLine');

const BUREAU = 'bureau@regie.example';
const DRIVER = 'driver.overlast@regie.example';
const CO_DRIVER = 'codriver.overlast.om@regie.example';
const OTHER_DRIVER = 'driver.ondermijning@regie.example';
const ZEIST = 'gemeente.zeist@regie.example';
const COLLEGE = 'college@regie.example';
const VIEWER = 'viewer@regie.example';

type Ids = { id: string; version: number };

/** The BAD_USER_INPUT fields of a refused mutation, e.g. ['endsOn']. */
const refusedFields = (result: GraphqlResponse<unknown>) => {
  expect(codes(result)).toEqual(['BAD_USER_INPUT']);
  return (result.errors?.[0].extensions?.fields ?? []).map((field: { field: string }) => field.field);
};

const count = async (app: TestApp, table: string, where: string, id: string) => {
  const [row] = await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where} = $1`, [id]);
  return row.n as number;
};

describe('updating and deleting the plan', () => {
  let app: TestApp;
  const clients = new Map<string, GraphqlClient>();
  let overlast: string;
  let ondermijning: string;
  let politie: string;
  let otherOrganisation: { id: string; name: string };
  let zeist: string;
  let deBilt: string;
  let serial = 0;

  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await app.as(email));
    return clients.get(email) as GraphqlClient;
  };
  const unique = (label: string) => `${label} ${(serial += 1)}`;

  /** A goal of the overlast theme with a quarterly regional indicator, a regional value and a value of Zeist. */
  async function goalWithIndicator() {
    const bureau = await as(BUREAU);
    const goal = await mutate<Ids>(bureau, CREATE_GOAL, { input: { themeId: overlast, title: unique('Doel') } });
    const indicator = await mutate<Ids>(bureau, CREATE_INDICATOR, {
      input: { goalId: goal.id, name: unique('Indicator'), direction: 'LOWER_IS_BETTER', level: 'REGION', cadence: 'QUARTERLY', baseline: 100, target: 80 },
    });
    const regional = await mutate<Ids>(bureau, RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, period: '2009-Q1', value: 95 } });
    const local = await mutate<Ids>(await as(ZEIST), RECORD_MEASUREMENT, { input: { indicatorId: indicator.id, municipalityId: zeist, period: '2009-Q1', value: 7 } });
    return { goal, indicator, regional, local };
  }

  /** An overlast action serving a new goal, with a partner, Zeist, a milestone, capacity and a budget line. */
  async function actionWithParts() {
    const bureau = await as(BUREAU);
    const goal = await mutate<Ids>(bureau, CREATE_GOAL, { input: { themeId: overlast, title: unique('Doel van actie') } });
    const action = await mutate<Ids>(bureau, CREATE_ACTION, {
      input: { themeId: overlast, goalIds: [goal.id], title: unique('Actie'), startsOn: '2009-01-01', partnerIds: [politie], municipalityIds: [zeist] },
    });
    const milestone = await mutate<Ids>(bureau, ADD_MILESTONE, { input: { actionId: action.id, title: 'Plan van aanpak klaar', dueOn: '2009-06-30' } });
    const capacity = await mutate<{ id: string }>(bureau, ADD_CAPACITY, { input: { actionId: action.id, organisationId: politie, period: '2009', amount: 0.5, unit: 'FTE' } });
    const budget = await mutate<Ids>(bureau, ADD_BUDGET, { input: { actionId: action.id, fundingSource: 'regionaal budget', year: 2009, committed: 10000, spent: 0 } });
    return { goal, action, milestone, capacity, budget };
  }

  /** Runs `query` as each of `emails` and expects every one refused with FORBIDDEN. */
  async function expectForbidden(emails: string[], query: string, variables: Record<string, unknown>) {
    for (const email of emails) {
      const result = await (await as(email)).request(query, variables);
      expect({ email, codes: codes(result) }).toEqual({ email, codes: ['FORBIDDEN'] });
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    overlast = await themeId(app.dataSource, 'overlast');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
    politie = await organisationId(app.dataSource, 'Politie Utrecht');
    [otherOrganisation] = await app.dataSource.query(`SELECT o.id, o.name FROM organisation o JOIN theme t ON t.region_id = o.region_id WHERE t.id = $1 AND o.name <> 'Politie Utrecht' ORDER BY o.name LIMIT 1`, [overlast]);
    zeist = (await municipalityBySlug(app.dataSource, 'zeist')).id;
    deBilt = (await municipalityBySlug(app.dataSource, 'de-bilt')).id;
  });
  afterAll(() => app.close());

  describe('goals', () => {
    it('deletes a goal with its indicators, their measurements and its links to actions', async () => {
      const { goal, indicator } = await goalWithIndicator();
      const { goal: otherGoal } = await goalWithIndicator();
      const action = await mutate<Ids>(await as(BUREAU), CREATE_ACTION, { input: { themeId: overlast, goalIds: [goal.id, otherGoal.id], title: unique('Actie van doel') } });
      const audited = await auditCount(app.dataSource, 'goal.delete');

      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_GOAL, { id: goal.id });
      expect(await count(app, 'goal', 'id', goal.id)).toBe(1);

      expect(await mutate(await as(DRIVER), DELETE_GOAL, { id: goal.id })).toBe(true);
      expect(await count(app, 'goal', 'id', goal.id)).toBe(0);
      expect(await count(app, 'indicator', 'goal_id', goal.id)).toBe(0);
      expect(await count(app, 'measurement', 'indicator_id', indicator.id)).toBe(0);
      expect(await count(app, 'action_goal', 'goal_id', goal.id)).toBe(0);
      // The action itself stays, serving its other goal.
      expect(await count(app, 'action', 'id', action.id)).toBe(1);
      expect(await count(app, 'action_goal', 'action_id', action.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'goal.delete')).toBe(audited + 1);
    });

    it('refuses to delete the only goal of an action, naming the action', async () => {
      const { goal } = await goalWithIndicator();
      const title = unique('Actie met één doel');
      await mutate(await as(BUREAU), CREATE_ACTION, { input: { themeId: overlast, goalIds: [goal.id], title } });
      const refused = await (await as(BUREAU)).request(DELETE_GOAL, { id: goal.id });
      expect(refusedFields(refused)).toEqual(['id']);
      expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ messageKey: 'validation.goalIsOnlyGoalOfActions', params: { actions: title } })]);
      expect(await count(app, 'goal', 'id', goal.id)).toBe(1);
    });

    it('answers NOT_FOUND for a goal that is gone', async () => {
      const { goal } = await goalWithIndicator();
      await mutate(await as(BUREAU), DELETE_GOAL, { id: goal.id });
      expect(codes(await (await as(BUREAU)).request(DELETE_GOAL, { id: goal.id }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('indicators', () => {
    it('lets the theme’s co-driver change an indicator, and writes the trail', async () => {
      const { indicator } = await goalWithIndicator();
      const audited = await auditCount(app.dataSource, 'indicator.update');
      const changed = await mutate(await as(CO_DRIVER), UPDATE_INDICATOR, {
        input: { id: indicator.id, version: indicator.version, name: 'Meldingen jeugdoverlast', level: 'MUNICIPALITY', baseline: 120, target: 90.5, targetDeadline: '2011-12-31' },
      });
      expect(changed).toEqual({ name: 'Meldingen jeugdoverlast', level: 'MUNICIPALITY', cadence: 'QUARTERLY', baseline: 120, target: 90.5, targetDeadline: '2011-12-31', version: indicator.version + 1 });
      expect(await auditCount(app.dataSource, 'indicator.update')).toBe(audited + 1);
    });

    it('clears a target with null and leaves fields not sent as they are', async () => {
      const { indicator } = await goalWithIndicator();
      const changed = await mutate(await as(BUREAU), UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, target: null } });
      expect(changed).toMatchObject({ baseline: 100, target: null, level: 'REGION' });
    });

    it('refuses invalid values per field and changes nothing', async () => {
      const { indicator } = await goalWithIndicator();
      const bureau = await as(BUREAU);
      expect(refusedFields(await bureau.request(UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, name: 'x' } }))).toEqual(['name']);
      expect(refusedFields(await bureau.request(UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, cadence: 'WEEKLY' } }))).toEqual(['cadence']);
      expect(refusedFields(await bureau.request(UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, targetDeadline: '31-12-2011' } }))).toEqual(['targetDeadline']);
      expect(await app.dataSource.query('SELECT cadence, version FROM indicator WHERE id = $1', [indicator.id])).toEqual([{ cadence: 'QUARTERLY', version: indicator.version }]);
    });

    it('keeps the cadence while values of it exist, and changes it once they are gone', async () => {
      const { indicator, regional, local } = await goalWithIndicator();
      const bureau = await as(BUREAU);
      const refused = await bureau.request(UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, cadence: 'YEARLY' } });
      expect(refusedFields(refused)).toEqual(['cadence']);
      expect(refused.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ messageKey: 'validation.cadenceHasValues' })]);
      for (const measurement of [regional, local]) await mutate(bureau, 'mutation ($id: ID!) { deleteMeasurement(id: $id) }', { id: measurement.id });
      expect(await mutate(bureau, UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, cadence: 'YEARLY' } })).toMatchObject({ cadence: 'YEARLY' });
    });

    it('refuses other themes’ drivers, municipalities and read-only roles, and a stale version', async () => {
      const { indicator } = await goalWithIndicator();
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, name: 'Mag niet' } });
      await mutate(await as(BUREAU), UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, name: 'Eerste wijziging' } });
      expect(codes(await (await as(DRIVER)).request(UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, name: 'Tweede wijziging' } }))).toEqual(['CONFLICT']);
      expect(await app.dataSource.query('SELECT name FROM indicator WHERE id = $1', [indicator.id])).toEqual([{ name: 'Eerste wijziging' }]);
    });

    it('deletes an indicator with its measurements, keeping the goal', async () => {
      const { goal, indicator } = await goalWithIndicator();
      const audited = await auditCount(app.dataSource, 'indicator.delete');
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_INDICATOR, { id: indicator.id });
      expect(await mutate(await as(CO_DRIVER), DELETE_INDICATOR, { id: indicator.id })).toBe(true);
      expect(await count(app, 'indicator', 'id', indicator.id)).toBe(0);
      expect(await count(app, 'measurement', 'indicator_id', indicator.id)).toBe(0);
      expect(await count(app, 'goal', 'id', goal.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'indicator.delete')).toBe(audited + 1);
    });
  });

  describe('measurements', () => {
    it('lets a municipality official correct the own municipality’s value, not the regional one', async () => {
      const { regional, local } = await goalWithIndicator();
      const audited = await auditCount(app.dataSource, 'measurement.update');
      const official = await as(ZEIST);
      const changed = await mutate(official, UPDATE_MEASUREMENT, { input: { id: local.id, version: local.version, value: 9, source: 'gemeentelijke monitor', note: 'Gecorrigeerd na controle' } });
      expect(changed).toEqual({ period: '2009-Q1', value: 9, source: 'gemeentelijke monitor', note: 'Gecorrigeerd na controle', version: local.version + 1 });
      expect(codes(await official.request(UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, value: 1 } }))).toEqual(['FORBIDDEN']);
      expect(await auditCount(app.dataSource, 'measurement.update')).toBe(audited + 1);
    });

    it('lets the theme’s driver correct the regional value, refuses others and a stale version', async () => {
      const { regional } = await goalWithIndicator();
      expect(await mutate(await as(DRIVER), UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, value: 96.5 } })).toMatchObject({ value: 96.5, version: regional.version + 1 });
      await expectForbidden([OTHER_DRIVER, COLLEGE, VIEWER], UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version + 1, value: 1 } });
      expect(codes(await (await as(BUREAU)).request(UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, value: 97 } }))).toEqual(['CONFLICT']);
      expect(await app.dataSource.query('SELECT value::float AS value FROM measurement WHERE id = $1', [regional.id])).toEqual([{ value: 96.5 }]);
    });

    it('refuses a note that is too long, naming the field', async () => {
      const { regional } = await goalWithIndicator();
      expect(refusedFields(await (await as(BUREAU)).request(UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, note: 'x'.repeat(1001) } }))).toEqual(['note']);
    });

    it('deletes a value: the official only the own municipality’s, the bureau any', async () => {
      const { regional, local, indicator } = await goalWithIndicator();
      const audited = await auditCount(app.dataSource, 'measurement.delete');
      await expectForbidden([ZEIST, OTHER_DRIVER, COLLEGE, VIEWER], DELETE_MEASUREMENT, { id: regional.id });
      await expectForbidden(['gemeente.utrecht@regie.example', OTHER_DRIVER], DELETE_MEASUREMENT, { id: local.id });
      expect(await mutate(await as(ZEIST), DELETE_MEASUREMENT, { id: local.id })).toBe(true);
      expect(await mutate(await as(BUREAU), DELETE_MEASUREMENT, { id: regional.id })).toBe(true);
      expect(await count(app, 'measurement', 'indicator_id', indicator.id)).toBe(0);
      expect(await count(app, 'indicator', 'id', indicator.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'measurement.delete')).toBe(audited + 2);
    });
  });

  describe('actions', () => {
    it('changes fields and replaces goals, partners and municipalities, with an audit event for the links', async () => {
      const { action, goal } = await actionWithParts();
      const bureau = await as(BUREAU);
      const secondGoal = await mutate<Ids>(bureau, CREATE_GOAL, { input: { themeId: overlast, title: unique('Tweede doel') } });
      const [updates, links] = [await auditCount(app.dataSource, 'action.update'), await auditCount(app.dataSource, 'action.linksChange')];

      const changed = await mutate(await as(DRIVER), UPDATE_ACTION, {
        input: {
          id: action.id,
          version: action.version,
          title: 'Aanpak hangjongeren',
          phase: 'EXECUTION',
          status: 'AT_RISK',
          endsOn: '2010-12-31',
          ownerOrganisationId: otherOrganisation.id,
          goalIds: [goal.id, secondGoal.id],
          partnerIds: [otherOrganisation.id],
          municipalityIds: [deBilt, zeist],
        },
      });
      expect(changed).toEqual({
        title: 'Aanpak hangjongeren',
        phase: 'EXECUTION',
        status: 'AT_RISK',
        startsOn: '2009-01-01',
        endsOn: '2010-12-31',
        version: action.version + 1,
        ownerOrganisation: { name: otherOrganisation.name },
        goals: expect.arrayContaining([{ title: expect.stringMatching(/^Doel van actie/) }, { title: expect.stringMatching(/^Tweede doel/) }]),
        partners: [{ name: otherOrganisation.name }],
        municipalities: expect.arrayContaining([{ slug: 'zeist' }, { slug: 'de-bilt' }]),
      });
      expect((changed as { goals: unknown[] }).goals).toHaveLength(2);
      expect((changed as { municipalities: unknown[] }).municipalities).toHaveLength(2);
      expect(await auditCount(app.dataSource, 'action.update')).toBe(updates + 1);
      expect(await auditCount(app.dataSource, 'action.linksChange')).toBe(links + 1);

      const [event] = await app.dataSource.query(`SELECT before, after FROM audit_event WHERE action = 'action.linksChange' AND entity_id = $1`, [action.id]);
      expect(event).toEqual({
        before: { goalIds: [goal.id], partnerIds: [politie], municipalityIds: [zeist] },
        after: { goalIds: [goal.id, secondGoal.id].sort(), partnerIds: [otherOrganisation.id], municipalityIds: [deBilt, zeist].sort() },
      });
    });

    it('empties partners and municipalities with [], leaves sets not sent, and writes no link event when nothing changes', async () => {
      const { action, goal } = await actionWithParts();
      const links = await auditCount(app.dataSource, 'action.linksChange');
      const same = await mutate<{ version: number }>(await as(BUREAU), UPDATE_ACTION, { input: { id: action.id, version: action.version, title: 'Alleen een nieuwe titel', goalIds: [goal.id] } });
      expect(same).toMatchObject({ title: 'Alleen een nieuwe titel', partners: [{ name: 'Politie Utrecht' }], municipalities: [{ slug: 'zeist' }] });
      expect(await auditCount(app.dataSource, 'action.linksChange')).toBe(links);

      const emptied = await mutate(await as(BUREAU), UPDATE_ACTION, { input: { id: action.id, version: same.version, partnerIds: [], municipalityIds: [] } });
      expect(emptied).toMatchObject({ partners: [], municipalities: [], goals: [{ title: expect.stringMatching(/^Doel van actie/) }] });
      expect(await auditCount(app.dataSource, 'action.linksChange')).toBe(links + 1);
    });

    it('refuses a goal of another theme, an end before the start, an unknown phase and no goals, per field, changing nothing', async () => {
      const { action } = await actionWithParts();
      const bureau = await as(BUREAU);
      const foreignGoal = await mutate<Ids>(bureau, CREATE_GOAL, { input: { themeId: ondermijning, title: unique('Doel ondermijning') } });
      const updates = await auditCount(app.dataSource, 'action.update');
      const refuse = async (input: Record<string, unknown>) => refusedFields(await bureau.request(UPDATE_ACTION, { input: { id: action.id, version: action.version, ...input } }));

      expect(await refuse({ goalIds: [foreignGoal.id] })).toEqual(['goalIds']);
      expect(await refuse({ goalIds: [] })).toEqual(['goalIds']);
      // The action starts 2009-01-01: an end before that is refused even when the start is not sent.
      expect(await refuse({ endsOn: '2008-12-31' })).toEqual(['endsOn']);
      expect(await refuse({ startsOn: '2011-01-01', endsOn: '2010-01-01' })).toEqual(['endsOn']);
      expect(await refuse({ phase: 'DREAMING' })).toEqual(['phase']);
      expect(await refuse({ title: 'x' })).toEqual(['title']);
      expect(await auditCount(app.dataSource, 'action.update')).toBe(updates);
      expect(await app.dataSource.query('SELECT version, ends_on FROM action WHERE id = $1', [action.id])).toEqual([{ version: action.version, ends_on: null }]);
      expect(await count(app, 'action_goal', 'action_id', action.id)).toBe(1);
    });

    it('refuses other themes’ drivers, municipalities and read-only roles, and a stale version', async () => {
      const { action } = await actionWithParts();
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], UPDATE_ACTION, { input: { id: action.id, version: action.version, title: 'Mag niet' } });
      await mutate(await as(CO_DRIVER), UPDATE_ACTION, { input: { id: action.id, version: action.version, status: 'ON_TRACK' } });
      const stale = await (await as(BUREAU)).request(UPDATE_ACTION, { input: { id: action.id, version: action.version, status: 'DONE', partnerIds: [] } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      // The stale edit changed neither the fields nor the links.
      expect(await app.dataSource.query('SELECT status FROM action WHERE id = $1', [action.id])).toEqual([{ status: 'ON_TRACK' }]);
      expect(await count(app, 'action_partner', 'action_id', action.id)).toBe(1);
    });

    it('deletes an action with its milestones, capacity, budget lines and links, keeping its goals', async () => {
      const { action, goal } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'action.delete');
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_ACTION, { id: action.id });
      expect(await mutate(await as(DRIVER), DELETE_ACTION, { id: action.id })).toBe(true);
      expect(await count(app, 'action', 'id', action.id)).toBe(0);
      for (const table of ['milestone', 'capacity_commitment', 'budget_line', 'action_goal', 'action_partner', 'action_municipality']) {
        expect({ table, left: await count(app, table, 'action_id', action.id) }).toEqual({ table, left: 0 });
      }
      expect(await count(app, 'goal', 'id', goal.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'action.delete')).toBe(audited + 1);
    });
  });

  describe('milestones', () => {
    it('marks a milestone done and reopens it, refuses bad dates, others and a stale version', async () => {
      const { milestone } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'milestone.update');
      const done = await mutate<Ids>(await as(CO_DRIVER), UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, title: 'Plan van aanpak vastgesteld', doneOn: '2009-06-15' } });
      expect(done).toEqual({ title: 'Plan van aanpak vastgesteld', dueOn: '2009-06-30', doneOn: '2009-06-15', version: milestone.version + 1 });
      const reopened = await mutate(await as(BUREAU), UPDATE_MILESTONE, { input: { id: milestone.id, version: done.version, doneOn: null, dueOn: '2009-09-30' } });
      expect(reopened).toEqual({ title: 'Plan van aanpak vastgesteld', dueOn: '2009-09-30', doneOn: null, version: done.version + 1 });
      expect(await auditCount(app.dataSource, 'milestone.update')).toBe(audited + 2);

      const bureau = await as(BUREAU);
      expect(refusedFields(await bureau.request(UPDATE_MILESTONE, { input: { id: milestone.id, version: done.version + 1, dueOn: '2009-13-01' } }))).toEqual(['dueOn']);
      expect(refusedFields(await bureau.request(UPDATE_MILESTONE, { input: { id: milestone.id, version: done.version + 1, title: '' } }))).toEqual(['title']);
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], UPDATE_MILESTONE, { input: { id: milestone.id, version: done.version + 1, doneOn: '2009-07-01' } });
      expect(codes(await bureau.request(UPDATE_MILESTONE, { input: { id: milestone.id, version: done.version, doneOn: '2009-07-01' } }))).toEqual(['CONFLICT']);
      expect(await app.dataSource.query('SELECT done_on FROM milestone WHERE id = $1', [milestone.id])).toEqual([{ done_on: null }]);
    });

    it('deletes a milestone, keeping the action', async () => {
      const { action, milestone } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'milestone.delete');
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_MILESTONE, { id: milestone.id });
      expect(await mutate(await as(DRIVER), DELETE_MILESTONE, { id: milestone.id })).toBe(true);
      expect(await count(app, 'milestone', 'id', milestone.id)).toBe(0);
      expect(await count(app, 'action', 'id', action.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'milestone.delete')).toBe(audited + 1);
    });
  });

  describe('capacity', () => {
    it('deletes a capacity commitment, refusing those who may not change the action', async () => {
      const { action, capacity } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'capacityCommitment.delete');
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_CAPACITY, { id: capacity.id });
      expect(await mutate(await as(CO_DRIVER), DELETE_CAPACITY, { id: capacity.id })).toBe(true);
      expect(await count(app, 'capacity_commitment', 'action_id', action.id)).toBe(0);
      expect(await auditCount(app.dataSource, 'capacityCommitment.delete')).toBe(audited + 1);
      expect(codes(await (await as(BUREAU)).request(DELETE_CAPACITY, { id: capacity.id }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('budget lines', () => {
    it('records money spent, refuses negative or over-precise amounts, others and a stale version', async () => {
      const { budget } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'budgetLine.update');
      const changed = await mutate(await as(DRIVER), UPDATE_BUDGET, { input: { id: budget.id, version: budget.version, spent: 4250.75, fundingSource: 'rijkssubsidie' } });
      expect(changed).toEqual({ fundingSource: 'rijkssubsidie', year: 2009, committed: 10000, spent: 4250.75, version: budget.version + 1 });
      expect(await auditCount(app.dataSource, 'budgetLine.update')).toBe(audited + 1);

      const bureau = await as(BUREAU);
      const current = budget.version + 1;
      expect(refusedFields(await bureau.request(UPDATE_BUDGET, { input: { id: budget.id, version: current, committed: -1 } }))).toEqual(['committed']);
      expect(refusedFields(await bureau.request(UPDATE_BUDGET, { input: { id: budget.id, version: current, spent: 1.005 } }))).toEqual(['spent']);
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], UPDATE_BUDGET, { input: { id: budget.id, version: current, spent: 1 } });
      expect(codes(await bureau.request(UPDATE_BUDGET, { input: { id: budget.id, version: budget.version, spent: 1 } }))).toEqual(['CONFLICT']);
      expect(await app.dataSource.query('SELECT spent::float AS spent FROM budget_line WHERE id = $1', [budget.id])).toEqual([{ spent: 4250.75 }]);
    });

    it('deletes a budget line, keeping the action', async () => {
      const { action, budget } = await actionWithParts();
      const audited = await auditCount(app.dataSource, 'budgetLine.delete');
      await expectForbidden([OTHER_DRIVER, ZEIST, COLLEGE, VIEWER], DELETE_BUDGET, { id: budget.id });
      expect(await mutate(await as(BUREAU), DELETE_BUDGET, { id: budget.id })).toBe(true);
      expect(await count(app, 'budget_line', 'id', budget.id)).toBe(0);
      expect(await count(app, 'action', 'id', action.id)).toBe(1);
      expect(await auditCount(app.dataSource, 'budgetLine.delete')).toBe(audited + 1);
    });
  });

  describe('mandates', () => {
    async function overlastDriverMandate(): Promise<Ids & { startsOn: string }> {
      const [row] = await app.dataSource.query(
        `SELECT id, version, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM theme_mandate WHERE theme_id = $1 AND role = 'DRIVER' AND ends_on IS NULL`,
        [overlast],
      );
      return row;
    }

    it('lets the bureau change the tasks, responsibilities and powers, and end a mandate', async () => {
      const mandate = await overlastDriverMandate();
      const audited = await auditCount(app.dataSource, 'themeMandate.update');
      const changed = await mutate<Ids>(await as(BUREAU), UPDATE_MANDATE, {
        input: { id: mandate.id, version: mandate.version, tasks: 'Trekt de aanpak jeugdoverlast', responsibilities: 'Rapporteert halfjaarlijks aan het College', powers: 'Spreekt namens het Regionaal College' },
      });
      expect(changed).toEqual({
        role: 'DRIVER',
        tasks: 'Trekt de aanpak jeugdoverlast',
        responsibilities: 'Rapporteert halfjaarlijks aan het College',
        powers: 'Spreekt namens het Regionaal College',
        startsOn: mandate.startsOn,
        endsOn: null,
        version: mandate.version + 1,
      });
      const ended = await mutate(await as(BUREAU), UPDATE_MANDATE, { input: { id: mandate.id, version: changed.version, endsOn: '2011-12-31' } });
      expect(ended).toMatchObject({ endsOn: '2011-12-31', tasks: 'Trekt de aanpak jeugdoverlast', version: changed.version + 1 });
      expect(await auditCount(app.dataSource, 'themeMandate.update')).toBe(audited + 2);
    });

    it('refuses an end before the start, everyone but the bureau, and a stale version', async () => {
      const [mandate] = await app.dataSource.query(`SELECT id, version, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn" FROM theme_mandate WHERE theme_id = $1 AND role = 'CO_DRIVER' LIMIT 1`, [overlast]);
      const bureau = await as(BUREAU);
      const before = await bureau.request(UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, endsOn: '2000-01-01' } });
      expect(refusedFields(before)).toEqual(['endsOn']);
      expect(before.errors?.[0].extensions?.fields?.[0].messageKey).toBe('validation.endBeforeStart');
      expect(refusedFields(await bureau.request(UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, tasks: 'x'.repeat(4001) } }))).toEqual(['tasks']);
      // The theme's own driver and co-driver may not change mandates either: that is the College's bureau.
      await expectForbidden([DRIVER, CO_DRIVER, ZEIST, COLLEGE, VIEWER], UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, tasks: 'Mag niet' } });
      await mutate(bureau, UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, powers: 'Eerste wijziging' } });
      expect(codes(await bureau.request(UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, powers: 'Tweede wijziging' } }))).toEqual(['CONFLICT']);
      expect(await app.dataSource.query('SELECT powers FROM theme_mandate WHERE id = $1', [mandate.id])).toEqual([{ powers: 'Eerste wijziging' }]);
    });
  });

  describe('another region', () => {
    it('refuses the bureau of another region every update and delete, and changes nothing', async () => {
      const second = await addSecondRegion(app.dataSource);
      const other = await as('bureau.gm@regie.example');
      const { goal, indicator, regional } = await goalWithIndicator();
      const { action, milestone, capacity, budget } = await actionWithParts();
      const [mandate] = await app.dataSource.query(`SELECT id, version FROM theme_mandate WHERE theme_id = $1 LIMIT 1`, [overlast]);
      const audited = await auditCount(app.dataSource);

      const attempts: Array<[string, Record<string, unknown>]> = [
        [UPDATE_INDICATOR, { input: { id: indicator.id, version: indicator.version, name: 'Van een andere regio' } }],
        [UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, value: 0 } }],
        [UPDATE_ACTION, { input: { id: action.id, version: action.version, title: 'Van een andere regio' } }],
        [UPDATE_MILESTONE, { input: { id: milestone.id, version: milestone.version, doneOn: '2009-01-01' } }],
        [UPDATE_BUDGET, { input: { id: budget.id, version: budget.version, spent: 1 } }],
        [UPDATE_MANDATE, { input: { id: mandate.id, version: mandate.version, tasks: 'Van een andere regio' } }],
        [DELETE_MEASUREMENT, { id: regional.id }],
        [DELETE_INDICATOR, { id: indicator.id }],
        [DELETE_MILESTONE, { id: milestone.id }],
        [DELETE_CAPACITY, { id: capacity.id }],
        [DELETE_BUDGET, { id: budget.id }],
        [DELETE_ACTION, { id: action.id }],
        [DELETE_GOAL, { id: goal.id }],
      ];
      for (const [query, variables] of attempts) {
        const refused = codes(await other.request(query, variables));
        // The policy refuses before anything else: the record exists, it just is not theirs.
        expect({ mutation: query.slice(0, 60), refused }).toEqual({ mutation: query.slice(0, 60), refused: ['FORBIDDEN'] });
        expect(['FORBIDDEN', 'NOT_FOUND']).toContain(refused[0]);
      }
      expect(await auditCount(app.dataSource)).toBe(audited);
      expect(await count(app, 'goal', 'id', goal.id)).toBe(1);
      expect(await count(app, 'milestone', 'action_id', action.id)).toBe(1);

      // Nor may this region's bureau tie its action to a municipality, partner or owner of the other region.
      const [foreignOrganisation] = await app.dataSource.query(`INSERT INTO organisation (region_id, name, kind) VALUES ($1, 'Politie Oost-Nederland', 'POLICE') RETURNING id`, [second.regionId]);
      const [foreignPerson] = await app.dataSource.query(`INSERT INTO person (region_id, name) VALUES ($1, 'Burgemeester van Arnhem') RETURNING id`, [second.regionId]);
      const tied = await (await as(BUREAU)).request(UPDATE_ACTION, {
        input: { id: action.id, version: action.version, municipalityIds: [second.municipalityId], partnerIds: [foreignOrganisation.id], ownerOrganisationId: foreignOrganisation.id, ownerPersonId: foreignPerson.id },
      });
      expect(refusedFields(tied).sort()).toEqual(['municipalityIds', 'ownerOrganisationId', 'ownerPersonId', 'partnerIds']);
      expect(await count(app, 'action_municipality', 'action_id', action.id)).toBe(1);
    });
  });

  describe('unknown records and signed-out callers', () => {
    it('answers BAD_USER_INPUT for an id that is no id, NOT_FOUND for an unknown one', async () => {
      const bureau = await as(BUREAU);
      for (const query of [DELETE_GOAL, DELETE_INDICATOR, DELETE_MEASUREMENT, DELETE_ACTION, DELETE_MILESTONE, DELETE_CAPACITY, DELETE_BUDGET]) {
        expect({ query, fields: refusedFields(await bureau.request(query, { id: 'niet-een-id' })) }).toEqual({ query, fields: ['id'] });
        expect({ query, codes: codes(await bureau.request(query, { id: '00000000-0000-4000-8000-000000000000' })) }).toEqual({ query, codes: ['NOT_FOUND'] });
      }
      const unknown = { id: '00000000-0000-4000-8000-000000000000', version: 1 };
      for (const query of [UPDATE_INDICATOR, UPDATE_MEASUREMENT, UPDATE_ACTION, UPDATE_MILESTONE, UPDATE_BUDGET, UPDATE_MANDATE]) {
        expect({ query, codes: codes(await bureau.request(query, { input: unknown })) }).toEqual({ query, codes: ['NOT_FOUND'] });
      }
    });

    it('refuses every change to someone who is not signed in', async () => {
      const { goal, regional } = await goalWithIndicator();
      const { action, budget } = await actionWithParts();
      const anonymous = app.client();
      const audited = await auditCount(app.dataSource);
      expect(codes(await anonymous.request(DELETE_GOAL, { id: goal.id }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await anonymous.request(UPDATE_MEASUREMENT, { input: { id: regional.id, version: regional.version, value: 0 } }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await anonymous.request(UPDATE_ACTION, { input: { id: action.id, version: action.version, title: 'Anoniem' } }))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await anonymous.request(DELETE_BUDGET, { id: budget.id }))).toEqual(['UNAUTHENTICATED']);
      expect(await auditCount(app.dataSource)).toBe(audited);
    });
  });
});
