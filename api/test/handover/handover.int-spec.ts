import { codes } from '@regie/api/testing';
import { DataSource } from 'typeorm';
import { addSecondRegion } from '../support/second-region';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const HOLDINGS = `query ($id: ID!) {
  personHoldings(id: $id) { person { id name } hasAccount items { kind id version title themeName detail date } }
}`;
const HAND_OVER = `mutation ($input: HandOverInput!) {
  handOver(input: $input) { mandates actions followUps roleGrants notified }
}`;
const MY_TASKS = `{ myTasks { kind title followUpId } }`;

const personOf = async (dataSource: DataSource, email: string): Promise<string> =>
  (await dataSource.query(`SELECT person_id FROM user_account WHERE email = $1`, [email]))[0].person_id;

interface Held {
  kind: string;
  id: string;
  version: number;
  title: string;
  themeName: string | null;
  detail: string | null;
}

describe('handover', () => {
  let app: TestApp;
  let leaving: string;
  let successor: string;
  beforeAll(async () => {
    app = await startTestApp();
    leaving = await personOf(app.dataSource, 'driver.veelvoorkomende-criminaliteit@regie.example');
    successor = await personOf(app.dataSource, 'driver.overlast@regie.example');
  });
  afterAll(() => app.close());

  const holdings = async (personId: string) => {
    const result = await (await app.as('bureau@regie.example')).request<{ personHoldings: { items: Held[]; hasAccount: boolean } }>(HOLDINGS, { id: personId });
    expect(result.errors).toBeUndefined();
    return result.data?.personHoldings ?? { items: [], hasAccount: false };
  };
  const pick = (items: Held[], kind: string) => items.filter((item) => item.kind === kind).map(({ id, version }) => ({ id, version }));

  it('lists what a driver holds: the mandate, the actions owned and the open follow-up', async () => {
    const { items, hasAccount } = await holdings(leaving);
    expect(hasAccount).toBe(true);
    expect(items.filter((item) => item.kind === 'MANDATE')).toEqual([expect.objectContaining({ themeName: 'Veel voorkomende criminaliteit', detail: 'DRIVER' })]);
    expect(items.filter((item) => item.kind === 'FOLLOW_UP').map((item) => item.title)).toContain('Breng in kaart welke gemeenten de bestuurlijke strafbeschikking willen invoeren.');
  });

  it.each(['driver.veelvoorkomende-criminaliteit@regie.example', 'viewer@regie.example', 'college@regie.example', 'gemeente.zeist@regie.example'])('refuses %s, changing nothing', async (email) => {
    const { items } = await holdings(leaving);
    const before = await auditCount(app.dataSource);
    const client = await app.as(email);
    const afterLogin = await auditCount(app.dataSource);
    expect(codes(await client.request(HOLDINGS, { id: leaving }))).toEqual(['FORBIDDEN']);
    const result = await client.request(HAND_OVER, { input: { fromPersonId: leaving, toPersonId: successor, onDate: '2026-12-01', mandates: [], actions: [], followUps: pick(items, 'FOLLOW_UP') } });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(await auditCount(app.dataSource)).toBe(afterLogin);
    expect(afterLogin).toBe(before + 1);
  });

  it("refuses another region's bureau", async () => {
    await addSecondRegion(app.dataSource);
    const other = await app.as('bureau.gm@regie.example');
    expect(codes(await other.request(HOLDINGS, { id: leaving }))).toEqual(['FORBIDDEN']);
  });

  it('refuses bad input per field and changes nothing', async () => {
    const { items } = await holdings(leaving);
    const otherDriverFollowUp = (await holdings(await personOf(app.dataSource, 'driver.high-impact@regie.example'))).items.filter((item) => item.kind === 'FOLLOW_UP');
    const bureau = await app.as('bureau@regie.example');
    const before = await auditCount(app.dataSource);
    const base = { fromPersonId: leaving, toPersonId: successor, onDate: '2026-12-01', mandates: [], actions: [], followUps: [] };
    const fieldsOf = async (input: object) => (await bureau.request(HAND_OVER, { input })).errors?.[0].extensions?.fields?.map((f) => [f.field, f.messageKey]);
    expect(await fieldsOf(base)).toEqual([['items', 'handover.nothingChosen']]);
    expect(await fieldsOf({ ...base, toPersonId: leaving, followUps: pick(items, 'FOLLOW_UP') })).toEqual([['toPersonId', 'handover.sameSuccessor']]);
    expect(otherDriverFollowUp).not.toEqual([]);
    expect(await fieldsOf({ ...base, followUps: pick(otherDriverFollowUp, 'FOLLOW_UP') })).toEqual([['followUps', 'handover.notHeld']]);
    expect(await fieldsOf({ ...base, onDate: '2026-02-30', followUps: pick(items, 'FOLLOW_UP') })).toEqual([['onDate', 'validation.isIso8601']]);
    expect(await auditCount(app.dataSource)).toBe(before);
    expect((await holdings(leaving)).items).toEqual(items);
  });

  it('refuses a stale version with CONFLICT and moves nothing', async () => {
    const { items } = await holdings(leaving);
    const bureau = await app.as('bureau@regie.example');
    const stale = pick(items, 'FOLLOW_UP').map((item) => ({ ...item, version: item.version + 1 }));
    const result = await bureau.request(HAND_OVER, { input: { fromPersonId: leaving, toPersonId: successor, onDate: '2026-12-01', mandates: pick(items, 'MANDATE'), actions: [], followUps: stale } });
    expect(codes(result)).toEqual(['CONFLICT']);
    expect((await holdings(leaving)).items).toEqual(items);
  });

  it('moves mandate, actions and follow-ups in one transaction: the old mandate ends, the grant and the tasks move, the successor is told', async () => {
    const { items } = await holdings(leaving);
    const input = { fromPersonId: leaving, toPersonId: successor, onDate: '2026-12-01', mandates: pick(items, 'MANDATE'), actions: pick(items, 'ACTION'), followUps: pick(items, 'FOLLOW_UP'), note: 'Verkiezingen' };
    const result = await (await app.as('bureau@regie.example')).request(HAND_OVER, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ handOver: { mandates: 1, actions: input.actions.length, followUps: input.followUps.length, roleGrants: 2, notified: true } });

    const mandates = await app.dataSource.query(
      `SELECT m.person_id, m.starts_on::text, m.ends_on::text, m.tasks FROM theme_mandate m JOIN theme t ON t.id = m.theme_id
        WHERE t.slug = 'veelvoorkomende-criminaliteit' AND m.role = 'DRIVER' AND (m.ends_on IS NULL OR m.ends_on >= '2026-11-30') ORDER BY m.starts_on`,
    );
    expect(mandates.map((m: { person_id: string; ends_on: string | null }) => [m.person_id, m.ends_on])).toEqual([
      [leaving, '2026-11-30'],
      [successor, null],
    ]);
    expect(mandates[1].tasks).toBe(mandates[0].tasks);
    expect((await holdings(leaving)).items.filter((item) => ['MANDATE', 'ACTION', 'FOLLOW_UP'].includes(item.kind))).toEqual([]);

    // The theme's DRIVER grant moved with the mandate: the old account lost it, the successor has it.
    const grants = await app.dataSource.query(
      `SELECT u.email FROM role_assignment g JOIN user_account u ON u.id = g.user_id JOIN theme t ON t.id = g.theme_id
        WHERE g.role = 'DRIVER' AND t.slug = 'veelvoorkomende-criminaliteit'`,
    );
    expect(grants).toEqual([{ email: 'driver.overlast@regie.example' }]);

    const tasks = await (await app.as('driver.overlast@regie.example')).request<{ myTasks: { kind: string; followUpId: string | null }[] }>(MY_TASKS);
    expect(tasks.data?.myTasks.filter((task) => task.kind === 'FOLLOW_UP').map((task) => task.followUpId)).toEqual(expect.arrayContaining(input.followUps.map((f) => f.id)));
    const [notification] = await app.dataSource.query(
      `SELECT n.message_key, n.params->>'from' AS from_name FROM notification n JOIN user_account u ON u.id = n.user_id
        WHERE u.email = 'driver.overlast@regie.example' AND n.message_key = 'notifications.kind.HANDOVER'`,
    );
    expect(notification).toEqual({ message_key: 'notifications.kind.HANDOVER', from_name: expect.any(String) });
    expect(await auditCount(app.dataSource, 'person.handover')).toBe(1);
    expect(await auditCount(app.dataSource, 'themeMandate.create')).toBe(1);
  });
});
