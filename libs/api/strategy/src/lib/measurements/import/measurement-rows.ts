import { FieldError } from '@regie/api/core';
import { Cadence, parsePeriod, periodRange } from '@regie/domain';
import { FileRow } from './measurement-file';

const COLUMNS = {
  period: ['periode', 'period'],
  municipality: ['gemeente', 'municipality', 'cbs-code', 'cbscode'],
  value: ['waarde', 'value'],
  source: ['bron', 'source'],
  note: ['toelichting', 'opmerking', 'note'],
} as const;

export interface MeasurementRow {
  row: number;
  municipalityId: string | null;
  period: string;
  periodEnd: string;
  value: number;
  source: string | null;
  note: string | null;
}

export interface RowContext {
  cadence: Cadence;
  /** Municipalities of the region by lower-case name, slug and CBS code. */
  municipalities: Map<string, string>;
}

/**
 * "1.234,5", "1234,5" and "1234.5" are all 1234.5, and "1.100" is 1100 as a Dutch reader means it (dots
 * that group thousands); anything else is not a number.
 */
export function parseDutchNumber(text: string): number | null {
  const compact = text.replace(/\s/g, '');
  if (!/^-?[\d.,]+$/.test(compact)) return null;
  const groupedThousands = /^-?[1-9]\d{0,2}(\.\d{3})+$/.test(compact);
  const normalised = compact.includes(',') || groupedThousands ? compact.replace(/\./g, '').replace(',', '.') : compact;
  const value = Number(normalised);
  return Number.isFinite(value) && /\d/.test(normalised) ? value : null;
}

function cell(row: FileRow, names: readonly string[]): string {
  for (const name of names) if (row.cells[name] !== undefined) return row.cells[name];
  return '';
}

/**
 * Interprets every row; returns the measurements only when all rows are valid, otherwise an error
 * per faulty cell with its row, line and column, so the whole file can be refused at once.
 */
export function interpretRows(rows: FileRow[], context: RowContext): { measurements: MeasurementRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const measurements: MeasurementRow[] = [];
  const seen = new Map<string, number>();
  const refuse = (row: FileRow, column: string, messageKey: string, message: string, value: string) =>
    errors.push({ field: `rows.${row.row}.${column}`, messageKey, message: `Row ${row.row} (line ${row.line}), ${column}: ${message}`, params: { row: row.row, line: row.line, column, value } });

  if (rows.length === 0) return { measurements: [], errors: [{ field: 'file', messageKey: 'import.empty', message: 'The file has no data rows.' }] };
  const headers = Object.keys(rows[0].cells);
  const missing = [COLUMNS.period, COLUMNS.value].filter((names) => !names.some((name) => headers.includes(name)));
  if (missing.length) {
    return { measurements: [], errors: missing.map((names) => ({ field: 'file', messageKey: 'import.missingColumn', message: `The file has no column "${names[0]}".`, params: { column: names[0] } })) };
  }

  for (const row of rows) {
    const periodText = cell(row, COLUMNS.period);
    const period = parsePeriod(periodText);
    if (!period) refuse(row, 'periode', 'import.period', `"${periodText}" is not a period such as 2009-Q1.`, periodText);
    else if (period.cadence !== context.cadence) refuse(row, 'periode', 'import.periodCadence', `"${periodText}" does not match the indicator's cadence (${context.cadence}).`, periodText);

    const municipalityText = cell(row, COLUMNS.municipality);
    const municipalityId = municipalityText ? (context.municipalities.get(municipalityText.toLowerCase()) ?? null) : null;
    if (municipalityText && !municipalityId) refuse(row, 'gemeente', 'import.municipality', `"${municipalityText}" is not a municipality of this region.`, municipalityText);

    const valueText = cell(row, COLUMNS.value);
    const value = parseDutchNumber(valueText);
    if (value === null) refuse(row, 'waarde', 'import.value', `"${valueText}" is not a number.`, valueText);

    const unknownMunicipality = Boolean(municipalityText) && !municipalityId;
    const key = `${municipalityId ?? 'region'}|${periodText}`;
    const earlier = seen.get(key);
    if (earlier !== undefined && !unknownMunicipality) refuse(row, 'periode', 'import.duplicate', `the same period and municipality as row ${earlier}.`, periodText);
    if (!unknownMunicipality) seen.set(key, row.row);

    if (period && value !== null && !unknownMunicipality) {
      measurements.push({ row: row.row, municipalityId, period: period.label, periodEnd: periodRange(period).end, value, source: cell(row, COLUMNS.source) || null, note: cell(row, COLUMNS.note) || null });
    }
  }
  return { measurements: errors.length ? [] : measurements, errors };
}
