import { CellValue, formatCell, TableBlock } from '../document-model';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const PADDING = 4;
/** Wide tables step down a size or two before any word would have to break. */
const FONT_SIZES = [9, 8, 7, 6.5];
const HEADER_FILL = '#e5ebf2';
const BORDER = '#9aa5b1';

/**
 * Draws a table tagged as Table → TR → TH (scope column) / TD, borders as layout artifacts. Written
 * here rather than with PDFKit's own table, which re-parses an embedded font for every cell and took
 * ~100 ms per small table.
 */
export function drawTable(doc: Doc, parent: Struct, table: TableBlock, language: string): void {
  const left = doc.page.margins.left;
  const available = doc.page.width - doc.page.margins.right - left;
  const rows: { texts: string[]; header: boolean; numeric: boolean[] }[] = [
    { texts: table.header, header: true, numeric: table.header.map(() => false) },
    ...table.rows.map((row) => ({ texts: row.map((value) => formatCell(value, language)), header: false, numeric: row.map(isNumber) })),
  ];
  const { widths, fontSize } = layoutColumns(doc, rows, available);
  const tableStruct = doc.struct('Table');
  parent.add(tableStruct);

  for (const row of rows) {
    doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize);
    const height = Math.max(...row.texts.map((text, index) => doc.heightOfString(text, { width: widths[index] - 2 * PADDING }))) + 2 * PADDING;
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    if (row.header) drawHeaderBackground(doc, left, top, widths, height);
    const rowStruct = doc.struct('TR');
    tableStruct.add(rowStruct);
    let x = left;
    row.texts.forEach((text, index) => {
      const cellX = x;
      const cell = doc.struct(row.header ? 'TH' : 'TD', {}, () => {
        doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize).fillColor('#111111');
        doc.text(text, cellX + PADDING, top + PADDING, { width: widths[index] - 2 * PADDING, align: row.numeric[index] ? 'right' : 'left' });
      });
      if (row.header) setAttributes(doc, cell, { O: 'Table', Scope: 'Column' });
      rowStruct.add(cell);
      x += widths[index];
    });
    rowStruct.end();
    drawRowBorders(doc, left, top, widths, height);
    doc.x = left;
    doc.y = top + height;
  }
  tableStruct.end();
}

function isNumber(value: CellValue): boolean {
  return typeof value === 'number';
}

type Row = { texts: string[]; header: boolean };

/** The largest font size at which every column fits its longest word, and the column widths at that size. */
function layoutColumns(doc: Doc, rows: Row[], available: number): { widths: number[]; fontSize: number } {
  for (const fontSize of FONT_SIZES) {
    const widths = columnWidths(doc, rows, available, fontSize);
    if (widths) return { widths, fontSize };
  }
  const fontSize = FONT_SIZES[FONT_SIZES.length - 1];
  const minimum = minimumWidths(doc, rows, fontSize);
  return { widths: minimum.map((width) => (width * available) / sum(minimum)), fontSize };
}

/**
 * Columns get their natural width. When the table is too wide, every column keeps at least its longest
 * word (so no word breaks mid-word) and the rest of the width goes to the columns with the most text.
 * Null when even the longest words do not fit at this size.
 */
function columnWidths(doc: Doc, rows: Row[], available: number, fontSize: number): number[] | null {
  const natural = rows[0].texts.map((_, index) => Math.max(36, ...rows.map((row) => measure(doc, row, row.texts[index] ?? '', fontSize))));
  if (sum(natural) <= available) return natural;
  const minimum = minimumWidths(doc, rows, fontSize).map((width, index) => Math.min(width, natural[index]));
  if (sum(minimum) > available) return null;
  const extra = natural.map((width, index) => width - minimum[index]);
  const share = (available - sum(minimum)) / sum(extra);
  return minimum.map((width, index) => width + extra[index] * share);
}

function minimumWidths(doc: Doc, rows: Row[], fontSize: number): number[] {
  return rows[0].texts.map((_, index) => Math.max(24, ...rows.flatMap((row) => (row.texts[index] ?? '').split(/\s+/).map((word) => measure(doc, row, word, fontSize)))));
}

function measure(doc: Doc, row: Row, text: string, fontSize: number): number {
  return doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize).widthOfString(text) + 2 * PADDING + 1;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

// Header shading and cell borders are decoration: marked as artifacts, outside the structure tree.
function drawHeaderBackground(doc: Doc, left: number, top: number, widths: number[], height: number): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save().rect(left, top, widths.reduce((sum, value) => sum + value, 0), height).fill(HEADER_FILL).restore();
  doc.endMarkedContent();
}

function drawRowBorders(doc: Doc, left: number, top: number, widths: number[], height: number): void {
  doc.markContent('Artifact', { type: 'Layout' });
  doc.save();
  doc.lineWidth(0.5).strokeColor(BORDER);
  let x = left;
  for (const cellWidth of widths) {
    doc.rect(x, top, cellWidth, height).stroke();
    x += cellWidth;
  }
  doc.restore();
  doc.endMarkedContent();
}

/** PDFKit has no option for structure attributes; they go into the element's /A dictionary. */
function setAttributes(doc: Doc, element: Struct, attributes: Record<string, string>): void {
  const reference = doc.ref(attributes);
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] = reference;
  reference.end(undefined);
}
