import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionEntity, ActionGoalEntity } from '../actions/action.entity';
import { PlanScopes } from '../plan-scope';
import { GoalEntity } from './goal.entity';
import { CreateGoalInput, UpdateGoalInput } from './goal.model';

@Injectable()
export class GoalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  create(actor: Actor, input: CreateGoalInput): Promise<GoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const theme = await this.scopes.theme(manager, input.themeId);
      authorize(actor, 'create', 'Goal', { regionId: theme.regionId, themeId: theme.id });
      const position = input.position ?? (await manager.countBy(GoalEntity, { themeId: theme.id })) + 1;
      return this.writes.create(manager, actor, GoalEntity, { ...input, position, regionId: theme.regionId }, { entityType: 'Goal', regionId: theme.regionId });
    });
  }

  update(actor: Actor, input: UpdateGoalInput): Promise<GoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.scopes.goal(manager, input.id);
      authorize(actor, 'update', 'Goal', goal);
      const changes = definedFields(input, ['title', 'description', 'position']);
      return this.writes.update(manager, actor, GoalEntity, goal, input.version, changes, { entityType: 'Goal', regionId: goal.regionId });
    });
  }

  delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await this.scopes.goal(manager, id);
      authorize(actor, 'delete', 'Goal', goal);
      await this.refuseOrphaningActions(manager, goal.id);
      await this.writes.delete(manager, actor, GoalEntity, goal, { entityType: 'Goal', regionId: goal.regionId });
      return true;
    });
  }

  /** An action serves at least one goal; deleting its only goal would leave it serving nothing, unseen in the tree. */
  private async refuseOrphaningActions(manager: EntityManager, goalId: string): Promise<void> {
    const orphans: Array<{ title: string }> = await manager
      .createQueryBuilder(ActionEntity, 'action')
      .select('action.title', 'title')
      .innerJoin(ActionGoalEntity, 'link', 'link.action_id = action.id AND link.goal_id = :goalId', { goalId })
      .where('NOT EXISTS (SELECT 1 FROM action_goal other WHERE other.action_id = action.id AND other.goal_id <> :goalId)', { goalId })
      .orderBy('action.title')
      .getRawMany();
    if (orphans.length) {
      const titles = orphans.map((action) => action.title).join(', ');
      throw new ValidationError([{ field: 'id', messageKey: 'validation.goalIsOnlyGoalOfActions', message: `This is the only goal of: ${titles}. Link those actions to another goal first.`, params: { actions: titles } }]);
    }
  }

  byIds(ids: readonly string[]): Promise<GoalEntity[]> {
    return this.dataSource.getRepository(GoalEntity).findBy({ id: In([...ids]) });
  }

  ofThemes(themeIds: readonly string[]): Promise<GoalEntity[]> {
    return this.dataSource.getRepository(GoalEntity).find({ where: { themeId: In([...themeIds]) }, order: { position: 'ASC', title: 'ASC' } });
  }
}
