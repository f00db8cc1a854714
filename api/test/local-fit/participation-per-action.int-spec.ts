import { codes, GraphqlClient } from '@regie/api/testing';
import { themeId } from '../support/plan';
import { auditCount, municipalityBySlug } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const FIELDS = 'id actionId level contactName capacityFte budgetEuro since version action { title }';
const CREATE = `mutation ($input: CreateParticipationInput!) { createParticipation(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateParticipationInput!) { updateParticipation(input: $input) { ${FIELDS} } }`;
const UPDATE_PRACTICE = 'mutation ($input: UpdateGoodPracticeInput!) { updateGoodPractice(input: $input) { id title description contact version theme { slug } } }';

const fieldsOf = (result: { errors?: Array<{ extensions?: { fields?: Array<{ field: string; messageKey: string }> } }> }) =>
  (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, messageKey }) => ({ field, messageKey }));

interface Participation {
  id: string;
  actionId: string | null;
  level: string;
  contactName: string | null;
  capacityFte: number | null;
  budgetEuro: number | null;
  since: string | null;
  version: number;
}

describe('participation per regional action, and editing good practices', () => {
  let app: TestApp;
  let official: GraphqlClient;
  let otherOfficial: GraphqlClient;
  let utrecht: { id: string };
  let ondermijning: string;
  let overlast: string;
  /** A regional action of ondermijning Utrecht has not recorded participation in yet. */
  let action: { id: string; title: string };
  let actionOfOverlast: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    official = await app.as('gemeente.utrecht@regie.example');
    otherOfficial = await app.as('gemeente.zeist@regie.example');
    utrecht = await municipalityBySlug(app.dataSource, 'utrecht');
    ondermijning = await themeId(app.dataSource, 'ondermijning');
    overlast = await themeId(app.dataSource, 'overlast');
    [action] = await app.dataSource.query(
      `SELECT a.id, a.title FROM action a WHERE a.theme_id = $1 AND NOT EXISTS (SELECT 1 FROM participation p WHERE p.action_id = a.id AND p.municipality_id = $2) ORDER BY a.title LIMIT 1`,
      [ondermijning, utrecht.id],
    );
    [actionOfOverlast] = await app.dataSource.query('SELECT id FROM action WHERE theme_id = $1 LIMIT 1', [overlast]);
  });
  afterAll(() => app.close());

  const input = () => ({ municipalityId: utrecht.id, themeId: ondermijning, actionId: action.id, level: 'PARTLY', contactName: 'J. de Vries', capacityFte: 0.5, budgetEuro: 25000, since: '2010-03-01' });

  it('lets the official record how the municipality takes part in one regional action, audited', async () => {
    const audits = await auditCount(app.dataSource, 'participation.create');
    const created = await official.request<{ createParticipation: Participation & { action: { title: string } } }>(CREATE, { input: input() });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createParticipation).toMatchObject({ actionId: action.id, level: 'PARTLY', contactName: 'J. de Vries', capacityFte: 0.5, budgetEuro: 25000, since: '2010-03-01', version: 1, action: { title: action.title } });
    expect(await auditCount(app.dataSource, 'participation.create')).toBe(audits + 1);
    const listed = await official.request<{ participations: Participation[] }>(`query ($m: ID!) { participations(municipalityId: $m) { ${FIELDS} } }`, { m: utrecht.id });
    expect(listed.data?.participations.filter((row) => row.actionId === action.id)).toHaveLength(1);
  });

  it('refuses a second record for the same action, an action of another theme, a negative budget and another municipality', async () => {
    const countOf = async () => (await app.dataSource.query('SELECT count(*)::int AS count FROM participation')).at(0).count as number;
    const before = await countOf();
    expect(fieldsOf(await official.request(CREATE, { input: input() }))).toEqual([{ field: 'actionId', messageKey: 'localFit.validation.participationExists' }]);
    expect(fieldsOf(await official.request(CREATE, { input: { ...input(), actionId: actionOfOverlast.id } }))).toEqual([{ field: 'actionId', messageKey: 'localFit.validation.wrongTheme' }]);
    expect(fieldsOf(await official.request(CREATE, { input: { ...input(), budgetEuro: -1 } }))).toEqual([{ field: 'budgetEuro', messageKey: 'validation.min' }]);
    const zeist = await municipalityBySlug(app.dataSource, 'zeist');
    expect(codes(await official.request(CREATE, { input: { ...input(), municipalityId: zeist.id } }))).toEqual(['FORBIDDEN']);
    expect(await countOf()).toBe(before);
  });

  it('edits the action participation under optimistic locking, and refuses another municipality’s official', async () => {
    const [row] = await app.dataSource.query('SELECT id, version FROM participation WHERE action_id = $1 AND municipality_id = $2', [action.id, utrecht.id]);
    const changed = await official.request<{ updateParticipation: Participation }>(UPDATE, { input: { id: row.id, version: row.version, level: 'FULL', capacityFte: 1 } });
    expect(changed.data?.updateParticipation).toMatchObject({ level: 'FULL', capacityFte: 1, contactName: 'J. de Vries', version: row.version + 1 });
    expect(codes(await official.request(UPDATE, { input: { id: row.id, version: row.version, level: 'NOT' } }))).toEqual(['CONFLICT']);
    expect(codes(await otherOfficial.request(UPDATE, { input: { id: row.id, version: row.version + 1, level: 'NOT' } }))).toEqual(['FORBIDDEN']);
    const [after] = await app.dataSource.query('SELECT level FROM participation WHERE id = $1', [row.id]);
    expect(after.level).toBe('FULL');
  });

  describe('good practices', () => {
    it('lets the bureau edit description, theme and contact of a practice, audited, under optimistic locking', async () => {
      const bureau = await app.as('bureau@regie.example');
      const [practice] = await app.dataSource.query(`SELECT id, version FROM good_practice WHERE title = 'Aanpak fietsendiefstal'`);
      const audits = await auditCount(app.dataSource, 'goodPractice.update');
      const edited = await bureau.request<{ updateGoodPractice: unknown }>(UPDATE_PRACTICE, {
        input: { id: practice.id, version: practice.version, description: 'Gemerkte lokfietsen en vaste stallingen bij stations.', themeId: overlast, contact: 'Programmabureau, fietsen@regie.example' },
      });
      expect(edited.data?.updateGoodPractice).toEqual({
        id: practice.id,
        title: 'Aanpak fietsendiefstal',
        description: 'Gemerkte lokfietsen en vaste stallingen bij stations.',
        contact: 'Programmabureau, fietsen@regie.example',
        version: practice.version + 1,
        theme: { slug: 'overlast' },
      });
      expect(await auditCount(app.dataSource, 'goodPractice.update')).toBe(audits + 1);
      expect(codes(await bureau.request(UPDATE_PRACTICE, { input: { id: practice.id, version: practice.version, contact: 'Verouderd' } }))).toEqual(['CONFLICT']);
      expect(fieldsOf(await bureau.request(UPDATE_PRACTICE, { input: { id: practice.id, version: practice.version + 1, description: 'x' } }))).toEqual([{ field: 'description', messageKey: 'validation.minLength' }]);
    });

    it('refuses a municipality official editing the library', async () => {
      const [practice] = await app.dataSource.query(`SELECT id, version, description FROM good_practice WHERE title = 'Aanpak autokraak'`);
      expect(codes(await official.request(UPDATE_PRACTICE, { input: { id: practice.id, version: practice.version, description: 'Door de gemeente herschreven.' } }))).toEqual(['FORBIDDEN']);
      const [after] = await app.dataSource.query('SELECT description FROM good_practice WHERE id = $1', [practice.id]);
      expect(after.description).toBe(practice.description);
    });
  });
});
