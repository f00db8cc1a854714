import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { todayIso } from '@regie/domain';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Person, RoleAssignment } from '@regie/api/core';
import { Action } from '../actions/action.model';
import { ActionFilterArgs, filterActions } from '../actions/action-filter';
import { Goal } from '../goals/goal.model';
import { inForce } from '../mandates/mandates.service';
import { MandateRole } from '../mandates/theme-mandate.entity';
import { ThemeMandate } from '../mandates/theme-mandate.model';
import { PlanQualityFinding } from '../plan-quality/plan-quality.model';
import { PlanQualityService } from '../plan-quality/plan-quality.service';
import { present } from '../present';
import { Strategy } from '../strategies/strategy.model';
import { StrategyLoaders } from '../strategy.loaders';
import { CreateThemeInput, UpdateThemeInput } from './theme.inputs';
import { Theme } from './theme.model';
import { ThemesService } from './themes.service';


@Resolver(() => Theme)
export class ThemesResolver {
  constructor(
    private readonly themes: ThemesService,
    private readonly planQualityService: PlanQualityService,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => Theme, { nullable: true })
  theme(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.themes.byId(actor, id);
  }

  @Mutation(() => Theme, { description: 'Adds a theme to a strategy (the bureau).' })
  createTheme(@CurrentActor() actor: Actor, @Args('input') input: CreateThemeInput) {
    return this.themes.create(actor, input);
  }

  @Mutation(() => Theme, { description: 'Changes name, description, examples, safety fields or order of a theme (the bureau).' })
  updateTheme(@CurrentActor() actor: Actor, @Args('input') input: UpdateThemeInput) {
    return this.themes.update(actor, input);
  }

  @ResolveField(() => Strategy)
  strategy(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.strategy(loaders).load(theme.strategyId);
  }

  @ResolveField(() => [Person], { description: 'The driver (a mayor) in office today; normally one.' })
  drivers(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.personsInRole(theme, 'DRIVER', loaders);
  }

  @ResolveField(() => [Person], { description: 'The co-drivers in office today: officier van justitie, politiechef.' })
  coDrivers(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.personsInRole(theme, 'CO_DRIVER', loaders);
  }

  @ResolveField(() => [ThemeMandate], { description: 'Mandates with their tasks, responsibilities and powers; with includeEnded the history too.' })
  async mandates(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext, @Args('includeEnded', { defaultValue: false }) includeEnded: boolean) {
    const mandates = await this.strategyLoaders.mandatesOfTheme(loaders).load(theme.id);
    return includeEnded ? mandates : mandates.filter((mandate) => inForce(mandate, todayIso()));
  }

  @ResolveField(() => [Goal])
  goals(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.goalsOfTheme(loaders).load(theme.id);
  }

  @ResolveField(() => [Action], { description: 'Actions of the theme, optionally only those a partner or municipality takes part in.' })
  async actions(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext, @Args() filter: ActionFilterArgs) {
    const actions = await this.strategyLoaders.actionsOfTheme(loaders).load(theme.id);
    return filterActions(actions, filter, this.strategyLoaders, loaders);
  }

  @ResolveField(() => [PlanQualityFinding])
  async planQuality(@Parent() theme: Theme, @Context() { loaders }: GraphqlContext) {
    return loaders
      .get('planQualityOfTheme', async (ids) => {
        const themes = present(await this.strategyLoaders.theme(loaders).loadMany(ids));
        const findings = await this.planQualityService.forThemes(themes);
        return ids.map((id) => findings.filter((finding) => finding.themeId === id));
      })
      .load(theme.id);
  }

  private async personsInRole(theme: Theme, role: MandateRole, loaders: GraphqlContext['loaders']) {
    const mandates = await this.strategyLoaders.mandatesOfTheme(loaders).load(theme.id);
    const personIds = mandates.filter((mandate) => mandate.role === role && inForce(mandate, todayIso())).map((mandate) => mandate.personId);
    return present(await this.directoryLoaders.person(loaders).loadMany(personIds));
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
