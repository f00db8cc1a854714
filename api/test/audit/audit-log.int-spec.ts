import { codes } from '@regie/api/testing';
import { addSecondRegion } from '../support/second-region';
import { municipalityBySlug } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const AUDIT = `query ($filter: AuditEventFilter) {
  auditEvents(filter: $filter) { total items { action entityType entityId actor { email } changes { field before after } } }
}`;
type AuditPage = { auditEvents: { total: number; items: Array<{ action: string; entityType: string; entityId: string; actor: { email: string } | null; changes: Array<{ field: string; before: string; after: string }> }> } };

describe('the audit log', () => {
  let app: TestApp;
  let other: Awaited<ReturnType<typeof addSecondRegion>>;
  beforeAll(async () => {
    app = await startTestApp();
    other = await addSecondRegion(app.dataSource);
    const zeist = await municipalityBySlug(app.dataSource, 'zeist');
    await (await app.as('gemeente.zeist@regie.example')).request('mutation ($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { id } }', {
      input: { id: zeist.id, version: zeist.version, population: 61000 },
    });
    await (await app.as('bureau.gm@regie.example')).request('mutation ($input: UpdateMunicipalityInput!) { updateMunicipality(input: $input) { id } }', {
      input: { id: other.municipalityId, version: 1, population: 150000 },
    });
  });
  afterAll(() => app.close());

  it('shows the programme bureau its own region, with who changed which field', async () => {
    const result = await (await app.as('bureau@regie.example')).request<AuditPage>(AUDIT, { filter: { entityType: 'Municipality' } });
    expect(result.data?.auditEvents.total).toBe(1);
    expect(result.data?.auditEvents.items[0]).toEqual({
      action: 'municipality.update',
      entityType: 'Municipality',
      entityId: expect.any(String),
      actor: { email: 'gemeente.zeist@regie.example' },
      changes: [
        { field: 'population', before: '60500', after: '61000' },
        { field: 'version', before: '1', after: '2' },
      ],
    });
  });

  it('shows ADMIN every region and filters by action', async () => {
    const result = await (await app.as('admin@regie.example')).request<AuditPage>(AUDIT, { filter: { action: 'municipality.update' } });
    expect(result.data?.auditEvents.total).toBe(2);
  });

  it('refuses a bureau another region', async () => {
    const result = await (await app.as('bureau@regie.example')).request(AUDIT, { filter: { regionId: other.regionId } });
    expect(codes(result)).toEqual(['FORBIDDEN']);
  });

  it.each(['viewer@regie.example', 'college@regie.example', 'driver.overlast@regie.example', 'gemeente.zeist@regie.example'])('refuses %s', async (email) => {
    expect(codes(await (await app.as(email)).request(AUDIT))).toEqual(['FORBIDDEN']);
  });

  it('cannot be changed afterwards, not even in SQL', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
  });
});

describe('sign-ins in the audit log', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('shows the bureau the sign-ins and sign-outs of its region', async () => {
    const official = await app.as('gemeente.zeist@regie.example');
    await official.request('mutation { logout }');
    const result = await (await app.as('bureau@regie.example')).request<AuditPage>(AUDIT, { filter: { entityType: 'User' } });
    const events = result.data?.auditEvents.items.map((item) => `${item.action} ${item.actor?.email}`);
    expect(events).toEqual(['session.login bureau@regie.example', 'session.logout gemeente.zeist@regie.example', 'session.login gemeente.zeist@regie.example']);
  });
});
