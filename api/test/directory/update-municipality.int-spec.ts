import { codes } from '@regie/api/testing';
import { auditCount, municipalityBySlug } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const UPDATE = `mutation ($input: UpdateMunicipalityInput!) {
  updateMunicipality(input: $input) { id population websiteUrl version }
}`;

describe('updateMunicipality', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('lets a municipality official update their own municipality, audited with before and after', async () => {
    const zeist = await municipalityBySlug(app.dataSource, 'zeist');
    const client = await app.as('gemeente.zeist@regie.example');
    const result = await client.request(UPDATE, { input: { id: zeist.id, version: zeist.version, population: 60700, websiteUrl: 'https://www.zeist.nl' } });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ updateMunicipality: { id: zeist.id, population: 60700, websiteUrl: 'https://www.zeist.nl', version: zeist.version + 1 } });
    const [event] = await app.dataSource.query(
      `SELECT e.action, e.entity_id, e.before->>'population' AS before, e.after->>'population' AS after, u.email, e.request_id
         FROM audit_event e JOIN user_account u ON u.id = e.actor_user_id
        WHERE e.action = 'municipality.update' ORDER BY e.id DESC LIMIT 1`,
    );
    expect(event).toEqual({ action: 'municipality.update', entity_id: zeist.id, before: '60500', after: '60700', email: 'gemeente.zeist@regie.example', request_id: expect.any(String) });
  });

  it('refuses a municipality official on another municipality, changing nothing', async () => {
    const deBilt = await municipalityBySlug(app.dataSource, 'de-bilt');
    const audits = await auditCount(app.dataSource);
    const client = await app.as('gemeente.zeist@regie.example');
    const afterLogin = await auditCount(app.dataSource);
    const result = await client.request(UPDATE, { input: { id: deBilt.id, version: deBilt.version, population: 1 } });
    expect(codes(result)).toEqual(['FORBIDDEN']);
    expect(await municipalityBySlug(app.dataSource, 'de-bilt')).toEqual(deBilt);
    expect(await auditCount(app.dataSource)).toBe(afterLogin);
    expect(afterLogin).toBe(audits + 1);
  });

  it.each(['viewer@regie.example', 'college@regie.example', 'driver.overlast@regie.example', 'codriver.ondermijning.om@regie.example'])(
    'refuses %s',
    async (email) => {
      const utrecht = await municipalityBySlug(app.dataSource, 'utrecht');
      const result = await (await app.as(email)).request(UPDATE, { input: { id: utrecht.id, version: utrecht.version, population: 1 } });
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(await municipalityBySlug(app.dataSource, 'utrecht')).toEqual(utrecht);
    },
  );

  it('lets the programme bureau update any municipality of its region', async () => {
    const houten = await municipalityBySlug(app.dataSource, 'houten');
    const result = await (await app.as('bureau@regie.example')).request(UPDATE, { input: { id: houten.id, version: houten.version, population: 47100 } });
    expect(result.data).toEqual({ updateMunicipality: expect.objectContaining({ population: 47100 }) });
  });

  it('refuses a stale version with CONFLICT and keeps the newer value', async () => {
    const soest = await municipalityBySlug(app.dataSource, 'soest');
    const bureau = await app.as('bureau@regie.example');
    const official = await app.as('gemeente.soest@regie.example');
    expect(codes(await bureau.request(UPDATE, { input: { id: soest.id, version: soest.version, population: 45100 } }))).toEqual([]);
    const stale = await official.request(UPDATE, { input: { id: soest.id, version: soest.version, population: 44000 } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(await municipalityBySlug(app.dataSource, 'soest')).toEqual(expect.objectContaining({ population: 45100, version: soest.version + 1 }));
  });

  it('refuses bad input per field and changes nothing', async () => {
    const baarn = await municipalityBySlug(app.dataSource, 'baarn');
    const result = await (await app.as('bureau@regie.example')).request(UPDATE, {
      input: { id: baarn.id, version: baarn.version, population: -5, websiteUrl: 'javascript:alert(1)' },
    });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields?.map((f) => [f.field, f.messageKey])).toEqual([
      ['population', 'validation.min'],
      ['websiteUrl', 'validation.isUrl'],
    ]);
    expect(await municipalityBySlug(app.dataSource, 'baarn')).toEqual(baarn);
  });

  it('answers NOT_FOUND for an unknown municipality', async () => {
    const result = await (await app.as('admin@regie.example')).request(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, population: 1 } });
    expect(codes(result)).toEqual(['NOT_FOUND']);
  });

  it('rolls the change back when the audit event cannot be written', async () => {
    const rhenen = await municipalityBySlug(app.dataSource, 'rhenen');
    const bureau = await app.as('bureau@regie.example');
    await app.dataSource.query(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store down'; END; $$`);
    await app.dataSource.query('CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION refuse_audit()');
    try {
      const result = await bureau.request(UPDATE, { input: { id: rhenen.id, version: rhenen.version, population: 1 } });
      expect(codes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    } finally {
      await app.dataSource.query('DROP TRIGGER refuse_audit ON audit_event; DROP FUNCTION refuse_audit()');
    }
    expect(await municipalityBySlug(app.dataSource, 'rhenen')).toEqual(rhenen);
  });
});
