import { codes, GraphqlClient } from '@regie/api/testing';
import { download } from '../support/jobs';
import { themeId } from '../support/plan';
import { auditCount, municipalityBySlug } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const IVP_FIELDS = 'id title periodStart periodEnd adoptedOn adoptionReference linkUrl version document { fileName mediaType sizeBytes } priorities { id title safetyField version theme { slug } }';
const CREATE_IVP = `mutation ($input: CreateIvpInput!) { createIvp(input: $input) { ${IVP_FIELDS} } }`;
const UPDATE_IVP = `mutation ($input: UpdateIvpInput!) { updateIvp(input: $input) { ${IVP_FIELDS} } }`;
const UPLOAD = `mutation ($input: UploadIvpDocumentInput!) { uploadIvpDocument(input: $input) { ${IVP_FIELDS} } }`;
const UPDATE_PRIORITY = 'mutation ($input: UpdateIvpPriorityInput!) { updateIvpPriority(input: $input) { id title safetyField version theme { slug } } }';
const DELETE_PRIORITY = 'mutation ($id: ID!, $version: Int) { deleteIvpPriority(id: $id, version: $version) }';
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Priority {
  id: string;
  title: string;
  safetyField: string;
  version: number;
  theme: { slug: string } | null;
}
interface Ivp {
  id: string;
  title: string;
  adoptedOn: string | null;
  adoptionReference: string | null;
  linkUrl: string | null;
  version: number;
  document: { fileName: string; mediaType: string; sizeBytes: number } | null;
  priorities: Priority[];
}

const dataOf = <T>(result: { data: T | null; errors?: unknown }): T => {
  expect(result.errors).toBeUndefined();
  return result.data as T;
};
const fieldsOf = (result: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; messageKey: string }> } }> }) =>
  (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, messageKey }) => ({ field, messageKey }));

