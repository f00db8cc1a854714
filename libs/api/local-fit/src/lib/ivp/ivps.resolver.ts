import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext, IdArgs } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { LocalFitLoaders } from '../local-fit.loaders';
import { AddIvpPriorityInput, CreateIvpInput, Ivp, IvpPriority, UpdateIvpInput } from './ivp.model';
import { IvpService } from './ivp.service';

@Resolver(() => Ivp)
export class IvpsResolver {
  constructor(
    private readonly ivpService: IvpService,
    private readonly localFitLoaders: LocalFitLoaders,
  ) {}

  @Query(() => [Ivp], { description: 'The IVP register of a municipality, newest plan first.' })
  ivps(@CurrentActor() actor: Actor, @Args('municipalityId', { type: () => ID }) municipalityId: string) {
    return this.ivpService.ofMunicipality(actor, municipalityId);
  }

  @Mutation(() => Ivp)
  createIvp(@CurrentActor() actor: Actor, @Args('input') input: CreateIvpInput) {
    return this.ivpService.create(actor, input);
  }

  @Mutation(() => Ivp)
  updateIvp(@CurrentActor() actor: Actor, @Args('input') input: UpdateIvpInput) {
    return this.ivpService.update(actor, input);
  }

  @Mutation(() => IvpPriority)
  addIvpPriority(@CurrentActor() actor: Actor, @Args('input') input: AddIvpPriorityInput) {
    return this.ivpService.addPriority(actor, input);
  }

  @Mutation(() => Boolean)
  deleteIvpPriority(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.ivpService.deletePriority(actor, id);
  }

  @ResolveField(() => [IvpPriority])
  priorities(@Parent() ivp: Ivp, @Context() { loaders }: GraphqlContext) {
    return this.localFitLoaders.prioritiesOfIvp(loaders).load(ivp.id);
  }
}

@Resolver(() => IvpPriority)
export class IvpPrioritiesResolver {
  constructor(private readonly strategyLoaders: StrategyLoaders) {}

  @ResolveField(() => Theme, { nullable: true, description: 'The regional theme the priority matches, if any.' })
  theme(@Parent() priority: IvpPriority, @Context() { loaders }: GraphqlContext) {
    return priority.themeId ? this.strategyLoaders.theme(loaders).load(priority.themeId) : null;
  }
}
