import { codes, GraphqlClient } from '@regie/api/testing';
import { mutate } from '../support/plan';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';
import { CONTRIBUTE, ids, openCycle, TRANSITION, UPDATE_REPORT } from './reporting';

const THEME = 'overlast';
const UPDATE_MEETING = 'mutation ($input: UpdateMeetingInput!) { updateCollegeMeeting(input: $input) { id date location status version cycles { label deadlines { contributionsDue signOffDue bureauCheckDue papersOutOn } } } }';
const UPDATE_CYCLE = 'mutation ($input: UpdateReportCycleInput!) { updateReportCycle(input: $input) { id version contributionDays signOffDays bureauCheckDays papersOutDays deadlines { contributionsDue signOffDue bureauCheckDue papersOutOn } } }';
const CYCLE = 'query ($id: ID!) { reportCycle(id: $id) { version } }';
const READ_REPORT = `query ($id: ID!) { progressReport(id: $id) {
  id status edition text { narrative } contributions { text organisation { name } } prefill { asOf } readingFrozenVersion { edition text { narrative } }
} }`;
const CYCLE_REPORTS = 'query ($id: ID!) { reportCycle(id: $id) { reports { id status text { narrative } readingFrozenVersion { edition } } dashboard { reportId } } }';
const AGENDA = 'query ($id: ID!) { collegeMeeting(id: $id) { agendaItems { report { id text { narrative } readingFrozenVersion { edition } } } } }';

