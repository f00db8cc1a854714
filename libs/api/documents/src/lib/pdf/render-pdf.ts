import PDFDocument from 'pdfkit';
import {
  chartAsTable,
  ChartBlock,
  countBlocks,
  DocumentBlock,
  DocumentModel,
  DocumentSection,
  headingLevel,
  ProgressCallback,
  TableBlock,
  yieldToEventLoop,
} from '../document-model';
import { figuresWord } from '../document-labels';
import { CHART_BLOCK_HEIGHT, drawChart } from './pdf-chart';
import { fontData } from './pdf-fonts';
import { addPageNumbers } from './pdf-page-numbers';
import { drawTable } from './pdf-table';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const HEADING_SIZES = { 1: 19, 2: 14.5, 3: 12 } as const;
const BODY_SIZE = 10;

/**
 * Renders the model as a tagged, PDF/UA-identified PDF: every heading, paragraph, list, table cell and
 * figure sits in the structure tree in reading order, the document language and title are set and the
 * title is shown in the viewer's title bar. Yields to the event loop between blocks so a long pack
 * never holds up other requests.
 */
export async function renderPdf(model: DocumentModel, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 62, right: 62 },
    pdfVersion: '1.7',
    // PDFKit supports PDF/UA identification; its type definitions list only the PDF/A subsets.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    // Pages stay in memory until the end, so every footer can say how many pages there are.
    bufferPages: true,
    tagged: true,
    displayTitle: true,
    lang: model.language,
    // PDFKit hashes every info entry into the file id, so absent entries must be left out, not undefined.
    info: {
      Title: model.title,
      Creator: 'Regie',
      ...(model.subject ? { Subject: model.subject } : {}),
      ...(model.author ? { Author: model.author } : {}),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', fontData('regular'));
  doc.registerFont('bold', fontData('bold'));
  doc.font('regular').fontSize(BODY_SIZE);

  const root = doc.struct('Document');
  doc.addStructure(root);
  const total = Math.max(countBlocks(model.sections), 1);
  let done = 0;
  const step = async () => {
    done += 1;
    onProgress(done / total);
    await yieldToEventLoop();
  };

  // 'Title' is a PDF 2.0 role; PDF/UA-1 readers know P. The title is also the document's metadata title.
  root.add(doc.struct('P', {}, () => doc.font('bold').fontSize(22).fillColor('#1f2937').text(model.title)));
  doc.moveDown(0.8);

  const renderSection = async (section: DocumentSection, parent: Struct, depth: number, first: boolean) => {
    if (section.pageBreakBefore && !first) doc.addPage();
    const sect = doc.struct('Sect');
    parent.add(sect);
    const level = headingLevel(depth);
    ensureRoom(doc, HEADING_SIZES[level] * 4 + roomForStartOf(section.blocks[0]));
    sect.add(
      doc.struct(`H${level}`, {}, () => {
        doc.font('bold').fontSize(HEADING_SIZES[level]).fillColor('#1f2937').text(section.heading);
      }),
    );
    doc.moveDown(0.4);
    await step();
    for (const block of section.blocks) {
      renderBlock(doc, sect, block, model.language);
      await step();
    }
    for (const child of section.sections ?? []) await renderSection(child, sect, depth + 1, false);
    sect.end();
  };

  for (const [index, section] of model.sections.entries()) await renderSection(section, root, 1, index === 0);
  root.end();
  addPageNumbers(doc, model.language);
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

function renderBlock(doc: Doc, parent: Struct, block: DocumentBlock, language: string): void {
  doc.font('regular').fontSize(BODY_SIZE).fillColor('#111111');
  switch (block.kind) {
    case 'paragraph':
      parent.add(
        doc.struct('P', {}, () => {
          if (block.label) doc.font('bold').text(`${block.label} `, { continued: true }).font('regular');
          doc.text(block.text);
        }),
      );
      doc.moveDown(0.5);
      return;
    case 'list': {
      const list = doc.struct('L');
      parent.add(list);
      doc.list(block.items, { structParent: list, listType: block.ordered ? 'numbered' : 'bullet', bulletRadius: 2 });
      list.end();
      doc.moveDown(0.5);
      return;
    }
    case 'table':
      renderTable(doc, parent, block, language);
      return;
    case 'chart':
      renderChart(doc, parent, block, language);
      return;
    case 'pageBreak':
      doc.addPage();
      return;
  }
}

function renderTable(doc: Doc, parent: Struct, table: TableBlock, language: string): void {
  ensureRoom(doc, 60);
  parent.add(doc.struct('P', {}, () => doc.font('bold').fontSize(BODY_SIZE).text(table.caption)));
  doc.moveDown(0.2);
  drawTable(doc, parent, table, language);
  doc.x = doc.page.margins.left;
  doc.moveDown(0.8);
}

function renderChart(doc: Doc, parent: Struct, chart: ChartBlock, language: string): void {
  // Room for the chart and the start of its figures table, so the numbers do not land alone on the next page.
  ensureRoom(doc, CHART_BLOCK_HEIGHT + 90);
  parent.add(doc.struct('P', {}, () => doc.font('bold').fontSize(BODY_SIZE).text(chart.title)));
  parent.add(doc.struct('Figure', { alt: chart.alt }, () => drawChart(doc, chart, language)));
  doc.moveDown(0.5);
  renderTable(doc, parent, { ...chartAsTable(chart), caption: `${chart.title} (${figuresWord(language)})` }, language);
}

/** A heading stays on the page of what follows it: a chart (with the start of its table) or a table's first rows. */
function roomForStartOf(block: DocumentBlock | undefined): number {
  if (block?.kind === 'chart') return CHART_BLOCK_HEIGHT + 90;
  if (block?.kind === 'table') return 60;
  return 0;
}

/** Starts a new page when less than `height` points remain, so headings and charts are not split. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}
