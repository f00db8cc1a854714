import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError, ValidationError } from '@regie/api/core';
import { slugify } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { StrategyEntity } from '../strategies/strategy.entity';
import { ThemeEntity } from './theme.entity';
import { CreateThemeInput, UpdateThemeInput } from './theme.inputs';

@Injectable()
export class ThemesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  /** A new theme goes last; its slug comes from the name and is unique within the strategy. */
  create(actor: Actor, input: CreateThemeInput): Promise<ThemeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.findOneBy(StrategyEntity, { id: input.strategyId });
      if (!strategy) throw new NotFoundError('Strategy', input.strategyId);
      authorize(actor, 'create', 'Theme', { regionId: strategy.regionId });
      const slug = slugify(input.name);
      if (await manager.existsBy(ThemeEntity, { strategyId: strategy.id, slug })) {
        throw new ValidationError([{ field: 'name', messageKey: 'validation.themeNameTaken', message: 'The strategy already has a theme of this name.' }]);
      }
      const position = (await manager.countBy(ThemeEntity, { strategyId: strategy.id })) + 1;
      const values = { strategyId: strategy.id, regionId: strategy.regionId, slug, name: input.name.trim(), description: input.description ?? null, examples: input.examples ?? [], safetyFields: input.safetyFields ?? [], position };
      return this.writes.create(manager, actor, ThemeEntity, values, { entityType: 'Theme', regionId: strategy.regionId });
    });
  }

  update(actor: Actor, input: UpdateThemeInput): Promise<ThemeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const theme = await manager.findOneBy(ThemeEntity, { id: input.id });
      if (!theme) throw new NotFoundError('Theme', input.id);
      authorize(actor, 'update', 'Theme', { regionId: theme.regionId, themeId: theme.id });
      const changes = definedFields(input, ['name', 'description', 'examples', 'safetyFields', 'position']);
      return this.writes.update(manager, actor, ThemeEntity, theme, input.version, changes, { entityType: 'Theme', regionId: theme.regionId });
    });
  }

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
