import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Region, RegionArgs } from '@regie/api/core';
import { PlanQualityFinding } from '../plan-quality/plan-quality.model';
import { PlanQualityService } from '../plan-quality/plan-quality.service';
import { Theme } from '../themes/theme.model';
import { StrategyLoaders } from '../strategy.loaders';
import { StrategiesService } from './strategies.service';
import { CreateStrategyInput, UpdateStrategyInput } from './strategy.inputs';
import { Strategy } from './strategy.model';

@Resolver(() => Strategy)
export class StrategiesResolver {
  constructor(
    private readonly strategiesService: StrategiesService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
    private readonly planQualityService: PlanQualityService,
  ) {}

  @Query(() => [Strategy])
  strategies(@CurrentActor() actor: Actor, @Args() { regionId }: RegionArgs) {
    return this.strategiesService.list(actor, regionId);
  }

  @Query(() => Strategy, { nullable: true })
  strategy(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.strategiesService.byId(actor, id);
  }

  @Mutation(() => Strategy, { description: 'Creates a strategy as a concept, optionally with the structure of an earlier one.' })
  createStrategy(@CurrentActor() actor: Actor, @Args('input') input: CreateStrategyInput) {
    return this.strategiesService.create(actor, input);
  }

  @Mutation(() => Strategy, { description: 'Changes title, period, status or the Regionaal College adoption.' })
  updateStrategy(@CurrentActor() actor: Actor, @Args('input') input: UpdateStrategyInput) {
    return this.strategiesService.update(actor, input);
  }

  @ResolveField(() => [Theme])
  themes(@Parent() strategy: Strategy, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.themesOfStrategy(loaders).load(strategy.id);
  }

  @ResolveField(() => Region)
  region(@Parent() strategy: Strategy, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.region(loaders).load(strategy.regionId);
  }

  @ResolveField(() => [PlanQualityFinding], { description: 'Plan-quality checks over every theme of the strategy.' })
  async planQuality(@Parent() strategy: Strategy, @Context() { loaders }: GraphqlContext) {
    return this.planQualityService.forThemes(await this.strategyLoaders.themesOfStrategy(loaders).load(strategy.id));
  }
}
