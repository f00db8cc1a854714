import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Person } from '@regie/api/core';
import { MandatesService } from './mandates.service';
import { AssignMandateInput, ThemeMandate, UpdateMandateInput } from './theme-mandate.model';

@Resolver(() => ThemeMandate)
export class MandatesResolver {
  constructor(
    private readonly mandates: MandatesService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Mutation(() => ThemeMandate, { description: 'Makes a person driver or co-driver; a new driver ends the previous driver’s mandate.' })
  assignMandate(@CurrentActor() actor: Actor, @Args('input') input: AssignMandateInput) {
    return this.mandates.assign(actor, input);
  }

  @Mutation(() => ThemeMandate)
  updateMandate(@CurrentActor() actor: Actor, @Args('input') input: UpdateMandateInput) {
    return this.mandates.update(actor, input);
  }

  @ResolveField(() => Person)
  person(@Parent() mandate: ThemeMandate, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.person(loaders).load(mandate.personId);
  }
}
