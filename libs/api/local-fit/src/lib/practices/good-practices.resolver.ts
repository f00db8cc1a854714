import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Municipality } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { rolloutProgress } from '@regie/domain';
import { LocalFitLoaders } from '../local-fit.loaders';
import { CreateGoodPracticeInput, GoodPractice, PracticeAdoption, Rollout, SetPracticeAdoptionInput, UpdateGoodPracticeInput } from './good-practice.model';
import { GoodPracticesService } from './good-practices.service';

@Resolver(() => GoodPractice)
export class GoodPracticesResolver {
  constructor(
    private readonly practices: GoodPracticesService,
    private readonly localFitLoaders: LocalFitLoaders,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [GoodPractice], { description: 'The library of good practices of a region (default: the regions the user may read).' })
  goodPractices(@CurrentActor() actor: Actor, @Args('regionId', { type: () => ID, nullable: true }) regionId: string | null) {
    return this.practices.list(actor, regionId);
  }

  @Mutation(() => GoodPractice)
  createGoodPractice(@CurrentActor() actor: Actor, @Args('input') input: CreateGoodPracticeInput) {
    return this.practices.create(actor, input);
  }

  @Mutation(() => GoodPractice)
  updateGoodPractice(@CurrentActor() actor: Actor, @Args('input') input: UpdateGoodPracticeInput) {
    return this.practices.update(actor, input);
  }

  @Mutation(() => PracticeAdoption, { description: 'Records where a municipality stands with a practice.' })
  setPracticeAdoption(@CurrentActor() actor: Actor, @Args('input') input: SetPracticeAdoptionInput) {
    return this.practices.setAdoption(actor, input);
  }

  @ResolveField(() => Theme, { nullable: true })
  theme(@Parent() practice: GoodPractice, @Context() { loaders }: GraphqlContext) {
    return practice.themeId ? this.strategyLoaders.theme(loaders).load(practice.themeId) : null;
  }

  @ResolveField(() => [PracticeAdoption], { description: 'Recorded adoption states; municipalities without one have not started.' })
  adoptions(@Parent() practice: GoodPractice, @Context() { loaders }: GraphqlContext) {
    return this.localFitLoaders.adoptionsOfPractice(loaders).load(practice.id);
  }

  @ResolveField(() => Rollout)
  async rollout(@Parent() practice: GoodPractice, @Context() { loaders }: GraphqlContext): Promise<Rollout> {
    const [adoptions, municipalities] = await Promise.all([
      this.localFitLoaders.adoptionsOfPractice(loaders).load(practice.id),
      this.directoryLoaders.municipalitiesOfRegion(loaders).load(practice.regionId),
    ]);
    const progress = rolloutProgress(
      adoptions.map((row) => row.state),
      municipalities.length,
    );
    const { NOT_STARTED, PREPARING, RUNNING, EMBEDDED, STOPPED } = progress.counts;
    return { total: progress.total, notStarted: NOT_STARTED, preparing: PREPARING, running: RUNNING, embedded: EMBEDDED, stopped: STOPPED, adoptedPercent: progress.adoptedPercent };
  }
}

@Resolver(() => PracticeAdoption)
export class PracticeAdoptionsResolver {
  constructor(private readonly directoryLoaders: DirectoryLoaders) {}

  @ResolveField(() => Municipality)
  municipality(@Parent() adoption: PracticeAdoption, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.municipality(loaders).load(adoption.municipalityId);
  }
}
