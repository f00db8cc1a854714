import {
  AlignmentType,
  Document,
  HeadingLevel,
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

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const ORDERED = 'ordered-list';

/**
 * Renders the model as a Word document with Word's own heading styles (so the navigation pane and
 * screen readers see the outline), real tables with a repeating header row, and the document
 * language set on the default style.
 */
export async function renderDocx(model: DocumentModel, onProgress: ProgressCallback = () => undefined): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] })];
  const total = Math.max(countBlocks(model.sections), 1);
  let done = 0;

  const renderSection = async (section: DocumentSection, depth: number, first: boolean) => {
    children.push(
      new Paragraph({
        heading: HEADINGS[headingLevel(depth)],
        pageBreakBefore: Boolean(section.pageBreakBefore && !first),
        children: [new TextRun(section.heading)],
      }),
    );
    for (const block of section.blocks) {
      children.push(...renderBlock(block, model.language));
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

function renderBlock(block: DocumentBlock, language: string): (Paragraph | Table)[] {
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
      return renderChart(block, language);
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

/** Word gets the chart's text alternative and its numbers as a table; the drawing itself is in the PDF. */
function renderChart(chart: ChartBlock, language: string): (Paragraph | Table)[] {
  return [new Paragraph({ children: [new TextRun({ text: chart.alt, italics: true })] }), ...renderTable(chartAsTable(chart), language)];
}
