import { Workbook } from 'exceljs';
import { readMeasurementFile, UnreadableFileError } from './measurement-file';

describe('readMeasurementFile', () => {
  it('reads a semicolon CSV as Dutch Excel writes it, skipping empty lines', async () => {
    const csv = '\uFEFFPeriode;Gemeente;Waarde\r\n2009-Q1;;1.100\r\n\r\n2009-Q1;Zeist;80,5\r\n';
    expect(await readMeasurementFile('cijfers.csv', Buffer.from(csv))).toEqual([
      { row: 1, line: 2, cells: { periode: '2009-Q1', gemeente: '', waarde: '1.100' } },
      { row: 3, line: 4, cells: { periode: '2009-Q1', gemeente: 'Zeist', waarde: '80,5' } },
    ]);
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Cijfers');
    sheet.addRow(['periode', 'gemeente', 'waarde']);
    sheet.addRow(['2009-Q2', 'De Bilt', 42]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readMeasurementFile('cijfers.xlsx', content)).toEqual([{ row: 1, line: 2, cells: { periode: '2009-Q2', gemeente: 'De Bilt', waarde: '42' } }]);
  });

  it('refuses other formats and broken workbooks', async () => {
    await expect(readMeasurementFile('cijfers.pdf', Buffer.from('%PDF'))).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(readMeasurementFile('cijfers.xlsx', Buffer.from('not a zip'))).rejects.toBeInstanceOf(UnreadableFileError);
  });
});
