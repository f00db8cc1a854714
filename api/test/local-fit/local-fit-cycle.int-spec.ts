import { codes, GraphqlClient } from '@regie/api/testing';
import { todayIso } from '@regie/domain';
import { auditCount, municipalityBySlug } from '../support/queries';
import { themeId } from '../support/plan';
import { startTestApp, TestApp } from '../support/test-app';

// Issue 5, second round: renewing a fit assessment each cycle, comments from the theme page, and the
// bureau's handling of overlap signals. One fresh demo database for this file.

const FIELDS = 'id cycle verdict reasonCapacity adaptationAsked version draftedByName';
const CREATE = `mutation ($input: CreateLocalFitAssessmentInput!) { createLocalFitAssessment(input: $input) { ${FIELDS} } }`;
const HISTORY = `query ($m: ID, $t: ID) { localFitAssessments(municipalityId: $m, themeId: $t) { ${FIELDS} } }`;
const CONCERNS = 'query ($id: ID!) { theme(id: $id) { localFitConcerns { id cycle verdict municipality { slug } comments { authorName body } } } }';
const COMMENT = 'mutation ($input: AddLocalFitCommentInput!) { addLocalFitComment(input: $input) { authorName body } }';
const SIGNALS = '{ overlapSignals { key kind actionId otherActionId municipalityIds handling { id note handledByName version } } }';
const HANDLE = 'mutation ($input: HandleOverlapSignalInput!) { handleOverlapSignal(input: $input) { id signalKey note handledByName version } }';
const REOPEN = 'mutation ($input: ReopenOverlapSignalInput!) { reopenOverlapSignal(input: $input) }';

interface Assessment {
  id: string;
  cycle: string;
  verdict: string;
  reasonCapacity: string | null;
  version: number;
  draftedByName: string | null;
}
interface Concern {
  id: string;
  cycle: string;
  verdict: string;
  municipality: { slug: string };
  comments: Array<{ authorName: string; body: string }>;
}
interface Signal {
  key: string;
  kind: string;
  actionId: string;
  otherActionId: string | null;
  municipalityIds: string[];
  handling: { id: string; note: string; handledByName: string; version: number } | null;
}

const isOpenPair = (signal: Signal) => signal.kind === 'ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES' && !signal.handling;
/** The same two actions, whatever the municipalities (which is what changes the key). */
const samePairAs = (pair: Signal) => (signal: Signal) => signal.kind === pair.kind && signal.actionId === pair.actionId && signal.otherActionId === pair.otherActionId;

