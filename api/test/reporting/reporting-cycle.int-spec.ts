import { codes, GraphqlClient } from '@regie/api/testing';
import { auditCount } from '../support/queries';
import { mutate } from '../support/plan';
import { startTestApp, TestApp } from '../support/test-app';
import { CLOSE_FOLLOW_UP, CONTRIBUTE, ids, MY_TASKS, openCycle, RECORD_DECISION, REPORT, TRANSITION, UPDATE_MEETING, UPDATE_REPORT } from './reporting';

type Ids = Awaited<ReturnType<typeof ids>>;
const THEME = 'veelvoorkomende-criminaliteit';

describe('the reporting cycle', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let driver: GraphqlClient;
  let om: GraphqlClient;
  let politie: GraphqlClient;
  let known: Ids;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    driver = await app.as(`driver.${THEME}@regie.example`);
    om = await app.as(`codriver.${THEME}.om@regie.example`);
    politie = await app.as(`codriver.${THEME}.politie@regie.example`);
    known = await ids(app.dataSource);
  });
  afterAll(() => app.close());

  it('derives the deadlines backwards from the meeting date and moves them with it', async () => {
    const { meeting, cycle } = await openCycle(bureau, known.regionId, known.strategyId, 'Deadlines 1', '2030-03-15');
    expect(cycle.deadlines).toEqual({ papersOutOn: '2030-03-08', bureauCheckDue: '2030-03-03', signOffDue: '2030-02-24', contributionsDue: '2030-02-17' });
    await mutate(bureau, UPDATE_MEETING, { input: { id: meeting.id, version: meeting.version, date: '2030-04-15' } });
    const moved = await bureau.request<{ reportCycle: { deadlines: Record<string, string> } }>('query ($id: ID!) { reportCycle(id: $id) { deadlines { papersOutOn signOffDue } } }', { id: cycle.id });
    expect(moved.data?.reportCycle.deadlines).toEqual({ papersOutOn: '2030-04-08', signOffDue: '2030-03-27' });
  });

  it('refuses cycles and meetings to everyone but the bureau', async () => {
    for (const client of [driver, om, await app.as('college@regie.example'), await app.as('viewer@regie.example'), await app.as('gemeente.zeist@regie.example')]) {
      const result = await client.request('mutation ($input: CreateMeetingInput!) { createCollegeMeeting(input: $input) { id } }', { input: { regionId: known.regionId, date: '2031-01-01' } });
      expect(codes(result)).toEqual(['FORBIDDEN']);
    }
  });

  it('runs a report from draft to the agenda, with a decision whose follow-up reaches the owner and the next cycle', async () => {
    const { meeting, report } = await openCycle(bureau, known.regionId, known.strategyId, 'Journey 1', '2031-03-01');
    const draft = report(THEME);
    const written = await mutate<{ version: number }>(bureau, UPDATE_REPORT, {
      input: { id: draft.id, version: draft.version, narrative: 'De aanpak woninginbraken loopt.', dimensions: [{ dimension: 'RESULTS', status: 'AMBER', explanation: 'Inbraken stijgen in twee gemeenten.' }] },
    });
    const opened = await mutate<{ version: number; status: string }>(bureau, TRANSITION, { input: { id: draft.id, version: written.version, transition: 'OPEN_CONTRIBUTIONS' } });
    expect(opened.status).toBe('CONTRIBUTIONS');

    // Co-drivers contribute for their own organisation only; they cannot sign off.
    const contribution = await mutate<{ organisation: { name: string } }>(om, CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.om, text: 'Het OM zet in op snelrecht.' } });
    expect(contribution.organisation.name).toBe('Openbaar Ministerie, arrondissement Utrecht');
    expect(codes(await om.request(CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.politie, text: 'Namens de politie' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await politie.request(CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.om, text: 'Namens het OM' } }))).toEqual(['FORBIDDEN']);
    const own = await mutate<{ organisation: { name: string } }>(politie, CONTRIBUTE, { input: { reportId: draft.id, organisationId: known.politie, text: 'De politie zet extra surveillance in.' } });
    expect(own.organisation.name).toBe('Politie Utrecht');
    expect(codes(await om.request(TRANSITION, { input: { id: draft.id, version: opened.version, transition: 'SIGN_OFF' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await bureau.request(TRANSITION, { input: { id: draft.id, version: opened.version, transition: 'SIGN_OFF' } }))).toEqual(['FORBIDDEN']);
    expect(codes(await (await app.as('driver.overlast@regie.example')).request(TRANSITION, { input: { id: draft.id, version: opened.version, transition: 'SIGN_OFF' } }))).toEqual(['FORBIDDEN']);

    // The driver's tasks show the sign-off; after it the text is frozen.
    const driverTasks = await driver.request<{ myTasks: Array<{ kind: string; reportId: string }> }>(MY_TASKS);
    expect(driverTasks.data?.myTasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'SIGN_OFF', reportId: draft.id })]));
    const signed = await mutate<{ status: string; version: number }>(driver, TRANSITION, { input: { id: draft.id, version: opened.version, transition: 'SIGN_OFF' } });
    expect(signed.status).toBe('SIGNED_OFF');
    const frozen = await bureau.request(UPDATE_REPORT, { input: { id: draft.id, version: signed.version, narrative: 'Later' } });
    expect(frozen.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    expect(codes(await driver.request(TRANSITION, { input: { id: draft.id, version: signed.version, transition: 'SUBMIT' } }))).toEqual(['FORBIDDEN']);

    // Readers beyond the theme see it only once submitted.
    const college = await app.as('college@regie.example');
    expect(codes(await college.request(REPORT, { id: draft.id }))).toEqual(['FORBIDDEN']);
    const submitted = await mutate<{ status: string; version: number }>(bureau, TRANSITION, { input: { id: draft.id, version: signed.version, transition: 'SUBMIT' } });
    expect(submitted.status).toBe('SUBMITTED');
    const agenda = await college.request<{ collegeMeeting: { agendaItems: Array<{ id: string; kind: string; title: string; report: { id: string } | null }> } }>(
      'query ($id: ID!) { collegeMeeting(id: $id) { agendaItems { id kind title report { id } } } }',
      { id: meeting.id },
    );
    const item = agenda.data?.collegeMeeting.agendaItems.find((i) => i.report?.id === draft.id);
    expect(item).toEqual({ id: expect.any(String), kind: 'THEME_REPORT', title: 'Voortgangsrapportage Veel voorkomende criminaliteit (Journey 1)', report: { id: draft.id } });
    const read = await college.request<{ progressReport: { versions: Array<{ edition: number; text: { narrative: string }; contributions: unknown[] }> } }>(REPORT, { id: draft.id });
    expect(read.data?.progressReport.versions).toEqual([
      { edition: 1, text: { narrative: 'De aanpak woninginbraken loopt.' }, contributions: expect.arrayContaining([{ organisationName: 'Openbaar Ministerie, arrondissement Utrecht', text: 'Het OM zet in op snelrecht.' }, { organisationName: 'Politie Utrecht', text: 'De politie zet extra surveillance in.' }]), prefill: expect.objectContaining({ asOf: expect.any(String) }) },
    ]);

    // The bureau records an assignment; it reaches the owner's tasks and the theme's next report.
    const owner = known.driverOf(THEME);
    expect(codes(await driver.request(RECORD_DECISION, { input: { agendaItemId: item?.id, kind: 'KENNISNEMEN', text: 'Kennisgenomen' } }))).toEqual(['FORBIDDEN']);
    const refused = await bureau.request(RECORD_DECISION, { input: { agendaItemId: item?.id, kind: 'OPDRACHT', text: 'Maak een plan' } });
    expect(refused.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'ownerPersonId', messageKey: 'reporting.errors.ownerRequired' }),
      expect.objectContaining({ field: 'dueOn', messageKey: 'reporting.errors.dueRequired' }),
    ]);
    const decision = await mutate<{ followUp: { id: string; status: string; version: number; owner: { name: string } } }>(bureau, RECORD_DECISION, {
      input: { agendaItemId: item?.id, kind: 'OPDRACHT', text: 'Breid de aanpak woninginbraken uit naar alle gemeenten.', ownerPersonId: owner.id, dueOn: '2031-06-01' },
    });
    expect(decision.followUp).toEqual(expect.objectContaining({ status: 'OPEN', owner: { name: owner.name } }));
    const ownerTasks = await driver.request<{ myTasks: Array<{ kind: string; title: string }> }>(MY_TASKS);
    expect(ownerTasks.data?.myTasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'FOLLOW_UP', title: 'Breid de aanpak woninginbraken uit naar alle gemeenten.' })]));

    const next = await openCycle(bureau, known.regionId, known.strategyId, 'Journey 2', '2031-07-01');
    const nextReport = await driver.request<{ progressReport: { prefill: { followUps: Array<{ text: string; ownerName: string }> } } }>(REPORT, { id: next.report(THEME).id });
    expect(nextReport.data?.progressReport.prefill.followUps).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Breid de aanpak woninginbraken uit naar alle gemeenten.', ownerName: owner.name })]));

    // Closed by the owner, it leaves both.
    expect(codes(await om.request(CLOSE_FOLLOW_UP, { input: { id: decision.followUp.id, version: decision.followUp.version } }))).toEqual(['FORBIDDEN']);
    await mutate(driver, CLOSE_FOLLOW_UP, { input: { id: decision.followUp.id, version: decision.followUp.version } });
    const after = await driver.request<{ progressReport: { prefill: { followUps: Array<{ text: string }> } } }>(REPORT, { id: next.report(THEME).id });
    expect(after.data?.progressReport.prefill.followUps.map((f) => f.text)).not.toContain('Breid de aanpak woninginbraken uit naar alle gemeenten.');
    for (const action of ['progressReport.openContributions', 'reportContribution.create', 'progressReport.signOff', 'progressReport.submit', 'progressReportVersion.create', 'agendaItem.create', 'decision.create', 'followUp.create', 'followUp.update']) {
      expect(await auditCount(app.dataSource, action)).toBeGreaterThan(0);
    }
  });

  it('refuses a sign-off by the only author', async () => {
    const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Four eyes', '2031-09-01');
    const draft = report(THEME);
    const written = await mutate<{ version: number }>(driver, UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Alleen door de driver geschreven.' } });
    const result = await driver.request(TRANSITION, { input: { id: draft.id, version: written.version, transition: 'SIGN_OFF' } });
    expect(result.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'transition', messageKey: 'reporting.errors.onlyAuthor' })]);
  });

  it('keeps every submitted version: a correction makes a new one and the old stays readable', async () => {
    const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Versions', '2031-11-01');
    const draft = report(THEME);
    let version = (await mutate<{ version: number }>(bureau, UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Eerste versie' } })).version;
    version = (await mutate<{ version: number }>(driver, TRANSITION, { input: { id: draft.id, version, transition: 'SIGN_OFF' } })).version;
    version = (await mutate<{ version: number }>(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'SUBMIT' } })).version;
    const corrected = await mutate<{ version: number; edition: number; status: string }>(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'CORRECT' } });
    expect(corrected).toEqual(expect.objectContaining({ status: 'DRAFT', edition: 2 }));
    version = (await mutate<{ version: number }>(bureau, UPDATE_REPORT, { input: { id: draft.id, version: corrected.version, narrative: 'Tweede versie' } })).version;
    version = (await mutate<{ version: number }>(driver, TRANSITION, { input: { id: draft.id, version, transition: 'SIGN_OFF' } })).version;
    await mutate(bureau, TRANSITION, { input: { id: draft.id, version, transition: 'SUBMIT' } });
    const read = await bureau.request<{ progressReport: { versions: Array<{ edition: number; text: { narrative: string } }> } }>(REPORT, { id: draft.id });
    expect(read.data?.progressReport.versions.map((v) => [v.edition, v.text.narrative])).toEqual([
      [2, 'Tweede versie'],
      [1, 'Eerste versie'],
    ]);
    const agendaItems = await app.dataSource.query('SELECT count(*)::int AS n FROM agenda_item WHERE report_id = $1', [draft.id]);
    expect(agendaItems[0].n).toBe(1);
    expect(codes(await bureau.request(TRANSITION, { input: { id: draft.id, version: 1, transition: 'SUBMIT' } }))).toEqual(['CONFLICT']);
  });

  it('refuses transitions that are not possible from the status', async () => {
    const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Moves', '2032-01-01');
    const draft = report(THEME);
    const result = await bureau.request(TRANSITION, { input: { id: draft.id, version: draft.version, transition: 'SUBMIT' } });
    expect(result.errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'transition', messageKey: 'reporting.errors.transitionNotAllowed' })]);
    const discussed = await bureau.request(TRANSITION, { input: { id: draft.id, version: draft.version, transition: 'MARK_DISCUSSED' } });
    expect(codes(discussed)).toEqual(['BAD_USER_INPUT']);
  });

  it('validates the report text and keeps the concurrent writer\'s text from being lost', async () => {
    const { report } = await openCycle(bureau, known.regionId, known.strategyId, 'Conflict', '2032-03-01');
    const draft = report(THEME);
    const invalid = await bureau.request(UPDATE_REPORT, { input: { id: draft.id, version: draft.version, dimensions: [{ dimension: 'COOPERATION', status: 'RED' }], request: 'DECISION' } });
    expect(invalid.errors?.[0].extensions?.['fields']).toEqual([
      expect.objectContaining({ field: 'dimensions.COOPERATION.explanation', messageKey: 'reporting.errors.explanationRequired' }),
      expect.objectContaining({ field: 'requestText', messageKey: 'reporting.errors.decisionTextRequired' }),
    ]);
    const bad = await bureau.request(UPDATE_REPORT, { input: { id: draft.id, version: draft.version, dimensions: [{ dimension: 'MOOD', status: 'PURPLE' }] } });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const auditedBefore = await auditCount(app.dataSource, 'progressReport.update');
    await mutate(bureau, UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Tekst van het bureau' } });
    const stale = await driver.request(UPDATE_REPORT, { input: { id: draft.id, version: draft.version, narrative: 'Tekst van de driver' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    const stored = await bureau.request<{ progressReport: { text: { narrative: string } } }>(REPORT, { id: draft.id });
    expect(stored.data?.progressReport.text.narrative).toBe('Tekst van het bureau');
    expect(await auditCount(app.dataSource, 'progressReport.update')).toBe(auditedBefore + 1);
  });

  it('lets the college, municipalities and viewers read submitted reports only', async () => {
    const cycles = await bureau.request<{ reportCycles: Array<{ label: string; reports: Array<{ id: string; status: string }> }> }>(
      'query ($id: ID!) { reportCycles(strategyId: $id) { label reports { id status } } }',
      { id: known.strategyId },
    );
    const inProgress = cycles.data?.reportCycles.find((c) => c.label.startsWith('Lopende cyclus'));
    const draft = inProgress?.reports.find((r) => r.status !== 'SUBMITTED');
    const completed = cycles.data?.reportCycles.find((c) => c.label === '2010-T1');
    expect(completed?.reports).toHaveLength(5);
    for (const email of ['college@regie.example', 'viewer@regie.example', 'gemeente.zeist@regie.example']) {
      const client = await app.as(email);
      expect(codes(await client.request(REPORT, { id: draft?.id }))).toEqual(['FORBIDDEN']);
      const listed = await client.request<{ reportCycles: Array<{ label: string; reports: unknown[] }> }>('query ($id: ID!) { reportCycles(strategyId: $id) { label reports { id } } }', { id: known.strategyId });
      expect(listed.data?.reportCycles.find((c) => c.label === '2010-T1')?.reports).toHaveLength(5);
      expect(listed.data?.reportCycles.find((c) => c.label.startsWith('Lopende cyclus'))?.reports).toHaveLength(0);
    }
  });

  it('shows the demo cycle in progress to the bureau: a missing contribution and an overdue sign-off', async () => {
    const cycles = await bureau.request<{ reportCycles: Array<{ label: string; dashboard: Array<{ themeName: string; status: string; missingContributions: string[]; lateSteps: string[] }> }> }>(
      'query ($id: ID!) { reportCycles(strategyId: $id) { label dashboard { themeName status missingContributions lateSteps lateParties } } }',
      { id: known.strategyId },
    );
    const overlast = cycles.data?.reportCycles.find((c) => c.label.startsWith('Lopende cyclus'))?.dashboard.find((s) => s.themeName === 'Overlast');
    expect(overlast).toEqual(expect.objectContaining({ status: 'CONTRIBUTIONS', missingContributions: ['Politie Utrecht'], lateSteps: ['CONTRIBUTIONS', 'SIGN_OFF'] }));
    const driverOverlast = await app.as('driver.overlast@regie.example');
    const tasks = await driverOverlast.request<{ myTasks: Array<{ kind: string; overdue: boolean }> }>(MY_TASKS);
    expect(tasks.data?.myTasks[0]).toEqual(expect.objectContaining({ kind: 'SIGN_OFF', overdue: true }));
  });

  it('pre-fills from the strategy data in a fixed number of statements, and the demo history carries open follow-ups', async () => {
    const cycles = await bureau.request<{ reportCycles: Array<{ label: string; reports: Array<{ id: string; theme: { slug: string } }> }> }>(
      'query ($id: ID!) { reportCycles(strategyId: $id) { label reports { id theme { slug } } } }',
      { id: known.strategyId },
    );
    const current = cycles.data?.reportCycles.find((c) => c.label.startsWith('Lopende cyclus'))?.reports.find((r) => r.theme.slug === 'ondermijning');
    app.statements.reset();
    const read = await bureau.request<{ progressReport: { prefill: { indicators: unknown[]; actions: Array<{ title: string }>; money: { capacityFte: number }; followUps: Array<{ text: string; overdue: boolean }>; changes: unknown[] } } }>(REPORT, { id: current?.id });
    const statements = app.statements.count;
    const prefill = read.data?.progressReport.prefill;
    expect(prefill?.followUps).toEqual([{ text: 'De politie levert elk kwartaal de cijfers over ruimingen van hennepkwekerijen.', ownerName: 'Politiechef, thema Ondermijning', overdue: true }]);
    expect(prefill?.actions.map((a) => a.title)).toContain('Integrale aanpak hennepteelt');
    expect(prefill?.money.capacityFte).toBeGreaterThan(0);
    expect(prefill?.indicators.length).toBeGreaterThan(0);

    await app.dataSource.query(`
      INSERT INTO milestone (action_id, title, due_on)
      SELECT a.id, 'Extra ' || n, DATE '2010-01-01' + n FROM action a JOIN theme t ON t.id = a.theme_id, generate_series(1, 30) n WHERE t.slug = 'ondermijning'`);
    app.statements.reset();
    await bureau.request(REPORT, { id: current?.id });
    expect(app.statements.count).toBe(statements);
    expect(statements).toBeLessThanOrEqual(12);
  });
});
