import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  chartAsTable,
  ChartBlock,
  countBlocks,
  DocumentBlock,
  DocumentModel,
  DocumentSection,
  formatCell,
  headingLevel,
  ProgressCallback,
  TableBlock,
  yieldToEventLoop,
} from '../document-model';
import { chartPng, pdfTextMeasure } from '../chart/chart-png';
import { MeasureText } from '../chart/chart-layout';
import { figuresWord } from '../document-labels';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ORDERED = 'ordered-list';
/** The PDF's chart width in points (A4 less its margins), so both formats lay the chart out alike. */
const CHART_WIDTH_POINTS = 595.28 - 2 * 62;
/** Shown at Word's text width for A4 with its default margins (6.27 inch at 96 pixels per inch). */
const CHART_WIDTH_PIXELS = 600;

/**
 * Renders the model as a Word document with Word's own heading styles (so the navigation pane and
 * screen readers see the outline), real tables with a repeating header row, and the document
 * language set on the default style.
 */
export async function renderDocx(model: DocumentModel, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] })];
  const total = Math.max(countBlocks(model.sections), 1);
  let done = 0;
  const context: RenderContext = { language: model.language, measure: pdfTextMeasure() };

  const renderSection = async (section: DocumentSection, depth: number, first: boolean) => {
    children.push(
      new Paragraph({
        heading: HEADINGS[headingLevel(depth)],
        pageBreakBefore: Boolean(section.pageBreakBefore && !first),
        children: [new TextRun(section.heading)],
      }),
    );
    for (const block of section.blocks) {
      children.push(...renderBlock(block, context));
      onProgress(++done / total);
      await yieldToEventLoop();
    }
    onProgress(++done / total);
    for (const child of section.sections ?? []) await renderSection(child, depth + 1, false);
  };
  for (const [index, section] of model.sections.entries()) await renderSection(section, 1, index === 0);

  const document = new Document({
    title: model.title,
    subject: model.subject,
    creator: model.author ?? 'Regie',
    styles: { default: { document: { run: { language: { value: model.language }, font: 'Calibri', size: 21 } } } },
    numbering: {
      config: [{ reference: ORDERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

interface RenderContext {
  language: string;
  measure: MeasureText;
}

function renderBlock(block: DocumentBlock, { language, measure }: RenderContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          children: [...(block.label ? [new TextRun({ text: `${block.label} `, bold: true })] : []), new TextRun(block.text)],
        }),
      ];
    case 'list':
      return block.items.map((item) =>
        block.ordered
          ? new Paragraph({ text: item, numbering: { reference: ORDERED, level: 0 } })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case 'table':
      return renderTable(block, language);
    case 'chart':
      return renderChart(block, language, measure);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function renderTable(table: TableBlock, language: string): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.header.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: true })] })] })),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map(
          (value) =>
            new TableCell({
              children: [
                new Paragraph({
                  alignment: typeof value === 'number' ? AlignmentType.RIGHT : AlignmentType.LEFT,
                  children: [new TextRun(formatCell(value, language))],
                }),
              ],
            }),
        ),
      }),
  );
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(table.caption)] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
    new Paragraph({ children: [] }),
  ];
}

/**
 * The chart as a picture (the PDF's geometry rendered to PNG) with its text alternative as the image's
 * description, followed by its numbers as a table.
 */
function renderChart(chart: ChartBlock, language: string, measure: MeasureText): (Paragraph | Table)[] {
  const image = chartPng(chart, CHART_WIDTH_POINTS, language, measure);
  const picture = new ImageRun({
    type: 'png',
    data: image.png,
    transformation: { width: CHART_WIDTH_PIXELS, height: Math.round((CHART_WIDTH_PIXELS * image.height) / image.width) },
    altText: { name: chart.title, title: chart.title, description: chart.alt },
  });
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(chart.title)] }),
    new Paragraph({ keepNext: true, children: [picture] }),
    ...renderTable({ ...chartAsTable(chart), caption: `${chart.title} (${figuresWord(language)})` }, language),
  ];
}
