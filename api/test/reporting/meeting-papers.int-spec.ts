import { codes, GraphqlClient } from '@regie/api/testing';
import { mutate } from '../support/plan';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';
import { CREATE_MEETING, ids } from './reporting';

const ADD_ITEM = 'mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id kind title position } }';
const UPLOAD = 'mutation ($input: UploadAgendaDocumentInput!) { uploadAgendaDocument(input: $input) { id fileName mediaType sizeBytes } }';
const ATTENDANCE = 'mutation ($meetingId: ID!, $attendance: [AttendanceInput!]!, $version: Int!) { setMeetingAttendance(meetingId: $meetingId, attendance: $attendance, version: $version) { present person { name } } }';
const OPEN_FOLLOW_UPS = 'query ($regionId: ID!) { openFollowUps(regionId: $regionId) { dueOn overdue owner { name } decision { text kind } } }';

describe('meeting papers: agenda items, documents, attendance and open follow-ups', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let known: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    known = await ids(app.dataSource);
  });
  afterAll(() => app.close());

  it('stores a document on an agenda item in the database and serves it to readers of the region only', async () => {
    const meeting = await mutate<{ id: string }>(bureau, CREATE_MEETING, { input: { regionId: known.regionId, date: '2031-05-01' } });
    const item = await mutate<{ id: string; kind: string; position: number }>(bureau, ADD_ITEM, { input: { meetingId: meeting.id, kind: 'PROPOSAL', title: 'Voorstel regionaal budget 2032' } });
    expect(item).toEqual(expect.objectContaining({ kind: 'PROPOSAL', position: 1 }));
    expect(codes(await bureau.request(ADD_ITEM, { input: { meetingId: meeting.id, kind: 'THEME_REPORT', title: 'Handmatig' } }))).toEqual(['BAD_USER_INPUT']);

    const bytes = Buffer.from('%PDF-1.7 voorstel');
    const driver = await app.as('driver.overlast@regie.example');
    const input = { agendaItemId: item.id, fileName: 'voorstel budget.pdf', mediaType: 'application/pdf', contentBase64: bytes.toString('base64') };
    expect(codes(await driver.request(UPLOAD, { input }))).toEqual(['FORBIDDEN']);
    const document = await mutate<{ id: string; sizeBytes: number }>(bureau, UPLOAD, { input });
    expect(document).toEqual({ id: expect.any(String), fileName: 'voorstel budget.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length });
    expect(codes(await bureau.request(UPLOAD, { input: { ...input, contentBase64: '' } }))).toEqual(['BAD_USER_INPUT']);
    expect(await auditCount(app.dataSource, 'agendaDocument.create')).toBe(1);

    const college = await app.as('college@regie.example');
    const download = await fetch(`${app.url}/api/agenda-documents/${document.id}`, { headers: { cookie: String(college.sessionCookie) } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe('%PDF-1.7 voorstel');
    const anonymous = await fetch(`${app.url}/api/agenda-documents/${document.id}`);
    expect(anonymous.status).toBe(401);
  });

  const meetingVersion = async (id: string) => Number((await app.dataSource.query('SELECT version FROM college_meeting WHERE id = $1', [id]))[0].version);

  it('records attendance with persons of the region only', async () => {
    const meeting = await mutate<{ id: string }>(bureau, CREATE_MEETING, { input: { regionId: known.regionId, date: '2031-06-01' } });
    const driver = known.driverOf('overlast');
    const present = await mutate<Array<{ present: boolean; person: { name: string } }>>(bureau, ATTENDANCE, { meetingId: meeting.id, attendance: [{ personId: driver.id, present: true }], version: await meetingVersion(meeting.id) });
    expect(present).toEqual([{ present: true, person: { name: driver.name } }]);
    const stranger = await bureau.request(ATTENDANCE, { meetingId: meeting.id, attendance: [{ personId: '00000000-0000-4000-8000-000000000000', present: true }], version: await meetingVersion(meeting.id) });
    expect(stranger.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ messageKey: 'reporting.errors.personOutsideRegion' })]);
    expect(await auditCount(app.dataSource, 'collegeMeeting.attendance')).toBe(1);
  });

  it('lists the demo follow-ups still open, overdue first, for everyone in the region', async () => {
    const viewer = await app.as('viewer@regie.example');
    const open = await viewer.request<{ openFollowUps: Array<{ dueOn: string; overdue: boolean; owner: { name: string }; decision: { kind: string } }> }>(OPEN_FOLLOW_UPS, { regionId: known.regionId });
    expect(open.data?.openFollowUps.map((f) => [f.dueOn, f.decision.kind, f.owner.name, f.overdue])).toEqual([
      ['2010-04-01', 'TOEZEGGING', 'Politiechef, thema Ondermijning', true],
      ['2010-05-01', 'OPDRACHT', 'Burgemeester van Amersfoort', true],
      ['2010-10-01', 'OPDRACHT', 'Burgemeester van Veenendaal', true],
    ]);
  });
});
