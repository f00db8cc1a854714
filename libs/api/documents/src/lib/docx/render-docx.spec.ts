import { inspectDocx } from '@regie/api/testing';
import { SAMPLE_DOCUMENT } from '../testing/sample-document';
import { renderDocx } from './render-docx';

describe('renderDocx', () => {
  let inspection: Awaited<ReturnType<typeof inspectDocx>>;

  beforeAll(async () => {
    inspection = await inspectDocx(await renderDocx(SAMPLE_DOCUMENT));
  });

  it('uses Word heading styles for the title and each section level', () => {
    const headings = inspection.paragraphs.filter((paragraph) => /^(Title|Heading\d)$/.test(String(paragraph.style)));
    expect(headings).toEqual([
      { style: 'Title', text: 'Vergaderstukken Regionaal College 12 mei 2010' },
      { style: 'Heading1', text: 'Aanbiedingsnotitie' },
      { style: 'Heading1', text: 'Agenda' },
      { style: 'Heading1', text: 'Voortgangsrapportages' },
      { style: 'Heading2', text: 'Overlast en verloedering' },
      { style: 'Heading3', text: 'Risico’s en knelpunten' },
    ]);
  });

  it('sets Dutch as the language and the title as document property', () => {
    expect(inspection.language).toBe('nl-NL');
    expect(inspection.title).toBe('Vergaderstukken Regionaal College 12 mei 2010');
  });

  it('writes tables with a header row that repeats on every page, and chart numbers', () => {
    expect(inspection.tableCount).toBe(3);
    expect(inspection.documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    const texts = inspection.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual(expect.arrayContaining(['Indicatoren Overlast', 'Overlastmeldingen', '1.200', '31,5', '–', 'Overlastmeldingen per jaar (cijfers)']));
    expect(texts).toContain('Gevraagd besluit: Kennisnemen van de rapportages en instemmen met het voorstel over ondermijning.');
  });

  it('shows every chart as a PNG picture with its text alternative as description', async () => {
    const descriptions = [...inspection.documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((match) => match[1]);
    expect(descriptions).toEqual([
      'Staafdiagram: overlastmeldingen daalden van 1200 in 2008 naar 950 in 2010.',
      'Lijndiagram: ingezette capaciteit steeg van 4 naar 6 fte.',
    ]);
    const media = Object.keys(inspection.zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    const png = await inspection.zip.file(media[0])?.async('nodebuffer');
    expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
    // 3 pixels per point of a 471-point-wide chart: sharp enough to print.
    expect(png?.readUInt32BE(16)).toBeGreaterThan(1400);
  });

  it('starts a section marked so on a new page', () => {
    expect(inspection.documentXml).toMatch(/<w:pageBreakBefore\/>[\s\S]*?Voortgangsrapportages/);
  });
});
