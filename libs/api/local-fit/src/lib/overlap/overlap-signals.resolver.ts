import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Municipality } from '@regie/api/core';
import { Action, Goal, StrategyLoaders } from '@regie/api/strategy';
import { HandleOverlapSignalInput, OverlapSignal, OverlapSignalHandling, ReopenOverlapSignalInput } from './overlap-signal.model';
import { OverlapSignalsService } from './overlap-signals.service';

const found = <T>(rows: ReadonlyArray<T | null | Error>): T[] => rows.filter((row): row is T => row !== null && !(row instanceof Error));

@Resolver(() => OverlapSignal)
export class OverlapSignalsResolver {
  constructor(
    private readonly signals: OverlapSignalsService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [OverlapSignal], { description: 'Possible duplicate plans in a region, for the bureau.' })
  overlapSignals(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null) {
    return this.signals.forRegion(actor, regionId);
  }

  @Mutation(() => OverlapSignalHandling, { description: 'The bureau marks a signal discussed/handled with a note, or changes that note (with the mark’s version).' })
  handleOverlapSignal(@CurrentActor() actor: Actor, @Args('input') input: HandleOverlapSignalInput) {
    return this.signals.handle(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Removes the bureau’s mark: the signal is open again. A stale version is a CONFLICT.' })
  reopenOverlapSignal(@CurrentActor() actor: Actor, @Args('input') input: ReopenOverlapSignalInput) {
    return this.signals.reopen(actor, input);
  }

  @ResolveField(() => Goal)
  goal(@Parent() signal: OverlapSignal, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.goal(loaders).load(signal.goalId);
  }

  @ResolveField(() => Action)
  action(@Parent() signal: OverlapSignal, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.action(loaders).load(signal.actionId);
  }

  @ResolveField(() => Action, { nullable: true })
  otherAction(@Parent() signal: OverlapSignal, @Context() { loaders }: GraphqlContext) {
    return signal.otherActionId ? this.strategyLoaders.action(loaders).load(signal.otherActionId) : null;
  }

  @ResolveField(() => [Municipality], { description: 'The municipalities concerned, by name.' })
  async municipalities(@Parent() signal: OverlapSignal, @Context() { loaders }: GraphqlContext) {
    const municipalities = found(await this.directoryLoaders.municipality(loaders).loadMany(signal.municipalityIds));
    return municipalities.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
}
