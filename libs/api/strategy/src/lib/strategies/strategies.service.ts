import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, AuditService, authorize, definedFields, FieldError, NotFoundError, readableRegionIds, RegionEntity, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { copyStructure } from './strategy-copy';
import { StrategyEntity } from './strategy.entity';
import { CreateStrategyInput, UpdateStrategyInput } from './strategy.inputs';

/** The period ends after it starts; an adopted strategy names when and by which College decision. */
function checkStrategy(strategy: Pick<StrategyEntity, 'periodStart' | 'periodEnd' | 'status' | 'adoptedOn'>): void {
  const errors: FieldError[] = [];
  if (strategy.periodEnd <= strategy.periodStart) errors.push({ field: 'periodEnd', messageKey: 'validation.endBeforeStart', message: 'The period must end after it starts.' });
  if (strategy.status !== 'DRAFT' && !strategy.adoptedOn) {
    errors.push({ field: 'adoptedOn', messageKey: 'validation.adoptionDateRequired', message: 'An adopted strategy needs the date the Regionaal College adopted it.' });
  }
  if (errors.length) throw new ValidationError(errors);
}

@Injectable()
export class StrategiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
  ) {}

  /** A new strategy starts as a concept; it can take over an earlier strategy's structure of the same region. */
  create(actor: Actor, input: CreateStrategyInput): Promise<StrategyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const region = await manager.findOneBy(RegionEntity, { id: input.regionId });
      if (!region) throw new NotFoundError('Region', input.regionId);
      authorize(actor, 'create', 'Strategy', { regionId: region.id });
      const values = { regionId: region.id, title: input.title.trim(), periodStart: input.periodStart, periodEnd: input.periodEnd, status: 'DRAFT' as const, adoptedOn: null, adoptedBy: null };
      checkStrategy(values);
      const source = input.copyFromStrategyId ? await this.copySource(manager, input.copyFromStrategyId, region.id) : null;
      const created = await this.writes.create(manager, actor, StrategyEntity, values, { entityType: 'Strategy', regionId: region.id });
      if (source) {
        const copied = await copyStructure(manager, source.id, created.id, created.periodStart);
        await this.audit.record(manager, actor, { action: 'strategy.copyStructure', entityType: 'Strategy', entityId: created.id, regionId: region.id, after: { copiedFrom: source.id, ...copied } });
      }
      return created;
    });
  }

  update(actor: Actor, input: UpdateStrategyInput): Promise<StrategyEntity> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.findOneBy(StrategyEntity, { id: input.id });
      if (!strategy) throw new NotFoundError('Strategy', input.id);
      authorize(actor, 'update', 'Strategy', { regionId: strategy.regionId });
      const changes = definedFields(input, ['title', 'periodStart', 'periodEnd', 'status', 'adoptedOn', 'adoptedBy']);
      checkStrategy({ ...strategy, ...changes });
      return this.writes.update(manager, actor, StrategyEntity, strategy, input.version, changes, { entityType: 'Strategy', regionId: strategy.regionId });
    });
  }

  private async copySource(manager: EntityManager, id: string, regionId: string): Promise<StrategyEntity> {
    const source = await manager.findOneBy(StrategyEntity, { id });
    if (source?.regionId !== regionId) {
      throw new ValidationError([{ field: 'copyFromStrategyId', messageKey: 'validation.strategyOutsideRegion', message: 'Copy from a strategy of the same region.' }]);
    }
    return source;
  }

  async list(actor: Actor, regionId?: string): Promise<StrategyEntity[]> {
    if (regionId) authorize(actor, 'read', 'Strategy', { regionId });
    const readable = readableRegionIds(actor);
    const regionIds = regionId ? [regionId] : readable;
    return this.dataSource.getRepository(StrategyEntity).find({
      where: regionIds === null ? {} : { regionId: In(regionIds) },
      order: { periodStart: 'DESC' },
    });
  }

  /** Null when it does not exist; FORBIDDEN when it belongs to a region the actor cannot read. */
  async byId(actor: Actor, id: string): Promise<StrategyEntity | null> {
    const strategy = await this.dataSource.getRepository(StrategyEntity).findOneBy({ id });
    if (strategy) authorize(actor, 'read', 'Strategy', { regionId: strategy.regionId });
    return strategy;
  }

  byIds(ids: readonly string[]): Promise<StrategyEntity[]> {
    return this.dataSource.getRepository(StrategyEntity).findBy({ id: In([...ids]) });
  }
}
