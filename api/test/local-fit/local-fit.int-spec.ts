import { LocalFitService } from '@regie/api/local-fit';
import { codes, GraphqlClient } from '@regie/api/testing';
import { addSecondRegion } from '../support/second-region';
import { auditCount, municipalityBySlug } from '../support/queries';
import { themeId } from '../support/plan';
import { startTestApp, TestApp } from '../support/test-app';

const ASSESSMENT_FIELDS = 'id cycle verdict reasonProblemSize reasonIvpMatch reasonCapacity adaptationAsked version municipality { slug } theme { slug }';
const UPDATE = `mutation ($input: UpdateLocalFitAssessmentInput!) { updateLocalFitAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
const CREATE = `mutation ($input: CreateLocalFitAssessmentInput!) { createLocalFitAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
const COMMENT = 'mutation ($input: AddLocalFitCommentInput!) { addLocalFitComment(input: $input) { id authorName body } }';
const ASSESSMENTS = `query ($m: ID, $t: ID) { localFitAssessments(municipalityId: $m, themeId: $t) { ${ASSESSMENT_FIELDS} } }`;

/** The data of a response that must have succeeded. */
const dataOf = <T>(result: { data: T | null }): T => result.data as T;

interface Assessment {
  id: string;
  cycle: string;
  verdict: string;
  adaptationAsked: string | null;
  reasonProblemSize: string | null;
  version: number;
  municipality: { slug: string };
}

describe('local fit', () => {
  let app: TestApp;
  let official: GraphqlClient;
  let utrecht: { id: string };
  let ondermijning: string;

  const assessmentOf = async (municipalityId: string, theme: string): Promise<Assessment> => {
    const result = await official.request<{ localFitAssessments: Assessment[] }>(ASSESSMENTS, { m: municipalityId, t: theme });
    return result.data?.localFitAssessments[0] as Assessment;
  };

  beforeAll(async () => {
    app = await startTestApp();
    official = await app.as('gemeente.utrecht@regie.example');
    utrecht = await municipalityBySlug(app.dataSource, 'utrecht');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
  });
  afterAll(() => app.close());

  describe('the demo data', () => {
    it('has an IVP, participation and a fit assessment for every theme in all 29 municipalities, and the six practices', async () => {
      const [counts] = await app.dataSource.query(`
        SELECT (SELECT count(DISTINCT municipality_id)::int FROM ivp) AS ivps,
               (SELECT count(*)::int FROM participation WHERE action_id IS NULL) AS theme_participations,
               (SELECT count(*)::int FROM local_fit_assessment) AS assessments,
               (SELECT count(*)::int FROM local_fit_assessment WHERE verdict = 'DOES_NOT_FIT') AS not_fitting,
               (SELECT count(*)::int FROM participation WHERE level = 'OWN_APPROACH') AS own_approaches,
               (SELECT string_agg(title, ', ' ORDER BY title) FROM good_practice) AS practices`);
      expect(counts).toEqual({
        ivps: 29,
        theme_participations: 29 * 5,
        assessments: 29 * 5,
        not_fitting: 4,
        own_approaches: 3,
        practices: 'Aanpak autokraak, Aanpak fietsendiefstal, Aanpak vernielingen, Aanpak woninginbraak, Bestuurlijke strafbeschikking, Weekendarrangement uitgaansgeweld',
      });
    });
  });

  describe('a municipality official records fit', () => {
    it('records that ondermijning fits only with adaptation, with reasons, audited', async () => {
      const before = await assessmentOf(utrecht.id, ondermijning);
      expect(before).toMatchObject({ cycle: '2009', verdict: 'FITS' });
      const audits = await auditCount(app.dataSource, 'localFitAssessment.update');
      const updated = await official.request<{ updateLocalFitAssessment: Assessment }>(UPDATE, {
        input: {
          id: before.id,
          version: before.version,
          verdict: 'FITS_WITH_ADAPTATION',
          reasonProblemSize: 'Ondermijning concentreert zich in twee wijken (eigen wijkscan 2009).',
          adaptationAsked: 'Richt de RIEC-inzet eerst op die twee wijken.',
        },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateLocalFitAssessment).toMatchObject({ verdict: 'FITS_WITH_ADAPTATION', adaptationAsked: 'Richt de RIEC-inzet eerst op die twee wijken.', version: before.version + 1 });
      expect(await auditCount(app.dataSource, 'localFitAssessment.update')).toBe(audits + 1);
    });

    it('shows the recorded fit, with reasons, in the pre-fill of the theme’s report in the running cycle', async () => {
      const driver = await app.as('driver.ondermijning@regie.example');
      const [report] = await app.dataSource.query(
        `SELECT r.id FROM progress_report r JOIN report_cycle c ON c.id = r.cycle_id WHERE r.theme_id = $1 AND c.label LIKE 'Lopende cyclus%'`,
        [ondermijning],
      );
      const result = await driver.request<{ progressReport: { prefill: { notFittingMunicipalities: Array<Record<string, unknown>> } } }>(
        'query ($id: ID!) { progressReport(id: $id) { prefill { notFittingMunicipalities { municipalityName verdict reasons adaptationAsked } } } }',
        { id: report.id },
      );
      expect(result.data?.progressReport.prefill.notFittingMunicipalities).toContainEqual({
        municipalityName: 'Utrecht',
        verdict: 'FITS_WITH_ADAPTATION',
        reasons: ['Ondermijning concentreert zich in twee wijken (eigen wijkscan 2009).'],
        adaptationAsked: 'Richt de RIEC-inzet eerst op die twee wijken.',
      });
    });

    it('refuses "fits with adaptation" without the adaptation asked, and changes nothing', async () => {
      const before = await assessmentOf(utrecht.id, await themeId(app.dataSource, 'overlast'));
      const result = await official.request(UPDATE, { input: { id: before.id, version: before.version, verdict: 'FITS_WITH_ADAPTATION', reasonCapacity: 'Weinig capaciteit' } });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0].extensions?.fields?.map((field) => [field.field, field.messageKey])).toEqual([['adaptationAsked', 'localFit.validation.adaptationRequired']]);
      expect(await assessmentOf(utrecht.id, await themeId(app.dataSource, 'overlast'))).toEqual(before);
    });

    it('answers CONFLICT on a stale version', async () => {
      const current = await assessmentOf(utrecht.id, ondermijning);
      const result = await official.request(UPDATE, { input: { id: current.id, version: current.version - 1, verdict: 'FITS' } });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect((await assessmentOf(utrecht.id, ondermijning)).verdict).toBe('FITS_WITH_ADAPTATION');
    });

    it('starts a new cycle as a new assessment and keeps the old one as history; a taken cycle is refused', async () => {
      const theme = await themeId(app.dataSource, 'high-impact');
      const created = await official.request<{ createLocalFitAssessment: Assessment }>(CREATE, { input: { municipalityId: utrecht.id, themeId: theme, cycle: '2010', verdict: 'DOES_NOT_FIT', reasonCapacity: 'Capaciteit gaat naar ondermijning.' } });
      expect(created.errors).toBeUndefined();
      const history = (await official.request<{ localFitAssessments: Assessment[] }>(ASSESSMENTS, { m: utrecht.id, t: theme })).data?.localFitAssessments;
      expect(history?.map((row) => [row.cycle, row.verdict])).toEqual([
        ['2010', 'DOES_NOT_FIT'],
        ['2009', 'FITS'],
      ]);
      const again = await official.request(CREATE, { input: { municipalityId: utrecht.id, themeId: theme, cycle: '2010', verdict: 'FITS' } });
      expect(codes(again)).toEqual(['BAD_USER_INPUT']);
      expect(again.errors?.[0].extensions?.fields?.[0]).toMatchObject({ field: 'cycle', messageKey: 'localFit.validation.cycleTaken' });
    });

    it('cannot edit another municipality: the API refuses and nothing changes', async () => {
      const zeist = await municipalityBySlug(app.dataSource, 'zeist');
      const theirs = await assessmentOf(zeist.id, ondermijning);
      expect(codes(await official.request(UPDATE, { input: { id: theirs.id, version: theirs.version, verdict: 'DOES_NOT_FIT', reasonCapacity: 'x' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await official.request(CREATE, { input: { municipalityId: zeist.id, themeId: ondermijning, cycle: '2011', verdict: 'FITS' } }))).toEqual(['FORBIDDEN']);
      expect(await assessmentOf(zeist.id, ondermijning)).toEqual(theirs);
    });

    it.each(['driver.ondermijning@regie.example', 'bureau@regie.example', 'college@regie.example'])('does not let %s draft a municipality’s assessment', async (email) => {
      const client = await app.as(email);
      const current = await assessmentOf(utrecht.id, ondermijning);
      expect(codes(await client.request(UPDATE, { input: { id: current.id, version: current.version, verdict: 'FITS' } }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('the driver and the bureau', () => {
    it('shows the driver the municipalities where the theme does not simply fit, with reasons, on the theme', async () => {
      const driver = await app.as('driver.ondermijning@regie.example');
      const result = await driver.request<{ theme: { localFitConcerns: Array<{ verdict: string; adaptationAsked: string | null; municipality: { slug: string } }> } }>(
        'query ($id: ID!) { theme(id: $id) { localFitConcerns { verdict adaptationAsked municipality { slug } } } }',
        { id: ondermijning },
      );
      const concerns = dataOf(result).theme.localFitConcerns;
      expect(concerns.map((row) => [row.municipality.slug, row.verdict]).sort()).toEqual([
        ['lopik', 'FITS_WITH_ADAPTATION'],
        ['renswoude', 'DOES_NOT_FIT'],
        ['utrecht', 'FITS_WITH_ADAPTATION'],
        ['vianen', 'FITS_WITH_ADAPTATION'],
      ]);
      expect(concerns.find((row) => row.municipality.slug === 'utrecht')?.adaptationAsked).toBe('Richt de RIEC-inzet eerst op die twee wijken.');
    });

    it('gives the progress report the same list through LocalFitService.notFittingForTheme', async () => {
      const rows = await app.nest.get(LocalFitService).notFittingForTheme(ondermijning);
      expect(rows.map((row) => row.municipalityName)).toEqual(['Lopik', 'Renswoude', 'Utrecht', 'Vianen']);
      expect(rows.find((row) => row.municipalityName === 'Utrecht')).toMatchObject({ verdict: 'FITS_WITH_ADAPTATION', reasonProblemSize: 'Ondermijning concentreert zich in twee wijken (eigen wijkscan 2009).' });
    });

    it('lets the theme’s driver and the bureau comment, but not another theme’s driver or the official', async () => {
      const current = await assessmentOf(utrecht.id, ondermijning);
      const input = { assessmentId: current.id, body: 'Akkoord, bespreken in het thema-overleg.' };
      const driver = await (await app.as('driver.ondermijning@regie.example')).request<{ addLocalFitComment: { authorName: string } }>(COMMENT, { input });
      expect(driver.data?.addLocalFitComment.authorName).toBe('Burgemeester van Utrecht');
      expect(codes(await (await app.as('codriver.ondermijning.om@regie.example')).request(COMMENT, { input }))).toEqual([]);
      expect(codes(await (await app.as('bureau@regie.example')).request(COMMENT, { input }))).toEqual([]);
      expect(codes(await (await app.as('driver.overlast@regie.example')).request(COMMENT, { input }))).toEqual(['FORBIDDEN']);
      expect(codes(await official.request(COMMENT, { input }))).toEqual(['FORBIDDEN']);
      const comments = await official.request<{ localFitAssessments: Array<{ comments: Array<{ body: string }>; openRequest: boolean }> }>(
        'query ($m: ID, $t: ID) { localFitAssessments(municipalityId: $m, themeId: $t) { comments { body } openRequest } }',
        { m: utrecht.id, t: ondermijning },
      );
      expect(comments.data?.localFitAssessments[0].comments).toHaveLength(3);
      expect(comments.data?.localFitAssessments[0].openRequest).toBe(false);
    });

    it('shows the bureau the verdict in the matrix', async () => {
      const bureau = await app.as('bureau@regie.example');
      const [strategy] = await app.dataSource.query(`SELECT id FROM strategy WHERE title LIKE 'Regionale%'`);
      const result = await bureau.request<{ localFitMatrix: { themes: Array<{ slug: string }>; rows: Array<{ municipality: { slug: string }; sizeClass: string; cells: Array<{ participation: string; verdict: string }> }> } }>(
        'query ($id: ID!) { localFitMatrix(strategyId: $id) { themes { slug } rows { municipality { slug } sizeClass cells { participation verdict } } } }',
        { id: strategy.id },
      );
      expect(result.errors).toBeUndefined();
      const matrix = result.data?.localFitMatrix;
      expect(matrix?.themes.map((theme) => theme.slug)).toEqual(['overlast', 'ongelijkwaardigheid', 'ondermijning', 'veelvoorkomende-criminaliteit', 'high-impact']);
      expect(matrix?.rows).toHaveLength(29);
      const row = matrix?.rows.find((candidate) => candidate.municipality.slug === 'utrecht');
      expect(row?.sizeClass).toBe('FROM_100K');
      expect(row?.cells[2]).toEqual({ participation: 'FULL', verdict: 'FITS_WITH_ADAPTATION' });
      expect(matrix?.rows.find((candidate) => candidate.municipality.slug === 'amersfoort')?.cells[0]).toEqual({ participation: 'OWN_APPROACH', verdict: 'FITS_WITH_ADAPTATION' });
    });

    it('flags a duplicated local approach and overlapping regional actions for the bureau, with the reason', async () => {
      const bureau = await app.as('bureau@regie.example');
      const result = await bureau.request<{ overlapSignals: Array<{ kind: string; localApproach: string | null; goal: { title: string }; action: { title: string }; otherAction: { title: string } | null; municipalities: Array<{ slug: string }> }> }>(
        '{ overlapSignals { kind localApproach goal { title } action { title } otherAction { title } municipalities { slug } } }',
      );
      expect(result.errors).toBeUndefined();
      const local = dataOf(result).overlapSignals.filter((signal) => signal.kind === 'LOCAL_APPROACH_DUPLICATES_ACTION');
      expect(local.map((signal) => [signal.municipalities[0].slug, signal.action.title, signal.goal.title]).sort()).toEqual([
        ['amersfoort', 'Shortlistmethodiek jeugdgroepen', 'Minder overlast door jeugdgroepen'],
        ['zeist', 'Fietsregistratie en lokfietsen', 'Minder fietsendiefstal en vernielingen'],
      ]);
      const pairs = dataOf(result).overlapSignals.filter((signal) => signal.kind === 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES');
      expect(pairs.length).toBeGreaterThan(0);
      for (const signal of pairs) expect(signal.otherAction).not.toBeNull();
      const slugs = pairs.flatMap((signal) => signal.municipalities.map((municipality) => municipality.slug).join(','));
      expect(slugs).toEqual(pairs.map((signal) => [...signal.municipalities.map((municipality) => municipality.slug)].sort().join(',')));
    });

    it('shows the administrator the signals of every region', async () => {
      const admin = await app.as('admin@regie.example');
      const result = await admin.request<{ overlapSignals: Array<{ kind: string }> }>('{ overlapSignals { kind } }');
      expect(dataOf(result).overlapSignals.filter((signal) => signal.kind === 'LOCAL_APPROACH_DUPLICATES_ACTION')).toHaveLength(2);
    });

    it.each(['gemeente.utrecht@regie.example', 'driver.overlast@regie.example', 'viewer@regie.example'])('does not show overlap signals to %s', async (email) => {
      expect(codes(await (await app.as(email)).request('{ overlapSignals { kind } }'))).toEqual(['FORBIDDEN']);
    });
  });

  describe('Onze gemeente', () => {
    it('compares the municipality’s values with the region and with municipalities of the same size class', async () => {
      const zeist = await municipalityBySlug(app.dataSource, 'zeist');
      const result = await official.request<{ ourMunicipality: { sizeClass: string; peerCount: number; indicators: Array<{ indicatorId: string; period: string; value: number; regionalValue: number; peerAverage: number; peerCount: number }> } }>(
        'query ($id: ID!) { ourMunicipality(id: $id) { sizeClass peerCount indicators { indicatorId period value regionalValue peerAverage peerCount } } }',
        { id: zeist.id },
      );
      expect(result.errors).toBeUndefined();
      const overview = result.data?.ourMunicipality;
      // Zeist (60 500) shares 50 000–100 000 with Nieuwegein (61 000) and Veenendaal (62 000).
      expect(overview).toMatchObject({ sizeClass: 'FROM_50K_TO_100K', peerCount: 2 });
      const first = overview?.indicators[0];
      const rows: Array<{ slug: string | null; value: string }> = await app.dataSource.query(
        `SELECT mu.slug, me.value FROM measurement me LEFT JOIN municipality mu ON mu.id = me.municipality_id
          WHERE me.indicator_id = $1 AND me.period = $2 AND (mu.slug IN ('zeist', 'nieuwegein', 'veenendaal') OR me.municipality_id IS NULL)`,
        [first?.indicatorId, first?.period],
      );
      const value = (slug: string | null) => Number(rows.find((row) => row.slug === slug)?.value);
      expect(first).toMatchObject({ value: value('zeist'), regionalValue: value(null), peerCount: 2, peerAverage: Math.round(((value('nieuwegein') + value('veenendaal')) / 2) * 10) / 10 });
    });

    it('lists participation, assessments, the IVP and practice adoption of the municipality', async () => {
      const result = await official.request<{ ourMunicipality: { participations: unknown[]; assessments: unknown[]; ivps: Array<{ priorities: unknown[] }>; practiceAdoptions: unknown[] } }>(
        'query ($id: ID!) { ourMunicipality(id: $id) { participations { level } assessments { verdict } ivps { title priorities { title safetyField theme { slug } } } practiceAdoptions { state } } }',
        { id: utrecht.id },
      );
      const overview = result.data?.ourMunicipality;
      expect(overview?.assessments.length).toBeGreaterThanOrEqual(5);
      expect(overview?.ivps[0].priorities).toHaveLength(3);
      expect(overview?.practiceAdoptions).toHaveLength(6);
      expect(overview?.participations.length).toBeGreaterThan(5);
    });
  });

  describe('participation and the IVP register', () => {
    it('lets the official change the own participation, but refuses an own approach without description and another municipality', async () => {
      const list = await official.request<{ participations: Array<{ id: string; version: number; actionId: string | null; theme: { slug: string } }> }>(
        'query ($m: ID!) { participations(municipalityId: $m) { id version actionId theme { slug } } }',
        { m: utrecht.id },
      );
      const overlast = dataOf(list)
        .participations.filter((p) => p.actionId === null)
        .find((p) => p.theme.slug === 'overlast') as { id: string; version: number };
      const update = 'mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { level contactName version } }';
      const refused = await official.request(update, { input: { id: overlast.id, version: overlast.version, level: 'OWN_APPROACH' } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('localApproach');
      const changed = await official.request<{ updateParticipation: { level: string; version: number } }>(update, { input: { id: overlast.id, version: overlast.version, level: 'PARTLY', contactName: 'Team Veiligheid' } });
      expect(changed.data?.updateParticipation).toEqual({ level: 'PARTLY', contactName: 'Team Veiligheid', version: overlast.version + 1 });

      const [zeistParticipation] = await app.dataSource.query(`SELECT p.id, p.version FROM participation p JOIN municipality m ON m.id = p.municipality_id WHERE m.slug = 'zeist' LIMIT 1`);
      expect(codes(await official.request(update, { input: { id: zeistParticipation.id, version: zeistParticipation.version, level: 'NOT' } }))).toEqual(['FORBIDDEN']);
    });

    it('lets the official add a priority to the own IVP only', async () => {
      const [own] = await app.dataSource.query(`SELECT i.id FROM ivp i JOIN municipality m ON m.id = i.municipality_id WHERE m.slug = 'utrecht'`);
      const [other] = await app.dataSource.query(`SELECT i.id FROM ivp i JOIN municipality m ON m.id = i.municipality_id WHERE m.slug = 'zeist'`);
      const add = 'mutation ($input: AddIvpPriorityInput!) { addIvpPriority(input: $input) { title safetyField position theme { slug } } }';
      const added = await official.request<{ addIvpPriority: unknown }>(add, { input: { ivpId: own.id, title: 'Radicalisering', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', themeId: ondermijning } });
      expect(added.data?.addIvpPriority).toEqual({ title: 'Radicalisering', safetyField: 'INTEGRITEIT_EN_VEILIGHEID', position: 4, theme: { slug: 'ondermijning' } });
      expect(codes(await official.request(add, { input: { ivpId: other.id, title: 'Radicalisering', safetyField: 'INTEGRITEIT_EN_VEILIGHEID' } }))).toEqual(['FORBIDDEN']);
      expect(codes(await official.request(add, { input: { ivpId: own.id, title: 'Radicalisering', safetyField: 'ONBEKEND' } }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('good practices', () => {
    const CREATE_PRACTICE = 'mutation ($input: CreateGoodPracticeInput!) { createGoodPractice(input: $input) { id title rollout { total notStarted adoptedPercent } } }';
    const SET_ADOPTION = 'mutation ($input: SetPracticeAdoptionInput!) { setPracticeAdoption(input: $input) { state stoppedReason version } }';

    it('lets only the bureau manage the library', async () => {
      const [region] = await app.dataSource.query(`SELECT id FROM region WHERE slug = 'utrecht'`);
      const input = { regionId: region.id, title: 'Buurtpreventie-apps', description: 'WhatsApp-groepen voor buurtpreventie met afspraken over gebruik.' };
      expect(codes(await official.request(CREATE_PRACTICE, { input }))).toEqual(['FORBIDDEN']);
      expect(codes(await (await app.as('driver.overlast@regie.example')).request(CREATE_PRACTICE, { input }))).toEqual(['FORBIDDEN']);
      const created = await (await app.as('bureau@regie.example')).request<{ createGoodPractice: { rollout: unknown } }>(CREATE_PRACTICE, { input });
      expect(created.data?.createGoodPractice.rollout).toEqual({ total: 29, notStarted: 29, adoptedPercent: 0 });
    });

    it('lets the official record the own adoption state, with a reason when stopped, under optimistic locking', async () => {
      const [practice] = await app.dataSource.query(`SELECT id FROM good_practice WHERE title = 'Aanpak autokraak'`);
      const [adoption] = await app.dataSource.query(`SELECT version FROM practice_adoption WHERE practice_id = $1 AND municipality_id = $2`, [practice.id, utrecht.id]);
      const base = { practiceId: practice.id, municipalityId: utrecht.id };
      expect(codes(await official.request(SET_ADOPTION, { input: { ...base, state: 'STOPPED', version: adoption.version } }))).toEqual(['BAD_USER_INPUT']);
      const stopped = await official.request<{ setPracticeAdoption: unknown }>(SET_ADOPTION, { input: { ...base, state: 'STOPPED', stoppedReason: 'Hotspot verdwenen.', version: adoption.version } });
      expect(stopped.data?.setPracticeAdoption).toEqual({ state: 'STOPPED', stoppedReason: 'Hotspot verdwenen.', version: adoption.version + 1 });
      expect(codes(await official.request(SET_ADOPTION, { input: { ...base, state: 'RUNNING', version: adoption.version } }))).toEqual(['CONFLICT']);
      const zeist = await municipalityBySlug(app.dataSource, 'zeist');
      expect(codes(await official.request(SET_ADOPTION, { input: { practiceId: practice.id, municipalityId: zeist.id, state: 'RUNNING' } }))).toEqual(['FORBIDDEN']);
      const rollout = await official.request<{ goodPractices: Array<{ title: string; rollout: { running: number; stopped: number; preparing: number } }> }>('{ goodPractices { title rollout { running stopped preparing } } }');
      expect(rollout.data?.goodPractices.find((p) => p.title === 'Aanpak autokraak')?.rollout).toEqual({ running: 1, stopped: 2, preparing: 1 });
    });
  });

  describe('regions and statement counts', () => {
    it('keeps another region’s bureau out of Utrecht’s local fit', async () => {
      await addSecondRegion(app.dataSource);
      const other = await app.as('bureau.gm@regie.example');
      expect((await other.request<{ localFitAssessments: unknown[] }>(ASSESSMENTS, {})).data?.localFitAssessments).toEqual([]);
      expect(codes(await other.request('query ($id: ID!) { ourMunicipality(id: $id) { sizeClass } }', { id: utrecht.id }))).toEqual(['FORBIDDEN']);
      expect((await other.request<{ overlapSignals: unknown[] }>('{ overlapSignals { kind } }')).data?.overlapSignals).toEqual([]);
    });

    it('needs the same number of SQL statements for the matrix however many municipalities there are', async () => {
      const bureau = await app.as('bureau@regie.example');
      const [strategy] = await app.dataSource.query(`SELECT id, region_id FROM strategy WHERE title LIKE 'Regionale%'`);
      const query = 'query ($id: ID!) { localFitMatrix(strategyId: $id) { themes { slug name drivers { name } } rows { municipality { name population } sizeClass cells { themeId participation verdict cycle } } } }';
      app.statements.reset();
      const before = await bureau.request<{ localFitMatrix: { rows: unknown[] } }>(query, { id: strategy.id });
      const withTwentyNine = app.statements.count;
      expect(before.data?.localFitMatrix.rows).toHaveLength(29);

      await app.dataSource.query(
        `INSERT INTO municipality (region_id, name, slug, cbs_code, population) SELECT $1, 'Extra ' || n, 'extra-' || n, 'GM9' || lpad(n::text, 3, '0'), 1000 * n FROM generate_series(1, 60) n`,
        [strategy.region_id],
      );
      await app.dataSource.query(`
        INSERT INTO participation (region_id, municipality_id, theme_id, level) SELECT m.region_id, m.id, t.id, 'PARTLY' FROM municipality m, theme t WHERE m.slug LIKE 'extra-%' AND t.region_id = m.region_id;
        INSERT INTO local_fit_assessment (region_id, municipality_id, theme_id, strategy_id, cycle, verdict, reason_capacity)
          SELECT m.region_id, m.id, t.id, t.strategy_id, '2009', 'DOES_NOT_FIT', 'geen' FROM municipality m, theme t WHERE m.slug LIKE 'extra-%' AND t.region_id = m.region_id`);
      app.statements.reset();
      const after = await bureau.request<{ localFitMatrix: { rows: unknown[] } }>(query, { id: strategy.id });
      expect(after.data?.localFitMatrix.rows).toHaveLength(89);
      expect(app.statements.count).toBe(withTwentyNine);
    });
  });
});