describe('the IVP register', () => {
  let app: TestApp;
  let official: GraphqlClient;
  let otherOfficial: GraphqlClient;
  let bureau: GraphqlClient;
  let utrecht: { id: string };
  let zeist: { id: string };
  let ondermijning: string;

  const ivpsOf = async (client: GraphqlClient, municipalityId: string): Promise<Ivp[]> =>
    dataOf(await client.request<{ ivps: Ivp[] }>(`query ($m: ID!) { ivps(municipalityId: $m) { ${IVP_FIELDS} } }`, { m: municipalityId })).ivps;

  beforeAll(async () => {
    app = await startTestApp();
    official = await app.as('gemeente.utrecht@regie.example');
    otherOfficial = await app.as('gemeente.zeist@regie.example');
    bureau = await app.as('bureau@regie.example');
    utrecht = await municipalityBySlug(app.dataSource, 'utrecht');
    zeist = await municipalityBySlug(app.dataSource, 'zeist');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
  });
  afterAll(() => app.close());

  describe('the plan itself', () => {
    const input = () => ({
      municipalityId: utrecht.id,
      title: 'IVP Utrecht 2011–2014',
      periodStart: '2011-01-01',
      periodEnd: '2014-12-31',
      adoptedOn: '2010-12-16',
      adoptionReference: 'Raadsbesluit 2010-187',
      linkUrl: 'https://www.utrecht.nl/ivp-2011-2014.pdf',
    });

    it('lets the official record the own IVP with period, council adoption and a link, audited', async () => {
      const audits = await auditCount(app.dataSource, 'ivp.create');
      const created = dataOf(await official.request<{ createIvp: Ivp }>(CREATE_IVP, { input: input() })).createIvp;
      expect(created).toMatchObject({ title: 'IVP Utrecht 2011–2014', adoptedOn: '2010-12-16', adoptionReference: 'Raadsbesluit 2010-187', linkUrl: 'https://www.utrecht.nl/ivp-2011-2014.pdf', version: 1, document: null, priorities: [] });
      expect(await auditCount(app.dataSource, 'ivp.create')).toBe(audits + 1);
      expect((await ivpsOf(bureau, utrecht.id)).map((ivp) => ivp.title)).toContain('IVP Utrecht 2011–2014');
    });

    it('refuses a link that is no web address, a period that ends before it starts and a decision reference without date; nothing is written', async () => {
      const before = (await ivpsOf(official, utrecht.id)).length;
      const badLink = await official.request(CREATE_IVP, { input: { ...input(), linkUrl: 'intranet/ivp.pdf' } });
      expect(codes(badLink)).toEqual(['BAD_USER_INPUT']);
      expect(fieldsOf(badLink)).toEqual([{ field: 'linkUrl', messageKey: 'validation.isUrl' }]);
      const badPeriod = await official.request(CREATE_IVP, { input: { ...input(), periodEnd: '2010-12-31' } });
      expect(fieldsOf(badPeriod)).toEqual([{ field: 'periodEnd', messageKey: 'localFit.validation.periodOrder' }]);
      const noDate = await official.request(CREATE_IVP, { input: { ...input(), adoptedOn: null } });
      expect(fieldsOf(noDate)).toEqual([{ field: 'adoptedOn', messageKey: 'localFit.validation.adoptionDateRequired' }]);
      expect((await ivpsOf(official, utrecht.id)).length).toBe(before);
    });

    it('refuses another municipality’s official, on create and on edit', async () => {
      expect(codes(await otherOfficial.request(CREATE_IVP, { input: input() }))).toEqual(['FORBIDDEN']);
      const [own] = await ivpsOf(official, utrecht.id);
      expect(codes(await otherOfficial.request(UPDATE_IVP, { input: { id: own.id, version: own.version, title: 'Overgenomen' } }))).toEqual(['FORBIDDEN']);
      expect((await ivpsOf(official, utrecht.id))[0].title).toBe(own.title);
    });

    it('edits the plan under optimistic locking: a stale version is a CONFLICT and changes nothing', async () => {
      const [own] = await ivpsOf(official, utrecht.id);
      const edited = dataOf(await official.request<{ updateIvp: Ivp }>(UPDATE_IVP, { input: { id: own.id, version: own.version, adoptionReference: 'Raadsbesluit 2010-188', linkUrl: null } })).updateIvp;
      expect(edited).toMatchObject({ adoptionReference: 'Raadsbesluit 2010-188', linkUrl: null, version: own.version + 1 });
      const stale = await official.request(UPDATE_IVP, { input: { id: own.id, version: own.version, title: 'Verouderd' } });
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect((await ivpsOf(official, utrecht.id))[0]).toMatchObject({ title: own.title, version: own.version + 1 });
    });
  });

  describe('the plan as a file', () => {
    const pdf = Buffer.from('%PDF-1.4\n% IVP Utrecht\n');

    it('keeps an uploaded PDF with the IVP, downloadable by the region, with only its name and size in the audit trail', async () => {
      const [own] = await ivpsOf(official, utrecht.id);
      const uploaded = dataOf(
        await official.request<{ uploadIvpDocument: Ivp }>(UPLOAD, { input: { ivpId: own.id, version: own.version, fileName: 'ivp-utrecht.pdf', mediaType: PDF, contentBase64: pdf.toString('base64') } }),
      ).uploadIvpDocument;
      expect(uploaded.document).toEqual({ fileName: 'ivp-utrecht.pdf', mediaType: PDF, sizeBytes: pdf.length });
      expect(uploaded.version).toBe(own.version + 1);

      const response = await download(app, `/api/ivp-documents/${own.id}`, bureau);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(PDF);
      expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
      expect((await download(app, `/api/ivp-documents/${own.id}`)).status).toBe(401);

      const [audit] = await app.dataSource.query(`SELECT after::text AS after FROM audit_event WHERE action = 'ivp.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [own.id]);
      expect(audit.after).toContain('ivp-utrecht.pdf');
      expect(audit.after).not.toContain('documentContent');
    });

    it('refuses another file type, an empty file, a stale version and another municipality', async () => {
      const [own] = await ivpsOf(official, utrecht.id);
      const base = { ivpId: own.id, version: own.version, fileName: 'ivp.docx', mediaType: DOCX, contentBase64: pdf.toString('base64') };
      const image = await official.request(UPLOAD, { input: { ...base, fileName: 'ivp.png', mediaType: 'image/png' } });
      expect(fieldsOf(image)).toEqual([{ field: 'contentBase64', messageKey: 'validation.documentType' }]);
      expect(fieldsOf(await official.request(UPLOAD, { input: { ...base, contentBase64: '' } }))).toEqual([{ field: 'contentBase64', messageKey: 'validation.documentSize' }]);
      expect(codes(await official.request(UPLOAD, { input: { ...base, version: own.version - 1 } }))).toEqual(['CONFLICT']);
      expect(codes(await otherOfficial.request(UPLOAD, { input: base }))).toEqual(['FORBIDDEN']);
      expect((await ivpsOf(official, utrecht.id))[0].document?.fileName).toBe('ivp-utrecht.pdf');
    });

    it('replaces the file with a DOCX and removes it again', async () => {
      const [own] = await ivpsOf(official, utrecht.id);
      const docx = dataOf(
        await official.request<{ uploadIvpDocument: Ivp }>(UPLOAD, { input: { ivpId: own.id, version: own.version, fileName: 'ivp.docx', mediaType: DOCX, contentBase64: Buffer.from('PK docx').toString('base64') } }),
      ).uploadIvpDocument;
      expect(docx.document?.mediaType).toBe(DOCX);
      const removed = dataOf(await official.request<{ updateIvp: Ivp }>(UPDATE_IVP, { input: { id: own.id, version: docx.version, removeDocument: true } })).updateIvp;
      expect(removed.document).toBeNull();
      expect((await download(app, `/api/ivp-documents/${own.id}`, official)).status).toBe(404);
    });
  });

  describe('priorities', () => {
    const ownPriorities = async () => (await ivpsOf(official, utrecht.id)).find((ivp) => ivp.priorities.length > 0)?.priorities as Priority[];

    it('lets the official edit a priority: title, safety field and matching theme, audited', async () => {
      const [priority] = await ownPriorities();
      const audits = await auditCount(app.dataSource, 'ivpPriority.update');
      const edited = dataOf(
        await official.request<{ updateIvpPriority: Priority }>(UPDATE_PRIORITY, { input: { id: priority.id, version: priority.version, title: 'Ondermijnende criminaliteit', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', themeId: ondermijning } }),
      ).updateIvpPriority;
      expect(edited).toEqual({ id: priority.id, title: 'Ondermijnende criminaliteit', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', version: priority.version + 1, theme: { slug: 'ondermijning' } });
      const cleared = dataOf(await official.request<{ updateIvpPriority: Priority }>(UPDATE_PRIORITY, { input: { id: priority.id, version: edited.version, themeId: null } })).updateIvpPriority;
      expect(cleared).toMatchObject({ title: 'Ondermijnende criminaliteit', theme: null });
      expect(await auditCount(app.dataSource, 'ivpPriority.update')).toBe(audits + 2);
    });

    it('refuses a stale version, an unknown safety field, a too short title and another municipality', async () => {
      const [priority] = await ownPriorities();
      expect(codes(await official.request(UPDATE_PRIORITY, { input: { id: priority.id, version: priority.version - 1, title: 'Verouderd' } }))).toEqual(['CONFLICT']);
      expect(fieldsOf(await official.request(UPDATE_PRIORITY, { input: { id: priority.id, version: priority.version, safetyField: 'ONBEKEND' } }))).toEqual([{ field: 'safetyField', messageKey: 'validation.isIn' }]);
      expect(fieldsOf(await official.request(UPDATE_PRIORITY, { input: { id: priority.id, version: priority.version, title: 'X' } }))).toEqual([{ field: 'title', messageKey: 'validation.minLength' }]);
      expect(codes(await otherOfficial.request(UPDATE_PRIORITY, { input: { id: priority.id, version: priority.version, title: 'Overgenomen' } }))).toEqual(['FORBIDDEN']);
      expect((await ownPriorities())[0]).toEqual(priority);
    });

    it('deletes a priority of the own IVP only, and not one changed since the user saw it', async () => {
      const [priority, second] = await ownPriorities();
      expect(codes(await otherOfficial.request(DELETE_PRIORITY, { id: priority.id, version: priority.version }))).toEqual(['FORBIDDEN']);
      expect(codes(await official.request(DELETE_PRIORITY, { id: priority.id, version: priority.version + 1 }))).toEqual(['CONFLICT']);
      const audits = await auditCount(app.dataSource, 'ivpPriority.delete');
      expect(dataOf(await official.request<{ deleteIvpPriority: boolean }>(DELETE_PRIORITY, { id: priority.id, version: priority.version })).deleteIvpPriority).toBe(true);
      expect((await ownPriorities()).map((row) => row.id)).toEqual(expect.not.arrayContaining([priority.id]));
      expect((await ownPriorities()).map((row) => row.id)).toContain(second.id);
      expect(await auditCount(app.dataSource, 'ivpPriority.delete')).toBe(audits + 1);
    });
  });

  it('keeps the bureau reading every municipality’s register', async () => {
    expect((await ivpsOf(bureau, zeist.id)).length).toBeGreaterThan(0);
  });
});
