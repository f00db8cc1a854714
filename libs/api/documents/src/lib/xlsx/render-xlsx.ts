import ExcelJS from 'exceljs';
import { TableBlock } from '../document-model';

export interface SpreadsheetModel {
  title: string;
  /** One worksheet per table; the caption becomes the sheet name (shortened to Excel's 31 characters). */
  tables: TableBlock[];
}

/**
 * Renders tables as an Excel workbook for those who want to compute with the numbers: bold, frozen
 * header row, numbers as numbers (not text), columns sized to their content.
 */
export async function renderXlsx(model: SpreadsheetModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Regie';
  workbook.title = model.title;
  const used = new Set<string>();
  for (const table of model.tables) {
    const sheet = workbook.addWorksheet(sheetName(table.caption, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRow(table.header).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row);
    sheet.columns.forEach((column, index) => {
      const widest = Math.max(...[table.header[index] ?? '', ...table.rows.map((row) => String(row[index] ?? ''))].map((text) => text.length));
      column.width = Math.min(Math.max(widest + 2, 8), 60);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique within the workbook. */
export function sheetName(caption: string, used: Set<string>): string {
  const base = caption.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Tabel';
  let name = base;
  for (let counter = 2; used.has(name.toLowerCase()); counter++) {
    const suffix = ` (${counter})`;
    name = base.slice(0, 31 - suffix.length) + suffix;
  }
  used.add(name.toLowerCase());
  return name;
}
