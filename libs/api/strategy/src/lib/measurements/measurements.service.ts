import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, MunicipalityEntity, NotFoundError, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { PlanScopes } from '../plan-scope';
import { checkMeasurement } from './measurement-rules';
import { MeasurementEntity } from './measurement.entity';
import { RecordMeasurementInput, UpdateMeasurementInput } from './measurement.model';

@Injectable()
export class MeasurementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  record(actor: Actor, input: RecordMeasurementInput): Promise<MeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { indicator, scope } = await this.scopes.indicator(manager, input.indicatorId);
      const municipalityId = input.municipalityId ?? null;
      authorize(actor, 'create', 'Measurement', { ...scope, municipalityId });
      const municipality = municipalityId ? await manager.findOneBy(MunicipalityEntity, { id: municipalityId }) : null;
      const { periodEnd, errors } = checkMeasurement(indicator, input, municipality?.regionId);
      const existing = await manager.findOneBy(MeasurementEntity, { indicatorId: indicator.id, municipalityId: municipalityId ?? IsNull(), period: input.period });
      if (existing) errors.push({ field: 'period', messageKey: 'validation.measurementExists', message: `There is a value for ${input.period} already; change that one.` });
      if (errors.length) throw new ValidationError(errors);
      const values = { ...input, municipalityId, periodEnd, regionId: indicator.regionId };
      return this.writes.create(manager, actor, MeasurementEntity, values, { entityType: 'Measurement', regionId: indicator.regionId });
    });
  }

  update(actor: Actor, input: UpdateMeasurementInput): Promise<MeasurementEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { measurement, themeId } = await this.load(manager, input.id);
      authorize(actor, 'update', 'Measurement', { ...measurement, themeId });
      const changes = definedFields(input, ['value', 'source', 'note']);
      return this.writes.update(manager, actor, MeasurementEntity, measurement, input.version, changes, { entityType: 'Measurement', regionId: measurement.regionId });
    });
  }

  delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { measurement, themeId } = await this.load(manager, id);
      authorize(actor, 'delete', 'Measurement', { ...measurement, themeId });
      await this.writes.delete(manager, actor, MeasurementEntity, measurement, { entityType: 'Measurement', regionId: measurement.regionId });
      return true;
    });
  }

  ofIndicators(indicatorIds: readonly string[]): Promise<MeasurementEntity[]> {
    return this.dataSource.getRepository(MeasurementEntity).find({ where: { indicatorId: In([...indicatorIds]) }, order: { periodEnd: 'ASC', municipalityId: { direction: 'ASC', nulls: 'FIRST' } } });
  }

  /** The latest regional value per indicator, in one statement. */
  latestRegional(indicatorIds: readonly string[]): Promise<MeasurementEntity[]> {
    return this.dataSource
      .getRepository(MeasurementEntity)
      .createQueryBuilder('m')
      .distinctOn(['m.indicator_id'])
      .where('m.indicator_id IN (:...ids) AND m.municipality_id IS NULL', { ids: [...indicatorIds] })
      .orderBy('m.indicator_id')
      .addOrderBy('m.period_end', 'DESC')
      .getMany();
  }

  private async load(manager: EntityManager, id: string) {
    const measurement = await manager.findOneBy(MeasurementEntity, { id });
    if (!measurement) throw new NotFoundError('Measurement', id);
    const { scope } = await this.scopes.indicator(manager, measurement.indicatorId);
    return { measurement, themeId: scope.themeId };
  }
}
