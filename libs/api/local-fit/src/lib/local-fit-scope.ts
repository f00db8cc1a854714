import { Injectable } from '@nestjs/common';
import { MunicipalityEntity, NotFoundError } from '@regie/api/core';
import { ActionEntity, GoalEntity, ThemeEntity } from '@regie/api/strategy';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { refuseOnProblems } from './rule-problems';

/** Loads what a local-fit record hangs on, inside the caller's transaction, or NOT_FOUND. */
@Injectable()
export class LocalFitScopes {
  municipality(manager: EntityManager, id: string): Promise<MunicipalityEntity> {
    return this.found(manager, MunicipalityEntity, id, 'Municipality');
  }

  theme(manager: EntityManager, id: string): Promise<ThemeEntity> {
    return this.found(manager, ThemeEntity, id, 'Theme');
  }

  /** A municipality and a theme of the same region; another region's theme is simply not found. */
  async municipalityAndTheme(manager: EntityManager, municipalityId: string, themeId: string): Promise<{ municipality: MunicipalityEntity; theme: ThemeEntity }> {
    const municipality = await this.municipality(manager, municipalityId);
    const theme = await this.theme(manager, themeId);
    if (theme.regionId !== municipality.regionId) throw new NotFoundError('Theme', themeId);
    return { municipality, theme };
  }

  /** An optional action or goal must belong to the theme it is recorded under. */
  async partOfTheme(manager: EntityManager, themeId: string, refs: { actionId?: string | null; goalId?: string | null; field: string }): Promise<void> {
    const action = refs.actionId ? await this.found(manager, ActionEntity, refs.actionId, 'Action') : null;
    const goal = refs.goalId ? await this.found(manager, GoalEntity, refs.goalId, 'Goal') : null;
    if ((action && action.themeId !== themeId) || (goal && goal.themeId !== themeId)) refuseOnProblems([{ field: refs.field, messageKey: 'localFit.validation.wrongTheme' }]);
  }

  async found<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string, name: string): Promise<T> {
    const row = await manager.findOneBy(entity, { id } as never);
    if (!row) throw new NotFoundError(name, id);
    return row;
  }
}
