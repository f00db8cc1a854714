import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, authorize, readableRegionIds } from '@regie/api/core';
import { DataSource, In } from 'typeorm';
import { StrategyEntity } from './strategy.entity';

@Injectable()
export class StrategiesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
