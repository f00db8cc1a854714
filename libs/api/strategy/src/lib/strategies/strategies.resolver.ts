import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Region, RegionArgs } from '@regie/api/core';
import { PlanQualityFinding } from '../plan-quality/plan-quality.model';
import { PlanQualityService } from '../plan-quality/plan-quality.service';
import { Theme } from '../themes/theme.model';
import { StrategyLoaders } from '../strategy.loaders';
import { StrategiesService } from './strategies.service';
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
