import ExcelJS from 'exceljs';
import { tablesOf } from '../document-model';
import { SAMPLE_DOCUMENT } from '../testing/sample-document';
import { renderXlsx, sheetName } from './render-xlsx';

describe('renderXlsx', () => {
  it('writes one sheet per table and chart, header bold and frozen, numbers as numbers', async () => {
    const buffer = await renderXlsx({ title: SAMPLE_DOCUMENT.title, tables: tablesOf(SAMPLE_DOCUMENT) });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);

    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Overlastmeldingen per jaar', 'Indicatoren Overlast', 'Capaciteit ingezet (fte)']);
    const indicators = workbook.getWorksheet('Indicatoren Overlast') as ExcelJS.Worksheet;
    expect(indicators.getRow(1).values).toEqual([undefined, 'Indicator', 'Nulmeting', 'Streefwaarde', 'Laatste waarde']);
    expect(indicators.getRow(1).font?.bold).toBe(true);
    expect(indicators.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(indicators.getRow(3).values).toEqual([undefined, 'Ervaren verloedering (%)', 31.5, 25]);
    expect((workbook.getWorksheet('Capaciteit ingezet (fte)') as ExcelJS.Worksheet).getRow(1).values).toEqual([undefined, '', 'Begroot (fte)', 'Ingezet (fte)']);
  });
});

describe('sheetName', () => {
  it('shortens to 31 characters, drops forbidden characters and keeps names unique', () => {
    const used = new Set<string>();
    expect(sheetName('Indicatoren: overlast / verloedering in de regio Utrecht', used)).toBe('Indicatoren overlast verloederi');
    expect(sheetName('Indicatoren: overlast / verloedering in de regio Utrecht', used)).toBe('Indicatoren overlast verloe (2)');
    expect(sheetName('', used)).toBe('Tabel');
  });
});
