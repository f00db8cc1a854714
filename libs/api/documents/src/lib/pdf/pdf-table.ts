import { CellValue, formatCell, TableBlock } from '../document-model';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const PADDING = 4;
/** Wide tables step down a size or two before any word would have to break. */
const FONT_SIZES = [9, 8, 7, 6.5];
const HEADER_FILL = '#e5ebf2';
const BORDER = '#9aa5b1';

type TableRow = { texts: string[]; header: boolean; numeric: boolean[] };
type Layout = { left: number; widths: number[]; fontSize: number };

/**
 * Draws a table tagged as Table → THead/TBody → TR → TH (scope column) / TD, borders as layout artifacts.
 * When the table runs onto a new page the header row is drawn again there, as a Pagination artifact:
 * sighted readers see the column names on every page, screen readers hear the header row once, where
 * it is tagged. Written here rather than with PDFKit's own table, which re-parses an embedded font for
 * every cell and took ~100 ms per small table.
 */
export function drawTable(doc: Doc, parent: Struct, table: TableBlock, language: string): void {
  const left = doc.page.margins.left;
  const available = doc.page.width - doc.page.margins.right - left;
  const header: TableRow = { texts: table.header, header: true, numeric: table.header.map(() => false) };
  const body: TableRow[] = table.rows.map((row) => ({ texts: row.map((value) => formatCell(value, language)), header: false, numeric: row.map(isNumber) }));
  const layout = { left, ...layoutColumns(doc, [header, ...body], available) };
  const tableStruct = doc.struct('Table');
  parent.add(tableStruct);

  // The header never stands alone at the foot of a page: it needs room for the first row too.
  const firstRowHeight = body.length ? rowHeight(doc, body[0], layout) : 0;
  if (!fits(doc, rowHeight(doc, header, layout) + firstRowHeight)) doc.addPage();
  const head = doc.struct('THead');
  tableStruct.add(head);
  drawRow(doc, header, layout, head);
  head.end();

  const bodyStruct = doc.struct('TBody');
  tableStruct.add(bodyStruct);
  for (const row of body) {
    if (!fits(doc, rowHeight(doc, row, layout))) {
      doc.addPage();
      doc.markContent('Artifact', { type: 'Pagination' });
      drawRow(doc, header, layout, null);
      doc.endMarkedContent();
    }
    drawRow(doc, row, layout, bodyStruct);
  }
  bodyStruct.end();
  tableStruct.end();
}

function fits(doc: Doc, height: number): boolean {
  return doc.y + height <= doc.page.height - doc.page.margins.bottom;
}

function rowHeight(doc: Doc, row: TableRow, { widths, fontSize }: Layout): number {
  doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize);
  return Math.max(...row.texts.map((text, index) => doc.heightOfString(text, { width: widths[index] - 2 * PADDING }))) + 2 * PADDING;
}

/** Draws one row at the current position; tagged under `group` or, with null, untagged (inside an artifact). */
function drawRow(doc: Doc, row: TableRow, layout: Layout, group: Struct | null): void {
  const { left, widths, fontSize } = layout;
  const height = rowHeight(doc, row, layout);
  const top = doc.y;
  if (row.header) drawHeaderBackground(doc, left, top, widths, height, group !== null);
  const rowStruct = group ? doc.struct('TR') : null;
  if (rowStruct) group?.add(rowStruct);
  let x = left;
  row.texts.forEach((text, index) => {
    const cellX = x;
    const draw = () => {
      doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize).fillColor('#111111');
      doc.text(text, cellX + PADDING, top + PADDING, { width: widths[index] - 2 * PADDING, align: row.numeric[index] ? 'right' : 'left' });
    };
    if (rowStruct) {
      const cell = doc.struct(row.header ? 'TH' : 'TD', {}, draw);
      if (row.header) setAttributes(doc, cell, { O: 'Table', Scope: 'Column' });
      rowStruct.add(cell);
    } else {
      draw();
    }
    x += widths[index];
  });
  rowStruct?.end();
  drawRowBorders(doc, left, top, widths, height, group !== null);
  doc.x = left;
  doc.y = top + height;
}

function isNumber(value: CellValue): boolean {
  return typeof value === 'number';
}

/** The largest font size at which every column fits its longest word, and the column widths at that size. */
function layoutColumns(doc: Doc, rows: TableRow[], available: number): { widths: number[]; fontSize: number } {
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
function columnWidths(doc: Doc, rows: TableRow[], available: number, fontSize: number): number[] | null {
  const natural = rows[0].texts.map((_, index) => Math.max(36, ...rows.map((row) => measure(doc, row, row.texts[index] ?? '', fontSize))));
  if (sum(natural) <= available) return natural;
  const minimum = minimumWidths(doc, rows, fontSize).map((width, index) => Math.min(width, natural[index]));
  if (sum(minimum) > available) return null;
  const extra = natural.map((width, index) => width - minimum[index]);
  const share = (available - sum(minimum)) / sum(extra);
  return minimum.map((width, index) => width + extra[index] * share);
}

function minimumWidths(doc: Doc, rows: TableRow[], fontSize: number): number[] {
  return rows[0].texts.map((_, index) => Math.max(24, ...rows.flatMap((row) => (row.texts[index] ?? '').split(/\s+/).map((word) => measure(doc, row, word, fontSize)))));
}

function measure(doc: Doc, row: TableRow, text: string, fontSize: number): number {
  return doc.font(row.header ? 'bold' : 'regular').fontSize(fontSize).widthOfString(text) + 2 * PADDING + 1;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

// Header shading and cell borders are decoration: marked as artifacts, outside the structure tree.
// Inside a repeated header (already an artifact) they are drawn without a marking of their own.
function drawHeaderBackground(doc: Doc, left: number, top: number, widths: number[], height: number, mark: boolean): void {
  if (mark) doc.markContent('Artifact', { type: 'Layout' });
  doc.save().rect(left, top, sum(widths), height).fill(HEADER_FILL).restore();
  if (mark) doc.endMarkedContent();
}

function drawRowBorders(doc: Doc, left: number, top: number, widths: number[], height: number, mark: boolean): void {
  if (mark) doc.markContent('Artifact', { type: 'Layout' });
  doc.save();
  doc.lineWidth(0.5).strokeColor(BORDER);
  let x = left;
  for (const cellWidth of widths) {
    doc.rect(x, top, cellWidth, height).stroke();
    x += cellWidth;
  }
  doc.restore();
  if (mark) doc.endMarkedContent();
}

/** PDFKit has no option for structure attributes; they go into the element's /A dictionary. */
function setAttributes(doc: Doc, element: Struct, attributes: Record<string, string>): void {
  const reference = doc.ref(attributes);
  (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data['A'] = reference;
  reference.end(undefined);
}
