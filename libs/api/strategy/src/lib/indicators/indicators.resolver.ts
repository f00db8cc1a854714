import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext, IdArgs } from '@regie/api/core';
import { Measurement } from '../measurements/measurement.model';
import { StrategyLoaders } from '../strategy.loaders';
import { CreateIndicatorInput, Indicator, UpdateIndicatorInput } from './indicator.model';
import { IndicatorsService } from './indicators.service';

@Resolver(() => Indicator)
export class IndicatorsResolver {
  constructor(
    private readonly indicators: IndicatorsService,
    private readonly strategyLoaders: StrategyLoaders,
  ) {}

  @Mutation(() => Indicator)
  createIndicator(@CurrentActor() actor: Actor, @Args('input') input: CreateIndicatorInput) {
    return this.indicators.create(actor, input);
  }

  @Mutation(() => Indicator)
  updateIndicator(@CurrentActor() actor: Actor, @Args('input') input: UpdateIndicatorInput) {
    return this.indicators.update(actor, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes the indicator with its measurements.' })
  deleteIndicator(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.indicators.delete(actor, id);
  }

  @ResolveField(() => Measurement, { nullable: true, description: 'The latest regional value.' })
  latestValue(@Parent() indicator: Indicator, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.latestRegionalMeasurement(loaders).load(indicator.id);
  }

  @ResolveField(() => [Measurement], { description: 'Values oldest first: the region and every municipality, or one municipality.' })
  async measurements(
    @Parent() indicator: Indicator,
    @Context() { loaders }: GraphqlContext,
    @Args('municipalityId', { type: () => ID, nullable: true, description: 'Only the values of this municipality.' }) municipalityId?: string,
  ) {
    const all = await this.strategyLoaders.measurementsOfIndicator(loaders).load(indicator.id);
    return municipalityId ? all.filter((measurement) => measurement.municipalityId === municipalityId) : all;
  }
}
