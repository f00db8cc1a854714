import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@regie/api/core';
import { EntityManager } from 'typeorm';
import { ActionEntity } from './actions/action.entity';
import { GoalEntity } from './goals/goal.entity';
import { IndicatorEntity } from './indicators/indicator.entity';
import { ThemeEntity } from './themes/theme.entity';

/** Where a plan item sits: its region and theme, which the policy checks against. */
export interface PlanScope {
  regionId: string;
  themeId: string;
}

/** Loads the parent of a plan item inside the transaction, or NOT_FOUND. */
@Injectable()
export class PlanScopes {
  async theme(manager: EntityManager, id: string): Promise<ThemeEntity> {
    return this.found(await manager.findOneBy(ThemeEntity, { id }), 'Theme', id);
  }

  async goal(manager: EntityManager, id: string): Promise<GoalEntity> {
    return this.found(await manager.findOneBy(GoalEntity, { id }), 'Goal', id);
  }

  /** An indicator and the theme of its goal (indicators carry no theme of their own). */
  async indicator(manager: EntityManager, id: string): Promise<{ indicator: IndicatorEntity; scope: PlanScope }> {
    const indicator = this.found(await manager.findOneBy(IndicatorEntity, { id }), 'Indicator', id);
    const goal = await this.goal(manager, indicator.goalId);
    return { indicator, scope: { regionId: indicator.regionId, themeId: goal.themeId } };
  }

  async action(manager: EntityManager, id: string): Promise<ActionEntity> {
    return this.found(await manager.findOneBy(ActionEntity, { id }), 'Action', id);
  }

  private found<T>(row: T | null, entity: string, id: string): T {
    if (!row) throw new NotFoundError(entity, id);
    return row;
  }
}
