import { CellValue, formatCell, TableBlock } from '../document-model';

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

const PADDING = 4;
const FONT_SIZE = 9;
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
  const widths = columnWidths(doc, rows, available);
  const tableStruct = doc.struct('Table');
  parent.add(tableStruct);

  for (const row of rows) {
    doc.font(row.header ? 'bold' : 'regular').fontSize(FONT_SIZE);
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
        doc.font(row.header ? 'bold' : 'regular').fontSize(FONT_SIZE).fillColor('#111111');
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

/** Columns get their natural width; when the table is too wide, each shrinks in proportion. */
function columnWidths(doc: Doc, rows: { texts: string[]; header: boolean }[], available: number): number[] {
  const count = Math.max(...rows.map((row) => row.texts.length));
  const natural = Array.from({ length: count }, (_, index) =>
    Math.max(36, ...rows.map((row) => doc.font(row.header ? 'bold' : 'regular').fontSize(FONT_SIZE).widthOfString(row.texts[index] ?? '') + 2 * PADDING + 1)),
  );
  const total = natural.reduce((sum, width) => sum + width, 0);
  const scale = total > available ? available / total : 1;
  return natural.map((width) => width * scale);
}

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
