import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext, IdArgs } from '@regie/api/core';
import { Action } from '../actions/action.model';
import { Indicator } from '../indicators/indicator.model';
import { present } from '../present';
import { StrategyLoaders } from '../strategy.loaders';
import { CreateGoalInput, Goal, UpdateGoalInput } from './goal.model';
import { GoalsService } from './goals.service';

@Resolver(() => Goal)
export class GoalsResolver {
  constructor(
    private readonly goals: GoalsService,
    private readonly strategyLoaders: StrategyLoaders,
  ) {}

  @Mutation(() => Goal)
  createGoal(@CurrentActor() actor: Actor, @Args('input') input: CreateGoalInput) {
    return this.goals.create(actor, input);
  }

  @Mutation(() => Goal)
  updateGoal(@CurrentActor() actor: Actor, @Args('input') input: UpdateGoalInput) {
    return this.goals.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the goal with its indicators and measurements.' })
  deleteGoal(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.goals.delete(actor, id);
  }

  @ResolveField(() => [Indicator])
  indicators(@Parent() goal: Goal, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.indicatorsOfGoal(loaders).load(goal.id);
  }

  @ResolveField(() => [Action], { description: 'The actions that serve this goal.' })
  async actions(@Parent() goal: Goal, @Context() { loaders }: GraphqlContext) {
    const links = await this.strategyLoaders.actionLinksOfGoal(loaders).load(goal.id);
    return present(await this.strategyLoaders.action(loaders).loadMany(links.map((link) => link.actionId)));
  }
}
