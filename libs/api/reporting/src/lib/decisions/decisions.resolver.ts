import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Person, RequiredRegionArgs } from '@regie/api/core';
import { followUpState } from '@regie/domain';
import { ReportingLoaders } from '../reporting.loaders';
import { todayIso } from '../reporting-scope';
import { CloseFollowUpInput, Decision, FollowUp, RecordDecisionInput } from './decision.model';
import { DecisionsService } from './decisions.service';

@Resolver(() => Decision)
export class DecisionsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly loadersOf: ReportingLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Mutation(() => Decision, { description: 'Records a decision on an agenda item; OPDRACHT and TOEZEGGING open a follow-up for the owner.' })
  recordDecision(@CurrentActor() actor: Actor, @Args('input') input: RecordDecisionInput) {
    return this.decisions.record(actor, input);
  }

  @Query(() => [Person], { description: 'The persons of a region who can own a decision\'s follow-up.' })
  decisionOwners(@CurrentActor() actor: Actor, @Args() { regionId }: RequiredRegionArgs) {
    return this.decisions.owners(actor, regionId);
  }

  @ResolveField(() => Person, { nullable: true })
  owner(@Parent() decision: Decision, @Context() { loaders }: GraphqlContext) {
    return decision.ownerPersonId ? this.directoryLoaders.person(loaders).load(decision.ownerPersonId) : null;
  }

  @ResolveField(() => FollowUp, { nullable: true })
  followUp(@Parent() decision: Decision, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.followUpOfDecision(loaders).load(decision.id);
  }
}

@Resolver(() => FollowUp)
export class FollowUpsResolver {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly loadersOf: ReportingLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [FollowUp], { description: 'Open follow-ups of a region, earliest due first.' })
  openFollowUps(@CurrentActor() actor: Actor, @Args() { regionId }: RequiredRegionArgs) {
    return this.decisions.openFollowUps(actor, regionId);
  }

  @Mutation(() => FollowUp, { description: 'The owner (or the bureau) closes a follow-up; it leaves task lists and later reports.' })
  closeFollowUp(@CurrentActor() actor: Actor, @Args('input') input: CloseFollowUpInput) {
    return this.decisions.closeFollowUp(actor, input);
  }

  @ResolveField(() => Person)
  owner(@Parent() followUp: FollowUp, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.person(loaders).load(followUp.ownerPersonId);
  }

  @ResolveField(() => Decision)
  decision(@Parent() followUp: FollowUp, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.decision(loaders).load(followUp.decisionId);
  }

  @ResolveField(() => Boolean)
  overdue(@Parent() followUp: FollowUp) {
    return followUpState(followUp, todayIso()) === 'OVERDUE';
  }

  @ResolveField(() => String, { description: 'OPEN, OVERDUE or CLOSED today: the one status every screen shows.' })
  state(@Parent() followUp: FollowUp) {
    return followUpState(followUp, todayIso());
  }
}
