import { codes, GraphqlClient, inspectDocx, inspectPdf, pdfText, structureNodes } from '@regie/api/testing';
import ExcelJS from 'exceljs';
import { download, healthLatenciesWhileRunning, jobAs, JobView } from '../support/jobs';
import { addSecondRegion } from '../support/second-region';
import { startTestApp, TestApp } from '../support/test-app';

const GENERATE = `mutation ($meetingId: ID!, $format: BoardPackFormat!) { generateBoardPack(meetingId: $meetingId, format: $format) { id kind status progress } }`;
const THEMES = ['Overlast', 'Ondermijning', 'Misdrijven met grote maatschappelijke impact'];

describe('the board pack of a Regionaal College meeting', () => {
  let app: TestApp;
  let bureau: GraphqlClient;
  let meetingId: string;

  beforeAll(async () => {
    app = await startTestApp();
    await addSecondRegion(app.dataSource);
    bureau = await app.as('bureau@regie.example');
    [{ id: meetingId }] = await app.dataSource.query(`SELECT id FROM college_meeting WHERE date = '2010-06-17'`);
  });
  afterAll(() => app.close());

  /** Generates through GraphQL, waits while checking /health, downloads through the HTTP route. */
  async function generate(client: GraphqlClient, format: string) {
    const started = await client.request<{ generateBoardPack: JobView }>(GENERATE, { meetingId, format });
    expect(started.errors).toBeUndefined();
    const job = started.data?.generateBoardPack as JobView;
    expect(job).toMatchObject({ kind: 'board-pack', status: 'QUEUED', progress: 0 });
    const run = await healthLatenciesWhileRunning(app, client, job.id);
    const done = (await jobAs(client, job.id)).data?.job as JobView;
    const file = await download(app, String(done.downloadUrl), client);
    return { run, done, file, body: Buffer.from(await file.arrayBuffer()) };
  }

  it('renders the pack as an accessible PDF: tagged, Dutch, titled, with headings, reports, charts and the annex', async () => {
    const { run, done, file, body } = await generate(bureau, 'PDF');
    expect(done).toMatchObject({ status: 'DONE', progress: 100, fileName: 'Vergaderstukken Regionaal College 2010-06-17.pdf' });
    expect(run.elapsed).toBeLessThan(10_000);
    expect(run.healthStatuses).toEqual([200]);
    expect(file.headers.get('content-type')).toBe('application/pdf');

    const pdf = inspectPdf(body);
    expect(pdf).toMatchObject({ language: 'nl-NL', marked: true, displayDocTitle: true, pdfUa: true });
    expect(pdf.title).toMatch(/^Vergaderstukken Regionaal College .+, 17 juni 2010$/);
    const h1 = structureNodes(pdf, 'H1').length;
    expect(h1).toBe(6);
    expect(structureNodes(pdf, 'H2').length).toBeGreaterThanOrEqual(5);
    expect(structureNodes(pdf, 'Figure').every((figure) => figure.alt?.startsWith('Staafdiagram'))).toBe(true);
    expect(structureNodes(pdf, 'Figure').length).toBeGreaterThan(0);
    expect(structureNodes(pdf, 'TH').length).toBeGreaterThan(10);
    // Table cells wrap lines; words are compared with single spaces.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const heading of ['Aanbiedingsnotitie', 'Agenda', 'Besluitvoorstellen', 'Besluiten', 'Voortgangsrapportages', 'Bijlage: indicatoren', ...THEMES]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Stand per onderdeel');
    expect(text).toContain('Het College neemt kennis van de voortgangsrapportage');
    expect(pdf.pages.at(-1)?.text).toContain(`Pagina ${pdf.pageCount} van ${pdf.pageCount}`);
  });

  it('renders the same pack as DOCX with Word heading styles and Dutch as language', async () => {
    const { done, file, body } = await generate(bureau, 'DOCX');
    expect(done.fileName).toBe('Vergaderstukken Regionaal College 2010-06-17.docx');
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = await inspectDocx(body);
    expect(docx.language).toBe('nl-NL');
    expect(docx.title).toMatch(/17 juni 2010$/);
    const headings = (style: string) => docx.paragraphs.filter((paragraph) => paragraph.style === style).map((paragraph) => paragraph.text);
    expect(headings('Heading1')).toEqual(['Aanbiedingsnotitie', 'Agenda', 'Besluitvoorstellen', 'Besluiten', 'Voortgangsrapportages', 'Bijlage: indicatoren']);
    expect(headings('Heading2')).toEqual(expect.arrayContaining(THEMES));
    expect(headings('Heading3')).toEqual(expect.arrayContaining(['Stand per onderdeel', 'Indicatoren', 'Capaciteit en geld']));
    expect(docx.tableCount).toBeGreaterThan(10);
    // Every chart is a picture with its text alternative, as in the PDF.
    const pictures = Object.keys(docx.zip.files).filter((name) => name.startsWith('word/media/'));
    const descriptions = [...docx.documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    expect(pictures.length).toBeGreaterThan(0);
    expect(descriptions).toHaveLength(pictures.length);
    expect(descriptions.every((description) => description.startsWith('Staafdiagram'))).toBe(true);
  });

  it('gives the indicator annex as a spreadsheet', async () => {
    const { done, body } = await generate(bureau, 'XLSX');
    expect(done.fileName).toBe('Vergaderstukken Regionaal College 2010-06-17 - indicatoren.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Indicatoren per thema') as ExcelJS.Worksheet;
    expect(sheet.getRow(1).getCell(1).value).toBe('Thema');
    expect(sheet.rowCount).toBeGreaterThan(5);
    expect(typeof sheet.getRow(2).getCell(8).value).toBe('number');
  });

  it('is for whoever may read the meeting, and a pack is downloaded only by who generated it', async () => {
    const college = await app.as('college@regie.example');
    const { done } = await generate(college, 'XLSX');
    expect(done.status).toBe('DONE');
    expect((await download(app, `/api/jobs/${done.id}/download`, bureau)).status).toBe(403);

    const otherBureau = await app.as('bureau.gm@regie.example');
    expect(codes(await otherBureau.request(GENERATE, { meetingId, format: 'PDF' }))).toEqual(['FORBIDDEN']);
    expect(codes(await bureau.request(GENERATE, { meetingId: '00000000-0000-4000-8000-000000000000', format: 'PDF' }))).toEqual(['NOT_FOUND']);
    expect(codes(await app.client().request(GENERATE, { meetingId, format: 'PDF' }))).toEqual(['UNAUTHENTICATED']);
  });
});
