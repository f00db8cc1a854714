import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Municipality } from '@regie/api/core';
import { Action, Goal, StrategyLoaders, Theme } from '@regie/api/strategy';
import { CreateParticipationInput, Participation, UpdateParticipationInput } from './participation.model';
import { ParticipationService } from './participation.service';

@Resolver(() => Participation)
export class ParticipationsResolver {
  constructor(
    private readonly participationService: ParticipationService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [Participation], { description: 'How the municipality takes part in each theme and regional action.' })
  participations(@CurrentActor() actor: Actor, @Args('municipalityId', { type: () => ID }) municipalityId: string) {
    return this.participationService.ofMunicipality(actor, municipalityId);
  }

  @Mutation(() => Participation)
  createParticipation(@CurrentActor() actor: Actor, @Args('input') input: CreateParticipationInput) {
    return this.participationService.create(actor, input);
  }

  @Mutation(() => Participation)
  updateParticipation(@CurrentActor() actor: Actor, @Args('input') input: UpdateParticipationInput) {
    return this.participationService.update(actor, input);
  }

  @ResolveField(() => Municipality)
  municipality(@Parent() participation: Participation, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.municipality(loaders).load(participation.municipalityId);
  }

  @ResolveField(() => Theme)
  theme(@Parent() participation: Participation, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.theme(loaders).load(participation.themeId);
  }

  @ResolveField(() => Action, { nullable: true, description: 'The regional action; null for participation in the theme as a whole.' })
  action(@Parent() participation: Participation, @Context() { loaders }: GraphqlContext) {
    return participation.actionId ? this.strategyLoaders.action(loaders).load(participation.actionId) : null;
  }

  @ResolveField(() => Goal, { nullable: true, description: 'The regional goal an own local approach targets.' })
  localGoal(@Parent() participation: Participation, @Context() { loaders }: GraphqlContext) {
    return participation.localGoalId ? this.strategyLoaders.goal(loaders).load(participation.localGoalId) : null;
  }
}
