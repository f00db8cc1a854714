import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, ValidationError } from '@regie/api/core';
import { DataSource, In } from 'typeorm';
import { MeasurementEntity } from '../measurements/measurement.entity';
import { PlanScopes } from '../plan-scope';
import { IndicatorEntity } from './indicator.entity';
import { CreateIndicatorInput, UpdateIndicatorInput } from './indicator.model';

const EDITABLE = ['name', 'definition', 'unit', 'source', 'direction', 'level', 'cadence', 'baseline', 'baselinePeriod', 'target', 'targetDeadline'] as const;

@Injectable()
export class IndicatorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  create(actor: Actor, input: CreateIndicatorInput): Promise<IndicatorEntity> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.scopes.goal(manager, input.goalId);
      authorize(actor, 'create', 'Indicator', goal);
      const values = { ...definedFields(input, EDITABLE), goalId: goal.id, regionId: goal.regionId };
      return this.writes.create(manager, actor, IndicatorEntity, values, { entityType: 'Indicator', regionId: goal.regionId });
    });
  }

  update(actor: Actor, input: UpdateIndicatorInput): Promise<IndicatorEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { indicator, scope } = await this.scopes.indicator(manager, input.id);
      authorize(actor, 'update', 'Indicator', { ...indicator, ...scope });
      // Every value's period carries the cadence (2009-Q1 is quarterly): a new cadence would orphan them.
      if (input.cadence && input.cadence !== indicator.cadence && (await manager.existsBy(MeasurementEntity, { indicatorId: indicator.id }))) {
        throw new ValidationError([{ field: 'cadence', messageKey: 'validation.cadenceHasValues', message: 'The indicator has values of its current cadence; delete them before changing the cadence.' }]);
      }
      return this.writes.update(manager, actor, IndicatorEntity, indicator, input.version, definedFields(input, EDITABLE), { entityType: 'Indicator', regionId: indicator.regionId });
    });
  }

  delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { indicator, scope } = await this.scopes.indicator(manager, id);
      authorize(actor, 'delete', 'Indicator', { ...indicator, ...scope });
      await this.writes.delete(manager, actor, IndicatorEntity, indicator, { entityType: 'Indicator', regionId: indicator.regionId });
      return true;
    });
  }

  ofGoals(goalIds: readonly string[]): Promise<IndicatorEntity[]> {
    return this.dataSource.getRepository(IndicatorEntity).find({ where: { goalId: In([...goalIds]) }, order: { name: 'ASC' } });
  }
}
