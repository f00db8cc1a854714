import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext } from '@regie/api/core';
import { Theme } from '@regie/api/strategy';
import { asSubject } from '@regie/domain';
import { LocalFitLoaders } from '../local-fit.loaders';
import { LocalFitAssessment } from './local-fit-assessment.model';
import { currentAssessments } from './local-fit.service';

/** Local fit on the driver's theme page: where the theme does not (simply) fit, batched over themes. */
@Resolver(() => Theme)
export class ThemeLocalFitResolver {
  constructor(private readonly localFitLoaders: LocalFitLoaders) {}

  @ResolveField(() => [LocalFitAssessment], {
    description: 'The newest assessments of municipalities where this theme fits only with adaptation or does not fit, with their reasons.',
  })
  async localFitConcerns(@Parent() theme: Theme, @CurrentActor() actor: Actor, @Context() { loaders }: GraphqlContext) {
    const rows = currentAssessments(await this.localFitLoaders.assessmentsOfTheme(loaders).load(theme.id));
    return rows.filter((row) => row.verdict !== 'FITS' && actor.ability.can('read', asSubject('LocalFitAssessment', row)));
  }
}
