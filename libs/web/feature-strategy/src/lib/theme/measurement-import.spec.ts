import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/angular';
import { ApolloTestingController, ApolloTestingModule, TestOperation } from 'apollo-angular/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatImportRefusal, readImportRefusals } from './import-refusal';
import { MeasurementImport } from './measurement-import';

const nl = JSON.parse(readFileSync(join(__dirname, '../../../../../../web/public/i18n/nl.json'), 'utf8'));

const refusal = {
  errors: [
    {
      message: 'The file was refused.',
      extensions: {
        code: 'BAD_USER_INPUT',
        messageKey: 'errors.badUserInput',
        fields: [
          { field: 'rows.2.periode', messageKey: 'import.period', message: 'x', params: { row: 2, line: 3, column: 'periode', value: '2009-Q5' } },
          { field: 'rows.4.waarde', messageKey: 'import.value', message: 'x', params: { row: 4, line: 5, column: 'waarde', value: 'drie' } },
          { field: 'rows.7.gemeente', messageKey: 'import.forbiddenRow', message: 'x', params: { row: 7 } },
          { field: 'file', messageKey: 'import.missingColumn', message: 'x', params: { column: 'waarde' } },
        ],
      },
    },
  ],
};

async function renderImport() {
  const result = await render(MeasurementImport, {
    imports: [ApolloTestingModule],
    providers: [provideTranslateService({ lang: 'nl' })],
    inputs: { indicatorId: 'ind-1', indicatorName: 'Meldingen jeugdoverlast' },
  });
  TestBed.inject(TranslateService).setTranslation('nl', nl);
  await result.fixture.whenStable();
  const controller = TestBed.inject(ApolloTestingController);
  const file = new File(['periode;waarde\n2009-Q1;12\n'], 'jeugdoverlast.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Bestand met meetwaarden voor Meldingen jeugdoverlast'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Importeren' }));
  let operation: TestOperation | undefined;
  await waitFor(() => (operation = controller.expectOne('ImportMeasurements')));
  return { ...result, operation: operation as TestOperation };
}

describe('measurement import', () => {
  it('reads each refused cell with its row, line and column', () => {
    expect(readImportRefusals(refusal)).toEqual([
      { messageKey: 'import.period', row: 2, line: 3, column: 'periode', value: '2009-Q5' },
      { messageKey: 'import.value', row: 4, line: 5, column: 'waarde', value: 'drie' },
      { messageKey: 'import.forbiddenRow', row: 7, line: null, column: null, value: null },
      { messageKey: 'import.missingColumn', row: null, line: null, column: 'waarde', value: null },
    ]);
    expect(readImportRefusals({ errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })).toEqual([]);
    expect(readImportRefusals(new Error('network'))).toEqual([]);
  });

  it('formats a refusal as "Rij N (regel L), kolom: melding"', () => {
    const translate = (key: string, params: Record<string, unknown> = {}) => `${key}${JSON.stringify(params)}`;
    expect(formatImportRefusal({ messageKey: 'import.value', row: 4, line: 5, column: 'waarde', value: 'drie' }, translate)).toBe(
      'import.rowLine{"row":4,"line":5,"column":"waarde","message":"import.value{\\"value\\":\\"drie\\",\\"column\\":\\"waarde\\"}"}',
    );
  });

  it('sends the file as base64 and lists every refused line in Dutch', async () => {
    const { operation } = await renderImport();
    expect(operation.operation.variables).toEqual({ input: { indicatorId: 'ind-1', fileName: 'jeugdoverlast.csv', contentBase64: Buffer.from('periode;waarde\n2009-Q1;12\n').toString('base64') } });
    expect(screen.getByText('Versturen en controleren…').querySelector('progress')).toBeTruthy();
    operation.graphqlErrors(refusal.errors);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent?.trim())).toEqual([
      'Rij 2 (regel 3), periode: ‘2009-Q5’ is geen periode zoals 2009-Q1',
      'Rij 4 (regel 5), waarde: ‘drie’ is geen getal',
      'Rij 7: u mag voor deze gemeente of de regio geen waarden invoeren',
      'Het bestand heeft geen kolom ‘waarde’.',
    ]);
  });

  it('says how many values were imported, new and updated', async () => {
    const { operation } = await renderImport();
    operation.flushData({ importMeasurements: { __typename: 'MeasurementImportResult', rows: 16, created: 4, updated: 12 } });
    expect(await screen.findByText('16 waarden geïmporteerd (4 nieuw, 12 bijgewerkt).')).toBeTruthy();
  });
});