describe('editing meetings and cycles, and reading reports while they are corrected', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let known: Awaited<ReturnType<typeof ids>>;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    known = await ids(app.dataSource);
  });
  afterAll(() => app.close());

  it('lets the bureau change a meeting\'s date, location and status; the cycle\'s deadlines move with the date', async () => {
    const { meeting } = await openCycle(bureau, known.regionId, known.strategyId, 'Verplaatst', '2033-03-15');
    const moved = await mutate<{ date: string; location: string; status: string; version: number; cycles: Array<{ deadlines: Record<string, string> }> }>(bureau, UPDATE_MEETING, {
      input: { id: meeting.id, version: meeting.version, date: '2033-04-12', location: 'Stadhuis Zeist', status: 'HELD' },
    });
    expect(moved).toEqual(expect.objectContaining({ date: '2033-04-12', location: 'Stadhuis Zeist', status: 'HELD', version: meeting.version + 1 }));
    expect(moved.cycles[0].deadlines).toEqual({ papersOutOn: '2033-04-05', bureauCheckDue: '2033-03-31', signOffDue: '2033-03-24', contributionsDue: '2033-03-17' });

    const stale = await bureau.request(UPDATE_MEETING, { input: { id: meeting.id, version: meeting.version, date: '2033-05-01' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const badStatus = await bureau.request(UPDATE_MEETING, { input: { id: meeting.id, version: moved.version, status: 'POSTPONED' } });
    expect(badStatus.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'status', messageKey: 'validation.isIn' })]);
    for (const email of ['college@regie.example', `driver.${THEME}@regie.example`, 'viewer@regie.example', 'gemeente.zeist@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(UPDATE_MEETING, { input: { id: meeting.id, version: moved.version, date: '2033-06-01' } }))).toEqual(['FORBIDDEN']);
    }
    const [row] = await app.dataSource.query('SELECT date::text AS date, version FROM college_meeting WHERE id = $1', [meeting.id]);
    expect(row).toEqual({ date: '2033-04-12', version: moved.version });
  });

  it('lets only the bureau record attendance; the list replaces the earlier one, is audited and refuses a stale version', async () => {
    const { meeting } = await openCycle(bureau, known.regionId, known.strategyId, 'Aanwezigheid', '2033-06-15');
    const driver = known.driverOf(THEME);
    const other = known.driverOf('ondermijning');
    const ATTENDANCE = 'mutation ($meetingId: ID!, $attendance: [AttendanceInput!]!, $version: Int!) { setMeetingAttendance(meetingId: $meetingId, attendance: $attendance, version: $version) { present person { name } } }';
    const READ = 'query ($id: ID!) { collegeMeeting(id: $id) { attendance { present person { name } } } }';
    const versionOf = async () => Number((await app.dataSource.query('SELECT version FROM college_meeting WHERE id = $1', [meeting.id]))[0].version);
    const first = await versionOf();
    await mutate(bureau, ATTENDANCE, { meetingId: meeting.id, attendance: [{ personId: driver.id, present: true }], version: first });
    const auditedBefore = await auditCount(app.dataSource, 'collegeMeeting.attendance');
    await mutate(bureau, ATTENDANCE, { meetingId: meeting.id, attendance: [{ personId: driver.id, present: false }, { personId: other.id, present: true }], version: first + 1 });
    expect(await auditCount(app.dataSource, 'collegeMeeting.attendance')).toBe(auditedBefore + 1);
    // A colleague still editing the list as it was first saved gets CONFLICT; the newer list stays.
    expect(codes(await bureau.request(ATTENDANCE, { meetingId: meeting.id, attendance: [], version: first }))).toEqual(['CONFLICT']);
    expect(await auditCount(app.dataSource, 'collegeMeeting.attendance')).toBe(auditedBefore + 1);
    for (const email of ['college@regie.example', `driver.${THEME}@regie.example`, 'viewer@regie.example', 'gemeente.zeist@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(ATTENDANCE, { meetingId: meeting.id, attendance: [], version: first + 2 }))).toEqual(['FORBIDDEN']);
      const read = await client.request<{ collegeMeeting: { attendance: Array<{ present: boolean; person: { name: string } }> } }>(READ, { id: meeting.id });
      expect(read.data?.collegeMeeting.attendance).toHaveLength(2);
      expect(read.data?.collegeMeeting.attendance).toEqual(expect.arrayContaining([{ present: false, person: { name: driver.name } }, { present: true, person: { name: other.name } }]));
    }
  });

  it('lets the bureau change a cycle\'s lead times and derives the deadlines from them; refuses out-of-range days and other roles', async () => {
    const { cycle } = await openCycle(bureau, known.regionId, known.strategyId, 'Doorlooptijden', '2033-09-30');
    const read = await bureau.request<{ reportCycle: { version: number } }>(CYCLE, { id: cycle.id });
    const reportCycle = { version: Number(read.data?.reportCycle.version) };
    const auditedBefore = await auditCount(app.dataSource, 'reportCycle.update');
    const changed = await mutate<{ version: number; deadlines: Record<string, string> }>(bureau, UPDATE_CYCLE, {
      input: { id: cycle.id, version: reportCycle.version, contributionDays: 10, signOffDays: 3, bureauCheckDays: 2, papersOutDays: 14 },
    });
    expect(changed.deadlines).toEqual({ papersOutOn: '2033-09-16', bureauCheckDue: '2033-09-14', signOffDue: '2033-09-11', contributionsDue: '2033-09-01' });
    expect(await auditCount(app.dataSource, 'reportCycle.update')).toBe(auditedBefore + 1);

    const invalid = await bureau.request(UPDATE_CYCLE, { input: { id: cycle.id, version: changed.version, contributionDays: -1, papersOutDays: 121 } });
    expect(invalid.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'contributionDays', messageKey: 'validation.min' }),
      expect.objectContaining({ field: 'papersOutDays', messageKey: 'validation.max' }),
    ]);
    expect(codes(await bureau.request(UPDATE_CYCLE, { input: { id: cycle.id, version: reportCycle.version, signOffDays: 1 } }))).toEqual(['CONFLICT']);
    for (const email of ['college@regie.example', `driver.${THEME}@regie.example`, `codriver.${THEME}.om@regie.example`, 'viewer@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(UPDATE_CYCLE, { input: { id: cycle.id, version: changed.version, signOffDays: 1 } }))).toEqual(['FORBIDDEN']);
    }
    const [row] = await app.dataSource.query('SELECT contribution_days, sign_off_days, version FROM report_cycle WHERE id = $1', [cycle.id]);
    expect(row).toEqual({ contribution_days: 10, sign_off_days: 3, version: changed.version });
  });

  it('shows readers of submitted reports the last submitted version while the report is corrected, and the theme the new draft', async () => {
    const { meeting, cycle, report } = await openCycle(bureau, known.regionId, known.strategyId, 'Correctie', '2034-02-01');
    const draft = report(THEME);
    const driver = await app.as(`driver.${THEME}@regie.example`);
    const om = await app.as(`codriver.${THEME}.om@regie.example`);
    let version = (await mutate<{ version: number }>(bureau, UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Ingediende tekst' } })).version;
    await mutate(om, CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.om, text: 'Bijdrage zoals ingediend' } });
    version = (await mutate<{ version: number }>(driver, TRANSITION, { input: { id: draft.id, version, transition: 'SIGN_OFF' } })).version;
    version = (await mutate<{ version: number }>(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'SUBMIT' } })).version;
    version = (await mutate<{ version: number }>(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'CORRECT' } })).version;
    await mutate(bureau, UPDATE_REPORT, { input: { id: draft.id, version, narrative: 'Correctie in concept' } });
    const contributions = await app.dataSource.query('SELECT id, version FROM report_contribution WHERE report_id = $1', [draft.id]);
    await mutate(om, CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.om, text: 'Nieuwe bijdrage in concept', version: contributions[0].version } });

    for (const email of ['college@regie.example', 'viewer@regie.example', 'gemeente.zeist@regie.example', 'driver.ondermijning@regie.example']) {
      const reader = await app.as(email);
      const read = await reader.request<{ progressReport: Record<string, unknown> }>(READ_REPORT, { id: draft.id });
      expect(read.errors).toBeUndefined();
      expect(read.data?.progressReport).toEqual(expect.objectContaining({
        status: 'DRAFT',
        edition: 2,
        text: { narrative: 'Ingediende tekst' },
        contributions: [{ text: 'Bijdrage zoals ingediend', organisation: { name: 'Openbaar Ministerie, arrondissement Utrecht' } }],
        readingFrozenVersion: { edition: 1, text: { narrative: 'Ingediende tekst' } },
      }));
      const listed = await reader.request<{ reportCycle: { reports: Array<{ id: string; text: { narrative: string }; readingFrozenVersion: { edition: number } | null }>; dashboard: Array<{ reportId: string }> } }>(CYCLE_REPORTS, { id: cycle.id });
      // (The other theme's driver also reads their own theme's draft in this cycle.)
      expect(listed.data?.reportCycle.reports.filter((r) => r.id === draft.id)).toEqual([{ id: draft.id, status: 'DRAFT', text: { narrative: 'Ingediende tekst' }, readingFrozenVersion: { edition: 1 } }]);
      expect(listed.data?.reportCycle.dashboard.filter((state) => state.reportId === draft.id)).toEqual([]);
      const agenda = await reader.request<{ collegeMeeting: { agendaItems: Array<{ report: unknown }> } }>(AGENDA, { id: meeting.id });
      expect(agenda.data?.collegeMeeting.agendaItems).toEqual([{ report: { id: draft.id, text: { narrative: 'Ingediende tekst' }, readingFrozenVersion: { edition: 1 } } }]);
    }
    for (const client of [bureau, driver, om]) {
      const own = await client.request<{ progressReport: Record<string, unknown> }>(READ_REPORT, { id: draft.id });
      expect(own.data?.progressReport).toEqual(expect.objectContaining({ text: { narrative: 'Correctie in concept' }, contributions: [expect.objectContaining({ text: 'Nieuwe bijdrage in concept' })], readingFrozenVersion: null }));
    }
  });

  it('still refuses readers a report corrected before it was ever submitted', async () => {
    const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Nooit ingediend', '2034-05-01');
    const draft = report(THEME);
    const driver = await app.as(`driver.${THEME}@regie.example`);
    let version = (await mutate<{ version: number }>(bureau, UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Concept' } })).version;
    version = (await mutate<{ version: number }>(driver, TRANSITION, { input: { id: draft.id, version, transition: 'SIGN_OFF' } })).version;
    await mutate(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'CORRECT' } });
    const college = await app.as('college@regie.example');
    expect(codes(await college.request(READ_REPORT, { id: draft.id }))).toEqual(['FORBIDDEN']);
  });
});
