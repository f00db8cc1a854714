import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Person, RoleAssignment } from '@regie/api/core';
import { MandateRole } from '../mandates/theme-mandate.entity';
import { Strategy } from '../strategies/strategy.model';
import { StrategyLoaders } from '../strategy.loaders';
import { Theme } from './theme.model';
import { ThemesService } from './themes.service';

@Resolver(() => Theme)
export class ThemesResolver {
  constructor(
    private readonly themes: ThemesService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => Theme, { nullable: true })
  theme(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.themes.byId(actor, id);
  }

  @ResolveField(() => Strategy)
  strategy(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.strategy(loaders).load(theme.strategyId);
  }

  @ResolveField(() => [Person], { description: 'The driver (a mayor); normally one.' })
  drivers(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.personsInRole(theme, 'DRIVER', loaders);
  }

  @ResolveField(() => [Person], { description: 'The co-drivers: officier van justitie, politiechef.' })
  coDrivers(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.personsInRole(theme, 'CO_DRIVER', loaders);
  }

  private async personsInRole(theme: Theme, role: MandateRole, loaders: GraphqlContext['loaders']) {
    const mandates = await this.strategyLoaders.currentMandatesOfTheme(loaders).load(theme.id);
    const persons = await this.directoryLoaders
      .person(loaders)
      .loadMany(mandates.filter((mandate) => mandate.role === role).map((mandate) => mandate.personId));
    return persons.filter((person) => person !== null && !(person instanceof Error));
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentThemeResolver {
  constructor(private readonly strategyLoaders: StrategyLoaders) {}

  @ResolveField(() => Theme, { nullable: true })
  theme(@Parent() grant: RoleAssignment, @Context() { loaders }: GraphqlContext) {
    return grant.themeId ? this.strategyLoaders.theme(loaders).load(grant.themeId) : null;
  }
}
