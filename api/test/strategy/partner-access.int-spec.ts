import { codes, GraphqlClient, GraphqlResponse } from '@regie/api/testing';
import { auditCount, municipalityBySlug } from '../support/queries';
import { CREATE_GOAL, mutate, organisationId, themeId } from '../support/plan';
import { CONTRIBUTE, ids, openCycle, REPORT } from '../reporting/reporting';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The PARTNER role (issue 11): a partner organisation's people update their own capacity lines, their own
 * milestones (dates only) and their own contributions, read what the region shares, and nothing else.
 * Every mutation a partner may call, in and out of scope, and a sample of those it may never call.
 */

const UPDATE_CAPACITY = 'mutation ($input: UpdateCapacityInput!) { updateCapacity(input: $input) { id amount realisedAmount note version organisation { name } } }';
const UPDATE_MILESTONE = 'mutation ($input: UpdateMilestoneInput!) { updateMilestone(input: $input) { id title dueOn doneOn version organisation { name } } }';
const ADD_MILESTONE = 'mutation ($input: AddMilestoneInput!) { addMilestone(input: $input) { id version organisation { name } } }';

const HALT = 'partner.halt@regie.example';
const GGD = 'partner.ggd@regie.example';
const RECLASSERING = 'partner.reclassering@regie.example';
const BUREAU = 'bureau@regie.example';
const DRIVER = 'driver.overlast@regie.example';
const VIEWER = 'viewer@regie.example';

/** The fields a BAD_USER_INPUT answer names. */
const refusedFields = (result: GraphqlResponse<unknown>) => ((result.errors?.[0].extensions?.fields ?? []) as Array<{ field: string }>).map((f) => f.field);

type Line = { id: string; version: number; amount: number; realised_amount: string | null; note: string | null };
type Stone = { id: string; version: number; title: string; due_on: string; done_on: string | null };

