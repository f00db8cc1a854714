import { codes, GraphqlClient } from '@regie/api/testing';
import { auditCount } from '../support/queries';
import { startTestApp, TestApp } from '../support/test-app';

const IMPORT = 'mutation ($input: ImportMeasurementsInput!) { importMeasurements(input: $input) { rows created updated } }';
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('importing measurements', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let indicatorId: string;
  const count = async () => (await app.dataSource.query('SELECT count(*)::int AS n FROM measurement WHERE indicator_id = $1', [indicatorId]))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    bureau = await app.as('bureau@regie.example');
    [{ id: indicatorId }] = await app.dataSource.query(`SELECT id FROM indicator WHERE name = 'Woninginbraken'`);
  });
  afterAll(() => app.close());

  it('refuses a file with one bad row as a whole, naming the row and line', async () => {
    const before = await count();
    const file = 'periode;gemeente;waarde\n2012-Q1;;7000\n2012-Q1;Zeist;180\n2012-Q1;Atlantis;5\n2012-Q2;Zeist;1.200\n';
    const result = await bureau.request(IMPORT, { input: { indicatorId, fileName: 'inbraken.csv', contentBase64: base64(file) } });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'rows.3.gemeente', messageKey: 'import.municipality', params: { row: 3, line: 4, column: 'gemeente', value: 'Atlantis' } }),
    ]);
    expect(await count()).toBe(before);
  });

  it('imports a valid file in one go, and updates on a second import', async () => {
    const before = await count();
    const audits = await auditCount(app.dataSource, 'measurement.import');
    const file = 'Periode,Gemeente,Waarde,Bron\n2012-Q1,,"7.000",politie\n2012-Q1,GM0355,180,politie\n2012-Q2,zeist,175,politie\n';
    expect((await bureau.request(IMPORT, { input: { indicatorId, fileName: 'inbraken.csv', contentBase64: base64(file) } })).data).toEqual({ importMeasurements: { rows: 3, created: 3, updated: 0 } });
    expect(await count()).toBe(before + 3);
    const again = 'periode;gemeente;waarde\n2012-Q1;Zeist;181\n';
    expect((await bureau.request(IMPORT, { input: { indicatorId, fileName: 'correctie.csv', contentBase64: base64(again) } })).data).toEqual({ importMeasurements: { rows: 1, created: 0, updated: 1 } });
    expect(await app.dataSource.query(`SELECT value::float FROM measurement m JOIN municipality g ON g.id = m.municipality_id WHERE indicator_id = $1 AND period = '2012-Q1' AND g.slug = 'zeist'`, [indicatorId])).toEqual([{ value: 181 }]);
    expect(await auditCount(app.dataSource, 'measurement.import')).toBe(audits + 2);
  });

  it('lets a municipality official import only their own rows', async () => {
    const official = await app.as('gemeente.zeist@regie.example');
    const own = 'periode;gemeente;waarde\n2012-Q3;Zeist;170\n';
    expect((await official.request(IMPORT, { input: { indicatorId, fileName: 'zeist.csv', contentBase64: base64(own) } })).data).toEqual({ importMeasurements: { rows: 1, created: 1, updated: 0 } });
    const mixed = 'periode;gemeente;waarde\n2012-Q4;Zeist;160\n2012-Q4;;6500\n';
    const refused = await official.request(IMPORT, { input: { indicatorId, fileName: 'zeist.csv', contentBase64: base64(mixed) } });
    expect(refused.errors?.[0].extensions?.fields?.map((f) => [f.field, f.messageKey])).toEqual([['rows.2.gemeente', 'import.forbiddenRow']]);
  });

  it('refuses files it cannot read', async () => {
    const result = await bureau.request(IMPORT, { input: { indicatorId, fileName: 'inbraken.xlsx', contentBase64: base64('no workbook') } });
    expect(result.errors?.[0].extensions?.fields?.map((f) => f.messageKey)).toEqual(['import.unreadable']);
  });
});
