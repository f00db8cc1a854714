import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, authorize } from '@regie/api/core';
import { DataSource, In } from 'typeorm';
import { ThemeEntity } from './theme.entity';

@Injectable()
export class ThemesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async byId(actor: Actor, id: string): Promise<ThemeEntity | null> {
    const theme = await this.dataSource.getRepository(ThemeEntity).findOneBy({ id });
    if (theme) authorize(actor, 'read', 'Theme', { regionId: theme.regionId });
    return theme;
  }

  byIds(ids: readonly string[]): Promise<ThemeEntity[]> {
    return this.dataSource.getRepository(ThemeEntity).findBy({ id: In([...ids]) });
  }

  ofStrategies(strategyIds: readonly string[]): Promise<ThemeEntity[]> {
    return this.dataSource.getRepository(ThemeEntity).find({ where: { strategyId: In([...strategyIds]) }, order: { position: 'ASC' } });
  }
}