describe('partner access', () => {
  let app: TestApp;
  const clients = new Map<string, GraphqlClient>();
  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await app.as(email));
    return clients.get(email) as GraphqlClient;
  };
  let halt: string;
  let ggd: string;
  let jeugdzorg: string;
  let shortlist: { id: string; version: number };
  let overlast: string;

  const capacity = async (action: string, organisation: string, period = '2009'): Promise<Line> => {
    const [row] = await app.dataSource.query('SELECT id, version, amount::float AS amount, realised_amount::text, note FROM capacity_commitment WHERE action_id = $1 AND organisation_id = $2 AND period = $3', [action, organisation, period]);
    return row;
  };
  const milestone = async (action: string, organisation: string): Promise<Stone> => {
    const [row] = await app.dataSource.query("SELECT id, version, title, due_on::text, done_on::text FROM milestone WHERE action_id = $1 AND organisation_id = $2 ORDER BY due_on LIMIT 1", [action, organisation]);
    return row;
  };

  beforeAll(async () => {
    app = await startTestApp();
    halt = await organisationId(app.dataSource, 'Bureau Halt');
    ggd = await organisationId(app.dataSource, 'GGD regio Utrecht');
    jeugdzorg = await organisationId(app.dataSource, 'Bureau Jeugdzorg');
    overlast = await themeId(app.dataSource, 'overlast');
    [shortlist] = await app.dataSource.query("SELECT id, version FROM action WHERE title = 'Shortlistmethodiek jeugdgroepen'");
  });
  afterAll(() => app.close());

  describe('the demo', () => {
    it('gives each partner account a PARTNER grant for its organisation and work on demo actions', async () => {
      const rows = await app.dataSource.query(`SELECT u.email, o.name, r.role FROM user_account u JOIN role_assignment r ON r.user_id = u.id JOIN organisation o ON o.id = r.organisation_id WHERE u.email LIKE 'partner.%' ORDER BY u.email`);
      expect(rows).toEqual([
        { email: GGD, name: 'GGD regio Utrecht', role: 'PARTNER' },
        { email: HALT, name: 'Bureau Halt', role: 'PARTNER' },
        { email: RECLASSERING, name: 'Reclassering', role: 'PARTNER' },
      ]);
      for (const organisation of [halt, ggd, await organisationId(app.dataSource, 'Reclassering')]) {
        const [work] = await app.dataSource.query('SELECT (SELECT count(*)::int FROM capacity_commitment WHERE organisation_id = $1) AS lines, (SELECT count(*)::int FROM milestone WHERE organisation_id = $1) AS milestones', [organisation]);
        expect(work.lines).toBeGreaterThan(0);
        expect(work.milestones).toBeGreaterThan(0);
      }
    });
  });

  describe('ourWork', () => {
    it("lists the actions the partner's organisation owns or takes part in, with its lines; nothing for other roles", async () => {
      const result = await (await as(HALT)).request<{ ourWork: Array<{ title: string; theme: { slug: string }; capacity: Array<{ organisation: { name: string } }> }> }>(
        '{ ourWork { title theme { slug } capacity { organisation { name } } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.ourWork.map((action) => action.title)).toEqual(['Shortlistmethodiek jeugdgroepen']);
      expect(result.data?.ourWork[0].capacity.map((line) => line.organisation.name)).toContain('Bureau Halt');
      const ggdWork = await (await as(GGD)).request<{ ourWork: Array<{ title: string }> }>('{ ourWork { title } }');
      expect(ggdWork.data?.ourWork.map((action) => action.title).sort()).toEqual(['Barrièremodel mensenhandel', 'Buurtbemiddeling in alle gemeenten']);
      const bureau = await (await as(BUREAU)).request<{ ourWork: unknown[] }>('{ ourWork { title } }');
      expect(bureau.data?.ourWork).toEqual([]);
    });
  });

  describe('updateCapacity', () => {
    it('lets a partner report the realised amount of its own line, audited', async () => {
      const line = await capacity(shortlist.id, halt);
      const audited = await auditCount(app.dataSource, 'capacityCommitment.update');
      const updated = await mutate<{ amount: number; realisedAmount: number; note: string; version: number; organisation: { name: string } }>(await as(HALT), UPDATE_CAPACITY, {
        input: { id: line.id, version: line.version, realisedAmount: 0.7, note: '  Twee Halt-medewerkers, deels  ' },
      });
      expect(updated).toEqual({ id: line.id, amount: 0.8, realisedAmount: 0.7, note: 'Twee Halt-medewerkers, deels', version: line.version + 1, organisation: { name: 'Bureau Halt' } });
      expect(await auditCount(app.dataSource, 'capacityCommitment.update')).toBe(audited + 1);
      const [event] = await app.dataSource.query("SELECT a.region_id, u.email FROM audit_event a JOIN user_account u ON u.id = a.actor_user_id WHERE a.action = 'capacityCommitment.update' AND a.entity_id = $1", [line.id]);
      expect(event.email).toBe(HALT);
    });

    it("refuses another organisation's line to a partner and changes nothing", async () => {
      const other = await capacity(shortlist.id, jeugdzorg);
      for (const email of [HALT, GGD, RECLASSERING, VIEWER]) {
        const result = await (await as(email)).request(UPDATE_CAPACITY, { input: { id: other.id, version: other.version, realisedAmount: 5 } });
        expect({ email, codes: codes(result) }).toEqual({ email, codes: ['FORBIDDEN'] });
      }
      expect(await capacity(shortlist.id, jeugdzorg)).toEqual(other);
    });

    it('lets the bureau and the theme driver change any line of their scope, audited', async () => {
      const line = await capacity(shortlist.id, jeugdzorg, '2010');
      const audited = await auditCount(app.dataSource, 'capacityCommitment.update');
      const byBureau = await mutate<{ amount: number; version: number }>(await as(BUREAU), UPDATE_CAPACITY, { input: { id: line.id, version: line.version, amount: 1.2 } });
      expect(byBureau.amount).toBe(1.2);
      const byDriver = await mutate<{ realisedAmount: number | null; version: number }>(await as(DRIVER), UPDATE_CAPACITY, { input: { id: line.id, version: byBureau.version, realisedAmount: 1 } });
      expect(byDriver.realisedAmount).toBe(1);
      const cleared = await mutate<{ realisedAmount: number | null }>(await as(DRIVER), UPDATE_CAPACITY, { input: { id: line.id, version: byDriver.version, realisedAmount: null } });
      expect(cleared.realisedAmount).toBeNull();
      expect(await auditCount(app.dataSource, 'capacityCommitment.update')).toBe(audited + 3);
      const otherDriver = await (await as('driver.ondermijning@regie.example')).request(UPDATE_CAPACITY, { input: { id: line.id, version: byDriver.version + 1, amount: 9 } });
      expect(codes(otherDriver)).toEqual(['FORBIDDEN']);
    });

    it('refuses bad amounts per field and changes nothing', async () => {
      const line = await capacity(shortlist.id, halt, '2010');
      for (const [input, field] of [
        [{ realisedAmount: -1 }, 'realisedAmount'],
        [{ amount: 100_001 }, 'amount'],
        [{ amount: null }, 'amount'],
        [{ note: 'x'.repeat(501) }, 'note'],
      ] as const) {
        const result = await (await as(HALT)).request(UPDATE_CAPACITY, { input: { id: line.id, version: line.version, ...input } });
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
        expect(refusedFields(result)).toContain(field);
      }
      expect(await capacity(shortlist.id, halt, '2010')).toEqual(line);
    });

    it('answers CONFLICT on a stale version and keeps the newer value', async () => {
      const line = await capacity(shortlist.id, halt, '2010');
      await mutate(await as(HALT), UPDATE_CAPACITY, { input: { id: line.id, version: line.version, realisedAmount: 0.5 } });
      const audited = await auditCount(app.dataSource, 'capacityCommitment.update');
      for (const email of [HALT, BUREAU]) {
        const stale = await (await as(email)).request(UPDATE_CAPACITY, { input: { id: line.id, version: line.version, realisedAmount: 0.9 } });
        expect(codes(stale)).toEqual(['CONFLICT']);
      }
      expect((await capacity(shortlist.id, halt, '2010')).realised_amount).toBe('0.5');
      expect(await auditCount(app.dataSource, 'capacityCommitment.update')).toBe(audited);
    });

    it('answers NOT_FOUND for an unknown line', async () => {
      const result = await (await as(HALT)).request(UPDATE_CAPACITY, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, amount: 1 } });
      expect(codes(result)).toEqual(['NOT_FOUND']);
    });
  });

  describe('updateMilestone', () => {
    it('lets a partner mark its own milestone done and move its date, audited', async () => {
      const own = await milestone(shortlist.id, halt);
      const audited = await auditCount(app.dataSource, 'milestone.update');
      const done = await mutate<{ doneOn: string; version: number; organisation: { name: string } }>(await as(HALT), UPDATE_MILESTONE, { input: { id: own.id, version: own.version, doneOn: '2009-09-20' } });
      expect(done).toMatchObject({ doneOn: '2009-09-20', version: own.version + 1, organisation: { name: 'Bureau Halt' } });
      const moved = await mutate<{ dueOn: string; doneOn: string | null; version: number }>(await as(HALT), UPDATE_MILESTONE, { input: { id: own.id, version: done.version, dueOn: '2009-10-31', doneOn: null } });
      expect(moved).toMatchObject({ dueOn: '2009-10-31', doneOn: null });
      expect(await auditCount(app.dataSource, 'milestone.update')).toBe(audited + 2);
    });

    it("refuses a partner the milestone's title and organisation, and others' milestones, changing nothing", async () => {
      const own = await milestone(shortlist.id, halt);
      const [police] = await app.dataSource.query("SELECT m.id, m.version FROM milestone m JOIN organisation o ON o.id = m.organisation_id WHERE m.action_id = $1 AND o.name = 'Politie Utrecht' LIMIT 1", [shortlist.id]);
      const attempts: Array<[string, Record<string, unknown>]> = [
        [HALT, { id: own.id, version: own.version, title: 'Andere titel' }],
        [HALT, { id: own.id, version: own.version, organisationId: ggd }],
        [HALT, { id: own.id, version: own.version, doneOn: '2009-09-01', title: 'Samen met titel' }],
        [HALT, { id: police.id, version: police.version, doneOn: '2009-09-01' }],
        [GGD, { id: own.id, version: own.version, doneOn: '2009-09-01' }],
        [VIEWER, { id: own.id, version: own.version, doneOn: '2009-09-01' }],
      ];
      for (const [email, input] of attempts) {
        const result = await (await as(email)).request(UPDATE_MILESTONE, { input });
        expect({ email, input, codes: codes(result) }).toEqual({ email, input, codes: ['FORBIDDEN'] });
      }
      expect(await milestone(shortlist.id, halt)).toEqual(own);
    });

    it('answers CONFLICT to a partner on a stale version', async () => {
      const own = await milestone(shortlist.id, halt);
      await mutate(await as(DRIVER), UPDATE_MILESTONE, { input: { id: own.id, version: own.version, title: 'Halt-afdoening aangeboden aan alle groepsjongeren' } });
      const stale = await (await as(HALT)).request(UPDATE_MILESTONE, { input: { id: own.id, version: own.version, doneOn: '2009-09-01' } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect((await milestone(shortlist.id, halt)).done_on).toBeNull();
    });

    it("defaults a new milestone's organisation to the action's owner and lets the driver name a partner", async () => {
      const driver = await as(DRIVER);
      const byDefault = await mutate<{ organisation: { name: string } }>(driver, ADD_MILESTONE, { input: { actionId: shortlist.id, title: 'Evaluatie met de groepen', dueOn: '2010-03-01' } });
      expect(byDefault.organisation.name).toBe('Politie Utrecht');
      const named = await mutate<{ id: string; version: number; organisation: { name: string } }>(driver, ADD_MILESTONE, { input: { actionId: shortlist.id, title: 'Halt-evaluatie', dueOn: '2010-04-01', organisationId: halt } });
      expect(named.organisation.name).toBe('Bureau Halt');
      const moved = await mutate<{ organisation: { name: string } }>(driver, UPDATE_MILESTONE, { input: { id: named.id, version: named.version, organisationId: jeugdzorg } });
      expect(moved.organisation.name).toBe('Bureau Jeugdzorg');
      // A partner may not add milestones, even to an action it takes part in.
      expect(codes(await (await as(HALT)).request(ADD_MILESTONE, { input: { actionId: shortlist.id, title: 'Eigen mijlpaal', dueOn: '2010-05-01' } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('contributions', () => {
    it('lets a partner contribute for its own organisation to a theme it works in, and nothing else', async () => {
      const known = await ids(app.dataSource);
      const bureau = await as(BUREAU);
      const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Partners 1', '2031-06-01');
      const draft = report('overlast');
      await mutate(bureau, 'mutation ($input: ReportTransitionInput!) { transitionProgressReport(input: $input) { id } }', { input: { id: draft.id, version: draft.version, transition: 'OPEN_CONTRIBUTIONS' } });
      const audited = await auditCount(app.dataSource, 'reportContribution.create');

      const created = await mutate<{ id: string; version: number; organisation: { name: string } }>(await as(HALT), CONTRIBUTE, { input: { reportId: draft.id, organisationId: halt, text: 'Halt bood alle jongeren een afdoening aan.' } });
      expect(created.organisation.name).toBe('Bureau Halt');
      expect(await auditCount(app.dataSource, 'reportContribution.create')).toBe(audited + 1);
      const updated = await mutate<{ text: string; version: number }>(await as(HALT), CONTRIBUTE, { input: { reportId: draft.id, organisationId: halt, text: 'Halt bood 40 jongeren een afdoening aan.', version: created.version } });
      expect(updated).toMatchObject({ text: 'Halt bood 40 jongeren een afdoening aan.', version: created.version + 1 });
      expect(await auditCount(app.dataSource, 'reportContribution.update')).toBeGreaterThan(0);

      // For another organisation; a partner not in any action of the theme; a stale version.
      expect(codes(await (await as(HALT)).request(CONTRIBUTE, { input: { reportId: draft.id, organisationId: ggd, text: 'Namens de GGD' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await (await as(RECLASSERING)).request(CONTRIBUTE, { input: { reportId: draft.id, organisationId: await organisationId(app.dataSource, 'Reclassering'), text: 'Namens de reclassering' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await (await as(HALT)).request(CONTRIBUTE, { input: { reportId: draft.id, organisationId: halt, text: 'Oude versie', version: created.version } }))).toEqual(['CONFLICT']);
      // GGD takes part in Buurtbemiddeling (overlast) and may contribute too.
      await mutate(await as(GGD), CONTRIBUTE, { input: { reportId: draft.id, organisationId: ggd, text: 'De GGD werft bemiddelaars.' } });

      const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM report_contribution WHERE report_id = $1', [draft.id]);
      expect(n).toBe(2);
      // The draft report stays with the theme: the partner cannot read it, the bureau sees both contributions.
      const asPartner = await (await as(HALT)).request(REPORT, { id: draft.id });
      expect(codes(asPartner)).toEqual(['FORBIDDEN']);
      const asBureau = await bureau.request<{ progressReport: { contributions: Array<{ organisation: { name: string } }> } }>(REPORT, { id: draft.id });
      expect(asBureau.data?.progressReport.contributions.map((c) => c.organisation.name).sort()).toEqual(['Bureau Halt', 'GGD regio Utrecht']);
    });
  });

  describe('what a partner may never do', () => {
    it('refuses plan, budget, mandate and municipality mutations', async () => {
      const client = await as(HALT);
      const zeist = await municipalityBySlug(app.dataSource, 'zeist');
      const [goal] = await app.dataSource.query('SELECT id, version FROM goal WHERE theme_id = $1 LIMIT 1', [overlast]);
      const [person] = await app.dataSource.query('SELECT id FROM person LIMIT 1');
      const [budget] = await app.dataSource.query('SELECT id, version FROM budget_line WHERE action_id = $1 LIMIT 1', [shortlist.id]);
      const audited = await auditCount(app.dataSource);
      const refused: Array<[string, Record<string, unknown>]> = [
        [CREATE_GOAL, { input: { themeId: overlast, title: 'Doel van Halt' } }],
        ['mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { id } }', { input: { id: goal.id, version: goal.version, title: 'Ander doel' } }],
        ['mutation ($input: UpdateActionInput!) { updateAction(input: $input) { id } }', { input: { id: shortlist.id, version: shortlist.version, title: 'Andere titel' } }],
        ['mutation ($id: ID!) { deleteAction(id: $id) }', { id: shortlist.id }],
        ['mutation ($input: AddBudgetLineInput!) { addBudgetLine(input: $input) { id } }', { input: { actionId: shortlist.id, organisationId: halt, fundingSource: 'eigen middelen', year: 2009, committed: 1000 } }],
        ['mutation ($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { id } }', { input: { id: budget.id, version: budget.version, spent: 1 } }],
        ['mutation ($input: AddCapacityInput!) { addCapacity(input: $input) { id } }', { input: { actionId: shortlist.id, organisationId: halt, period: '2011', amount: 1, unit: 'FTE' } }],
        ['mutation ($id: ID!) { deleteCapacity(id: $id) }', { id: (await capacity(shortlist.id, halt)).id }],
        ['mutation ($id: ID!) { deleteMilestone(id: $id) }', { id: (await milestone(shortlist.id, halt)).id }],
        ['mutation ($input: AssignMandateInput!) { assignMandate(input: $input) { id } }', { input: { themeId: overlast, personId: person.id, role: 'CO_DRIVER', startsOn: '2009-01-01' } }],
        ['mutation ($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { id } }', { input: { id: zeist.id, version: zeist.version, population: 1 } }],
      ];
      for (const [query, variables] of refused) {
        const result = await client.request(query, variables);
        expect({ query: query.slice(0, 50), codes: codes(result) }).toEqual({ query: query.slice(0, 50), codes: ['FORBIDDEN'] });
      }
      expect(await auditCount(app.dataSource)).toBe(audited);
    });

    it('refuses the audit log and overlap signals, and reads the shared plan', async () => {
      const client = await as(HALT);
      const known = await ids(app.dataSource);
      expect(codes(await client.request('query ($filter: AuditEventFilter) { auditEvents(filter: $filter) { total } }', { filter: { regionId: known.regionId } }))).toEqual(['FORBIDDEN']);
      expect(codes(await client.request('query ($regionId: ID) { overlapSignals(regionId: $regionId) { kind } }', { regionId: known.regionId }))).toEqual(['FORBIDDEN']);
      const theme = await client.request<{ theme: { actions: Array<{ title: string; capacity: Array<{ organisation: { name: string }; amount: number }> }> } }>(
        'query ($id: ID!) { theme(id: $id) { actions { title capacity { amount organisation { name } } } } }',
        { id: overlast },
      );
      expect(theme.errors).toBeUndefined();
      const action = theme.data?.theme.actions.find((a) => a.title === 'Shortlistmethodiek jeugdgroepen');
      expect(action?.capacity.map((line) => line.organisation.name)).toEqual(expect.arrayContaining(['Bureau Halt', 'Bureau Jeugdzorg', 'Politie Utrecht']));
    });
  });
});
