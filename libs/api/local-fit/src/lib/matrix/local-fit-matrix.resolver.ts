import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@regie/api/core';
import { LocalFitMatrix } from './local-fit-matrix.model';
import { LocalFitMatrixService } from './local-fit-matrix.service';

@Resolver(() => LocalFitMatrix)
export class LocalFitMatrixResolver {
  constructor(private readonly matrix: LocalFitMatrixService) {}

  @Query(() => LocalFitMatrix, { nullable: true, description: 'Themes × municipalities of a strategy: participation and fit per cell.' })
  localFitMatrix(@CurrentActor() actor: Actor, @Args('strategyId', { type: () => ID }) strategyId: string) {
    return this.matrix.matrix(actor, strategyId);
  }
}
