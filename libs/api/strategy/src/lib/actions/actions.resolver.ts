import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Municipality, Organisation, Person } from '@regie/api/core';
import { Goal } from '../goals/goal.model';
import { Theme } from '../themes/theme.model';
import { present } from '../present';
import { StrategyLoaders } from '../strategy.loaders';
import { BudgetLine, CapacityCommitment, Milestone } from './action-parts.model';
import { Action, CreateActionInput, UpdateActionInput } from './action.model';
import { ActionsService } from './actions.service';


@Resolver(() => Action)
export class ActionsResolver {
  constructor(
    private readonly actions: ActionsService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [Action], { description: "Ons werk: the actions the user's partner organisation owns or takes part in (empty without a PARTNER role)." })
  ourWork(@CurrentActor() actor: Actor) {
    return this.actions.ofPartnerOrganisations(actor);
  }

  @Mutation(() => Action)
  createAction(@CurrentActor() actor: Actor, @Args('input') input: CreateActionInput) {
    return this.actions.create(actor, input);
  }

  @Mutation(() => Action)
  updateAction(@CurrentActor() actor: Actor, @Args('input') input: UpdateActionInput) {
    return this.actions.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the action with its milestones, capacity and budget lines.' })
  deleteAction(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.actions.delete(actor, id);
  }

  @ResolveField(() => Theme, { description: 'The theme the action belongs to.' })
  theme(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.theme(loaders).load(action.themeId);
  }

  @ResolveField(() => [Goal])
  async goals(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    const links = await this.strategyLoaders.goalLinksOfAction(loaders).load(action.id);
    return present(await this.strategyLoaders.goal(loaders).loadMany(links.map((link) => link.goalId)));
  }

  @ResolveField(() => Organisation, { nullable: true })
  ownerOrganisation(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return action.ownerOrganisationId ? this.directoryLoaders.organisation(loaders).load(action.ownerOrganisationId) : null;
  }

  @ResolveField(() => Person, { nullable: true })
  ownerPerson(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return action.ownerPersonId ? this.directoryLoaders.person(loaders).load(action.ownerPersonId) : null;
  }

  @ResolveField(() => [Organisation], { description: 'Participating partner organisations.' })
  async partners(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    const links = await this.strategyLoaders.partnerLinksOfAction(loaders).load(action.id);
    return present(await this.directoryLoaders.organisation(loaders).loadMany(links.map((link) => link.organisationId)));
  }

  @ResolveField(() => [Municipality], { description: 'Participating municipalities.' })
  async municipalities(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    const links = await this.strategyLoaders.municipalityLinksOfAction(loaders).load(action.id);
    return present(await this.directoryLoaders.municipality(loaders).loadMany(links.map((link) => link.municipalityId)));
  }

  @ResolveField(() => [Milestone])
  milestones(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.milestonesOfAction(loaders).load(action.id);
  }

  @ResolveField(() => Milestone, { nullable: true, description: 'The first milestone not yet done.' })
  async nextMilestone(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    const milestones = await this.strategyLoaders.milestonesOfAction(loaders).load(action.id);
    return milestones.find((milestone) => milestone.doneOn === null) ?? null;
  }

  @ResolveField(() => [CapacityCommitment])
  capacity(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.capacityOfAction(loaders).load(action.id);
  }

  @ResolveField(() => [BudgetLine])
  budgetLines(@Parent() action: Action, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.budgetLinesOfAction(loaders).load(action.id);
  }
}
