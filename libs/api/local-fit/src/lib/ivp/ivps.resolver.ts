import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { LocalFitLoaders } from '../local-fit.loaders';
import { AddIvpPriorityInput, CreateIvpInput, DeleteIvpPriorityArgs, Ivp, IvpDocument, IvpPriority, UpdateIvpInput, UpdateIvpPriorityInput, UploadIvpDocumentInput } from './ivp.model';
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

  @Mutation(() => Ivp, { description: 'Keeps the IVP itself as a file (PDF or DOCX), replacing an earlier one.' })
  uploadIvpDocument(@CurrentActor() actor: Actor, @Args('input') input: UploadIvpDocumentInput) {
    return this.ivpService.uploadDocument(actor, input);
  }

  @Mutation(() => IvpPriority)
  addIvpPriority(@CurrentActor() actor: Actor, @Args('input') input: AddIvpPriorityInput) {
    return this.ivpService.addPriority(actor, input);
  }

  @Mutation(() => IvpPriority)
  updateIvpPriority(@CurrentActor() actor: Actor, @Args('input') input: UpdateIvpPriorityInput) {
    return this.ivpService.updatePriority(actor, input);
  }

  @Mutation(() => Boolean)
  deleteIvpPriority(@CurrentActor() actor: Actor, @Args() { id, version }: DeleteIvpPriorityArgs) {
    return this.ivpService.deletePriority(actor, id, version);
  }

  @ResolveField(() => IvpDocument, { nullable: true, description: 'The uploaded plan, if any.' })
  document(@Parent() ivp: Ivp): IvpDocument | null {
    return ivp.documentFileName && ivp.documentMediaType ? { fileName: ivp.documentFileName, mediaType: ivp.documentMediaType, sizeBytes: ivp.documentSizeBytes ?? 0 } : null;
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
