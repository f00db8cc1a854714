import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';

/** One data row of an import file: `row` counts data rows from 1, `line` is the line (or sheet row) in the file. */
export interface FileRow {
  row: number;
  line: number;
  cells: Record<string, string>;
}

export class UnreadableFileError extends Error {}

const normaliseHeader = (header: string) => header.trim().toLowerCase().replace(/[\s_]+/g, '-');

function toRows(table: string[][], lineOffset: number): FileRow[] {
  const [header, ...data] = table;
  if (!header) return [];
  const columns = header.map((cell) => normaliseHeader(String(cell ?? '')));
  return data
    .map((cells, index) => ({
      row: index + 1,
      line: index + 1 + lineOffset,
      cells: Object.fromEntries(columns.map((column, i) => [column, String(cells[i] ?? '').trim()])),
    }))
    .filter((row) => Object.values(row.cells).some((cell) => cell !== ''));
}

/** Reads CSV (comma or semicolon, as Dutch Excel writes it) or XLSX (first sheet) into rows keyed by header. */
export async function readMeasurementFile(fileName: string, content: Buffer): Promise<FileRow[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new UnreadableFileError('The file is not a readable XLSX workbook.');
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const table: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      table.push(values.map((value) => (value === null || value === undefined ? '' : typeof value === 'object' && 'result' in value ? String(value.result) : String(value))));
    });
    return toRows(table, 1);
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    const text = content.toString('utf8').replace(/^\uFEFF/, '');
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    try {
      return toRows(parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][], 1);
    } catch (error) {
      throw new UnreadableFileError(`The CSV file cannot be read: ${(error as Error).message}`);
    }
  }
  throw new UnreadableFileError('Only .csv and .xlsx files can be imported.');
}