describe('local fit: renewal, theme-page comments and overlap handling', () => {
  let app: TestApp;
  let official: GraphqlClient;
  let bureau: GraphqlClient;
  let driver: GraphqlClient;
  let utrecht: { id: string };
  let ondermijning: string;

  const history = async (municipalityId: string, theme: string) => (await official.request<{ localFitAssessments: Assessment[] }>(HISTORY, { m: municipalityId, t: theme })).data?.localFitAssessments ?? [];
  const concerns = async (client: GraphqlClient) => (await client.request<{ theme: { localFitConcerns: Concern[] } }>(CONCERNS, { id: ondermijning })).data?.theme.localFitConcerns ?? [];
  const signals = async () => (await bureau.request<{ overlapSignals: Signal[] }>(SIGNALS)).data?.overlapSignals ?? [];
  const prefill = async () => {
    const [report] = await app.dataSource.query(
      `SELECT r.id FROM progress_report r JOIN report_cycle c ON c.id = r.cycle_id WHERE r.theme_id = $1 AND c.label LIKE 'Lopende cyclus%'`,
      [ondermijning],
    );
    const result = await driver.request<{ progressReport: { prefill: { notFittingMunicipalities: Array<{ municipalityName: string; verdict: string; reasons: string[] }> } } }>(
      'query ($id: ID!) { progressReport(id: $id) { prefill { notFittingMunicipalities { municipalityName verdict reasons } } } }',
      { id: report.id },
    );
    return result.data?.progressReport.prefill.notFittingMunicipalities ?? [];
  };
  const matrixCell = async (slug: string) => {
    const [strategy] = await app.dataSource.query(`SELECT id FROM strategy WHERE title LIKE 'Regionale%'`);
    const result = await bureau.request<{ localFitMatrix: { themes: Array<{ id: string }>; rows: Array<{ municipality: { slug: string }; cells: Array<{ themeId: string; verdict: string; cycle: string }> }> } }>(
      'query ($id: ID!) { localFitMatrix(strategyId: $id) { themes { id } rows { municipality { slug } cells { themeId verdict cycle } } } }',
      { id: strategy.id },
    );
    return result.data?.localFitMatrix.rows.find((row) => row.municipality.slug === slug)?.cells.find((cell) => cell.themeId === ondermijning);
  };

  beforeAll(async () => {
    app = await startTestApp();
    official = await app.as('gemeente.utrecht@regie.example');
    bureau = await app.as('bureau@regie.example');
    driver = await app.as('driver.ondermijning@regie.example');
    utrecht = await municipalityBySlug(app.dataSource, 'utrecht');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
  });
  afterAll(() => app.close());

  describe('renewing an assessment for a new cycle', () => {
    it('tells the web the cycle of today', async () => {
      const result = await official.request<{ ourMunicipality: { currentCycle: string } }>('query ($id: ID!) { ourMunicipality(id: $id) { currentCycle } }', { id: utrecht.id });
      expect(result.data?.ourMunicipality.currentCycle).toBe(todayIso().slice(0, 4));
    });

    it('keeps the earlier cycle as history, records who renewed it, and the newest wins in the matrix, on the theme and in the pre-fill', async () => {
      const [before] = await history(utrecht.id, ondermijning);
      expect(before).toMatchObject({ cycle: '2009', verdict: 'FITS' });
      const audits = await auditCount(app.dataSource, 'localFitAssessment.create');

      const renewed = await official.request<{ createLocalFitAssessment: Assessment }>(CREATE, {
        input: { municipalityId: utrecht.id, themeId: ondermijning, cycle: '2010', verdict: 'DOES_NOT_FIT', reasonCapacity: 'De recherchecapaciteit gaat in 2010 naar de woninginbraken.' },
      });
      expect(renewed.errors).toBeUndefined();
      expect(renewed.data?.createLocalFitAssessment).toMatchObject({ cycle: '2010', verdict: 'DOES_NOT_FIT', version: 1, draftedByName: 'Ambtenaar integrale veiligheid, gemeente Utrecht' });
      expect(await auditCount(app.dataSource, 'localFitAssessment.create')).toBe(audits + 1);

      const rows = await history(utrecht.id, ondermijning);
      expect(rows.map((row) => [row.cycle, row.verdict])).toEqual([
        ['2010', 'DOES_NOT_FIT'],
        ['2009', 'FITS'],
      ]);
      expect(rows[1]).toEqual(before);

      expect(await matrixCell('utrecht')).toEqual({ themeId: ondermijning, verdict: 'DOES_NOT_FIT', cycle: '2010' });
      expect((await concerns(driver)).find((row) => row.municipality.slug === 'utrecht')).toMatchObject({ cycle: '2010', verdict: 'DOES_NOT_FIT' });
      expect((await prefill()).find((row) => row.municipalityName === 'Utrecht')).toEqual({
        municipalityName: 'Utrecht',
        verdict: 'DOES_NOT_FIT',
        reasons: ['De recherchecapaciteit gaat in 2010 naar de woninginbraken.'],
      });
    });

    it('drops a municipality from the concerns and the pre-fill once its renewal says the theme fits', async () => {
      const lopik = await municipalityBySlug(app.dataSource, 'lopik');
      expect((await prefill()).map((row) => row.municipalityName)).toContain('Lopik');
      const renewed = await (await app.as('gemeente.lopik@regie.example')).request(CREATE, { input: { municipalityId: lopik.id, themeId: ondermijning, cycle: '2010', verdict: 'FITS' } });
      expect(renewed.errors).toBeUndefined();
      expect((await prefill()).map((row) => row.municipalityName)).not.toContain('Lopik');
      expect((await concerns(driver)).map((row) => row.municipality.slug)).not.toContain('lopik');
      expect(await matrixCell('lopik')).toMatchObject({ verdict: 'FITS', cycle: '2010' });
    });

    it('refuses a cycle older than the newest, so the newest stays the latest renewal, and writes nothing', async () => {
      const before = await history(utrecht.id, ondermijning);
      const refused = await official.request(CREATE, { input: { municipalityId: utrecht.id, themeId: ondermijning, cycle: '2009-T2', verdict: 'FITS' } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].extensions?.fields?.map((field) => [field.field, field.messageKey])).toEqual([['cycle', 'localFit.validation.cycleNotNewer']]);
      expect(await history(utrecht.id, ondermijning)).toEqual(before);
    });
  });

  describe('comments from the theme page', () => {
    it('lets the theme’s driver and co-drivers and the bureau comment on the theme’s concerns, audited, and read them there', async () => {
      const utrechtConcern = (await concerns(driver)).find((row) => row.municipality.slug === 'utrecht') as Concern;
      const input = { assessmentId: utrechtConcern.id, body: 'Bespreken we in het thema-overleg van maart.' };
      const audits = await auditCount(app.dataSource, 'localFitComment.create');
      for (const email of ['driver.ondermijning@regie.example', 'codriver.ondermijning.om@regie.example', 'codriver.ondermijning.politie@regie.example', 'bureau@regie.example']) {
        expect(codes(await (await app.as(email)).request(COMMENT, { input }))).toEqual([]);
      }
      expect(await auditCount(app.dataSource, 'localFitComment.create')).toBe(audits + 4);
      const seen = (await concerns(driver)).find((row) => row.id === utrechtConcern.id);
      expect(seen?.comments.map((comment) => comment.body)).toEqual(Array(4).fill('Bespreken we in het thema-overleg van maart.'));
      expect(seen?.comments[0].authorName).toBe('Burgemeester van Utrecht');
    });

    it.each(['driver.overlast@regie.example', 'codriver.overlast.om@regie.example', 'college@regie.example', 'gemeente.utrecht@regie.example', 'viewer@regie.example'])(
      'refuses a comment on an ondermijning assessment by %s and writes nothing',
      async (email) => {
        const [concern] = await concerns(driver);
        const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM local_fit_comment');
        expect(codes(await (await app.as(email)).request(COMMENT, { input: { assessmentId: concern.id, body: 'Mag dit?' } }))).toEqual(['FORBIDDEN']);
        expect((await app.dataSource.query('SELECT count(*)::int AS count FROM local_fit_comment'))[0].count).toBe(count);
      },
    );
  });

  describe('handling overlap signals', () => {
    it('lets the bureau mark a signal handled with a note, audited; the others stay open', async () => {
      const all = await signals();
      expect(all.length).toBeGreaterThan(2);
      expect(all.map((signal) => signal.handling)).toEqual(all.map(() => null));
      expect(all.map((signal) => signal.key)).toEqual(all.map(() => expect.stringMatching(/^[0-9a-f]{64}$/)));
      expect(new Set(all.map((signal) => signal.key)).size).toBe(all.length);
      const [target] = all;
      const audits = await auditCount(app.dataSource, 'overlapSignalHandling.create');

      const handled = await bureau.request<{ handleOverlapSignal: { signalKey: string; note: string; handledByName: string; version: number } }>(HANDLE, {
        input: { signalKey: target.key, note: '  Besproken in het bureauoverleg: Zeist stopt de eigen aanpak.  ' },
      });
      expect(handled.errors).toBeUndefined();
      expect(handled.data?.handleOverlapSignal).toMatchObject({ signalKey: target.key, note: 'Besproken in het bureauoverleg: Zeist stopt de eigen aanpak.', version: 1 });
      expect(await auditCount(app.dataSource, 'overlapSignalHandling.create')).toBe(audits + 1);

      const after = await signals();
      expect(after.find((signal) => signal.key === target.key)?.handling).toMatchObject({ note: 'Besproken in het bureauoverleg: Zeist stopt de eigen aanpak.' });
      expect(after.filter((signal) => signal.handling !== null)).toHaveLength(1);
    });

    it('answers CONFLICT when the signal was marked meanwhile or the version is stale, and changes the note with the right version', async () => {
      const target = (await signals()).find((signal) => signal.handling) as Signal;
      expect(codes(await bureau.request(HANDLE, { input: { signalKey: target.key, note: 'Ook besproken.' } }))).toEqual(['CONFLICT']);
      expect(codes(await bureau.request(HANDLE, { input: { signalKey: target.key, note: 'Ook besproken.', version: 7 } }))).toEqual(['CONFLICT']);
      const changed = await bureau.request<{ handleOverlapSignal: { note: string; version: number } }>(HANDLE, { input: { signalKey: target.key, note: 'Afgehandeld.', version: 1 } });
      expect(changed.data?.handleOverlapSignal).toMatchObject({ note: 'Afgehandeld.', version: 2 });
    });

    it('refuses an empty note with a field error and an unknown signal as NOT_FOUND, writing nothing', async () => {
      const open = (await signals()).find((signal) => !signal.handling) as Signal;
      const refused = await bureau.request(HANDLE, { input: { signalKey: open.key, note: ' ' } });
      expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
      expect(refused.errors?.[0].extensions?.fields?.map((field) => [field.field, field.messageKey])).toEqual([['note', 'localFit.validation.noteRequired']]);
      expect(codes(await bureau.request(HANDLE, { input: { signalKey: 'f'.repeat(64), note: 'Besproken.' } }))).toEqual(['NOT_FOUND']);
      expect((await app.dataSource.query('SELECT count(*)::int AS count FROM overlap_signal_handling'))[0].count).toBe(1);
    });

    it.each(['gemeente.utrecht@regie.example', 'driver.overlast@regie.example', 'codriver.overlast.politie@regie.example', 'college@regie.example', 'viewer@regie.example'])(
      'does not let %s mark or reopen a signal',
      async (email) => {
        const all = await signals();
        const open = all.find((signal) => !signal.handling) as Signal;
        const handling = all.find((signal) => signal.handling)?.handling as NonNullable<Signal['handling']>;
        const client = await app.as(email);
        expect(codes(await client.request(HANDLE, { input: { signalKey: open.key, note: 'Besproken.' } }))).toEqual(['FORBIDDEN']);
        expect(codes(await client.request(REOPEN, { input: { handlingId: handling.id, version: handling.version } }))).toEqual(['FORBIDDEN']);
        expect((await signals()).map((signal) => signal.handling)).toEqual(all.map((signal) => signal.handling));
      },
    );

    it('opens a handled pair again when another municipality joins both actions, but not when an action is renamed', async () => {
      const pair = (await signals()).find(isOpenPair) as Signal;
      expect(codes(await bureau.request(HANDLE, { input: { signalKey: pair.key, note: 'Afgestemd: de acties blijven naast elkaar bestaan.' } }))).toEqual([]);
      const samePair = samePairAs(pair);

      await app.dataSource.query(`UPDATE action SET title = title || ' (herzien)' WHERE id = $1`, [pair.actionId]);
      expect((await signals()).find(samePair)?.handling?.note).toBe('Afgestemd: de acties blijven naast elkaar bestaan.');

      const [newcomer] = await app.dataSource.query(
        `SELECT m.id FROM municipality m JOIN action a ON a.region_id = m.region_id WHERE a.id = $1 AND m.id <> ALL($2::uuid[]) ORDER BY m.name LIMIT 1`,
        [pair.actionId, pair.municipalityIds],
      );
      await app.dataSource.query(`INSERT INTO action_municipality (action_id, municipality_id) VALUES ($1, $3), ($2, $3) ON CONFLICT DO NOTHING`, [pair.actionId, pair.otherActionId, newcomer.id]);
      const reopened = (await signals()).find(samePair) as Signal;
      expect(reopened.municipalityIds).toContain(newcomer.id);
      expect(reopened.key).not.toBe(pair.key);
      expect(reopened.handling).toBeNull();
      // The earlier mark is kept as the record of what was handled.
      expect((await app.dataSource.query('SELECT count(*)::int AS count FROM overlap_signal_handling WHERE signal_key = $1', [pair.key]))[0].count).toBe(1);
    });

    it('lets the bureau reopen a handled signal, refusing a stale version', async () => {
      const handled = (await signals()).find((signal) => signal.handling) as Signal;
      const handling = handled.handling as NonNullable<Signal['handling']>;
      expect(codes(await bureau.request(REOPEN, { input: { handlingId: handling.id, version: handling.version + 1 } }))).toEqual(['CONFLICT']);
      const audits = await auditCount(app.dataSource, 'overlapSignalHandling.delete');
      const reopened = await bureau.request<{ reopenOverlapSignal: boolean }>(REOPEN, { input: { handlingId: handling.id, version: handling.version } });
      expect(reopened.data?.reopenOverlapSignal).toBe(true);
      expect((await signals()).find((signal) => signal.key === handled.key)?.handling).toBeNull();
      expect(await auditCount(app.dataSource, 'overlapSignalHandling.delete')).toBe(audits + 1);
    });
  });
});
