import { inspectPdf, pdfText, structureNodes, structureRoles } from '@regie/api/testing';
import { SAMPLE_DOCUMENT } from '../testing/sample-document';
import { niceMaximum } from '../chart/chart-layout';
import { renderPdf } from './render-pdf';

describe('renderPdf', () => {
  let inspection: ReturnType<typeof inspectPdf>;
  const progress: number[] = [];

  beforeAll(async () => {
    inspection = inspectPdf(await renderPdf(SAMPLE_DOCUMENT, (fraction) => progress.push(fraction)));
  });

  it('is a tagged PDF/UA document in Dutch whose title the viewer shows', () => {
    expect(inspection).toMatchObject({
      title: 'Vergaderstukken Regionaal College 12 mei 2010',
      language: 'nl-NL',
      marked: true,
      displayDocTitle: true,
      pdfUa: true,
    });
  });

  it('puts headings, paragraphs, lists, tables and figures in the structure tree in reading order', () => {
    const roles = structureRoles(inspection);
    const headings = roles.filter((role) => /^H\d$/.test(role));
    expect(headings).toEqual(['H1', 'H1', 'H1', 'H2', 'H3']);
    expect(roles).toEqual(expect.arrayContaining(['Document', 'Sect', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure']));
    expect(structureNodes(inspection, 'TH')).toHaveLength(4 + 2 + 3);
  });

  it('gives every chart its text alternative', () => {
    expect(structureNodes(inspection, 'Figure').map((figure) => figure.alt)).toEqual([
      'Staafdiagram: overlastmeldingen daalden van 1200 in 2008 naar 950 in 2010.',
      'Lijndiagram: ingezette capaciteit steeg van 4 naar 6 fte.',
    ]);
  });

  it('contains the text, with Dutch characters and number formatting, and the page break', () => {
    const text = pdfText(inspection);
    expect(text).toContain('Aanbiedingsnotitie');
    expect(text).toContain('Cameratoezicht geëvalueerd');
    expect(text).toContain('Risico’s en knelpunten');
    expect(text).toContain('1.200');
    expect(text).toContain('31,5');
    expect(inspection.pageCount).toBeGreaterThanOrEqual(2);
    expect(inspection.pages[0].text).not.toContain('Voortgangsrapportages');
  });

  it('keeps a heading on the page of the chart that follows it', () => {
    const page = inspection.pages.find((candidate) => candidate.text.includes('Risico’s en knelpunten'));
    expect(page?.text).toContain('Capaciteit ingezet (fte)');
  });

  it('numbers every page "Pagina n van m" outside the structure tree', () => {
    const count = inspection.pageCount;
    expect(inspection.pages.map((page) => /Pagina (\d+) van (\d+)/.exec(page.text)?.slice(1).map(Number))).toEqual(
      Array.from({ length: count }, (_, index) => [index + 1, count]),
    );
    expect(JSON.stringify(inspection.pages.map((page) => page.structTree))).not.toContain('Pagina');
  });

  it('reports progress rising to 1', () => {
    expect(progress.length).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });
});

describe('renderPdf with a table wider than the page', () => {
  it('narrows columns without breaking a word', async () => {
    const header = ['Thema', 'Indicator', 'Eenheid', 'Nulmeting', 'Vorige periode', 'Vorige waarde', 'Laatste periode', 'Laatste waarde', 'Streefwaarde', 'Trend'];
    const row = ['Misdrijven met grote maatschappelijke impact', 'Doorlooptijd geweldszaken', 'dagen', 140, '2009-Q4', 128, '2010-Q1', 124, 90, 'verbetert'];
    const pdf = inspectPdf(await renderPdf({ title: 'Breed', language: 'nl-NL', sections: [{ heading: 'Bijlage', blocks: [{ kind: 'table', caption: 'Indicatoren', header, rows: [row] }] }] }));
    const words = pdfText(pdf).split(/\s+/);
    expect(words).toEqual(expect.arrayContaining(['verbetert', 'maatschappelijke', 'geweldszaken', '2009-Q4']));
  });
});

describe('renderPdf with a table longer than a page', () => {
  const header = ['Gemeente', 'Meldingen 2009', 'Meldingen 2010'];
  const rows = Array.from({ length: 90 }, (_, index) => [`Gemeente ${index + 1}`, 1000 + index, 900 + index]);
  let inspection: ReturnType<typeof inspectPdf>;

  beforeAll(async () => {
    inspection = inspectPdf(
      await renderPdf({ title: 'Lang', language: 'en-GB', sections: [{ heading: 'Annex', blocks: [{ kind: 'table', caption: 'Per municipality', header, rows }] }] }),
    );
  });

  it('repeats the header row at the top of every page the table runs onto', () => {
    expect(inspection.pageCount).toBeGreaterThanOrEqual(3);
    for (const page of inspection.pages) expect(page.text).toContain('Meldingen 2010');
    expect(inspection.pages[1].text.indexOf('Meldingen 2009')).toBeLessThan(inspection.pages[1].text.indexOf('Gemeente 6'));
  });

  // pdf.js gives each page the part of the tree it touches, so a table shows on every page; count the
  // cells that have content on a page.
  const withContent = (role: string) => structureNodes(inspection, role).filter((node) => node.children?.some((child) => child.type === 'content'));

  it('tags the header row once, as TH in THead, and every data row as TD', () => {
    expect(withContent('TH')).toHaveLength(header.length);
    expect(withContent('TD')).toHaveLength(rows.length * header.length);
    expect(structureNodes(inspection, 'THead').filter((head) => JSON.stringify(head).includes('"content"'))).toHaveLength(1);
  });

  it('numbers the pages in the document language', () => {
    expect(inspection.pages.at(-1)?.text).toContain(`Page ${inspection.pageCount} of ${inspection.pageCount}`);
  });
});

describe('niceMaximum', () => {
  it.each([
    [0, 1],
    [0.3, 0.5],
    [7, 10],
    [1200, 2000],
    [950, 1000],
    [4100, 5000],
  ])('rounds %p up to %p', (value, expected) => {
    expect(niceMaximum(value)).toBe(expected);
  });
});
