import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditService, authorize, FieldError, ForbiddenError, MunicipalityEntity, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager } from 'typeorm';
import { PlanScopes } from '../../plan-scope';
import { readMeasurementFile, UnreadableFileError } from './measurement-file';
import { ImportMeasurementsInput, MeasurementImportResult } from './measurement-import.model';
import { interpretRows, MeasurementRow } from './measurement-rows';

const CHUNK = 5000;

/** Imports a CSV/XLSX file of one indicator's values: every row valid and allowed, or nothing changes. */
@Injectable()
export class MeasurementImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: PlanScopes,
    private readonly audit: AuditService,
  ) {}

  import(actor: Actor, input: ImportMeasurementsInput): Promise<MeasurementImportResult> {
    return this.dataSource.transaction(async (manager) => {
      const { indicator, scope } = await this.scopes.indicator(manager, input.indicatorId);
      authorize(actor, 'read', 'Indicator', { ...indicator, ...scope });
      const rows = await this.read(input);
      const municipalities = await manager.findBy(MunicipalityEntity, { regionId: indicator.regionId });
      const byKey = new Map(municipalities.flatMap((m) => [m.name, m.slug, m.cbsCode].map((key) => [key.toLowerCase(), m.id] as const)));
      const { measurements, errors } = interpretRows(rows, { cadence: indicator.cadence, municipalities: byKey });
      errors.push(...this.refusedRows(actor, measurements, scope));
      if (errors.length) throw new ValidationError(errors);

      let created = 0;
      for (let start = 0; start < measurements.length; start += CHUNK) {
        created += await this.upsert(manager, indicator.id, indicator.regionId, measurements.slice(start, start + CHUNK));
      }
      const result = { rows: measurements.length, created, updated: measurements.length - created };
      await this.audit.record(manager, actor, {
        action: 'measurement.import',
        entityType: 'Indicator',
        entityId: indicator.id,
        regionId: indicator.regionId,
        after: { fileName: input.fileName, ...result, periods: [...new Set(measurements.map((m) => m.period))].sort() },
      });
      return result;
    });
  }

  private async read(input: ImportMeasurementsInput) {
    try {
      return await readMeasurementFile(input.fileName, Buffer.from(input.contentBase64, 'base64'));
    } catch (error) {
      if (error instanceof UnreadableFileError) throw new ValidationError([{ field: 'file', messageKey: 'import.unreadable', message: error.message }]);
      throw error;
    }
  }

  /** A municipality official may import only their own municipality's rows; each other row is named. */
  private refusedRows(actor: Actor, measurements: MeasurementRow[], scope: { regionId: string; themeId: string }): FieldError[] {
    return measurements.flatMap((measurement) => {
      try {
        authorize(actor, 'create', 'Measurement', { ...scope, municipalityId: measurement.municipalityId });
        return [];
      } catch (error) {
        if (!(error instanceof ForbiddenError)) throw error;
        return [{ field: `rows.${measurement.row}.gemeente`, messageKey: 'import.forbiddenRow', message: `Row ${measurement.row}: you may not enter values for this municipality or the region.`, params: { row: measurement.row } }];
      }
    });
  }

  /** One statement per chunk; returns how many rows were new. */
  private async upsert(manager: EntityManager, indicatorId: string, regionId: string, rows: MeasurementRow[]): Promise<number> {
    const result: Array<{ inserted: boolean }> = await manager.query(
      `INSERT INTO measurement (indicator_id, region_id, municipality_id, period, period_end, value, source, note)
       SELECT $1, $2, t.municipality_id, t.period, t.period_end, t.value, t.source, t.note
         FROM unnest($3::uuid[], $4::text[], $5::date[], $6::numeric[], $7::text[], $8::text[]) AS t(municipality_id, period, period_end, value, source, note)
       ON CONFLICT (indicator_id, coalesce(municipality_id, '00000000-0000-0000-0000-000000000000'::uuid), period)
       DO UPDATE SET value = excluded.value, source = excluded.source, note = excluded.note, version = measurement.version + 1
       RETURNING (xmax = 0) AS inserted`,
      [indicatorId, regionId, rows.map((r) => r.municipalityId), rows.map((r) => r.period), rows.map((r) => r.periodEnd), rows.map((r) => r.value), rows.map((r) => r.source), rows.map((r) => r.note)],
    );
    return result.filter((row) => row.inserted).length;
  }
}
