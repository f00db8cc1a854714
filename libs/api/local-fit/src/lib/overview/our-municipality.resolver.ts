import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, IdArgs } from '@regie/api/core';
import { LocalFitAssessment } from '../assessment/local-fit-assessment.model';
import { LocalFitService } from '../assessment/local-fit.service';
import { Ivp } from '../ivp/ivp.model';
import { IvpService } from '../ivp/ivp.service';
import { Participation } from '../participation/participation.model';
import { ParticipationService } from '../participation/participation.service';
import { PracticeAdoption } from '../practices/good-practice.model';
import { GoodPracticesService } from '../practices/good-practices.service';
import { IndicatorComparison, OurMunicipality } from './our-municipality.model';
import { OurMunicipalityService } from './our-municipality.service';

@Resolver(() => OurMunicipality)
export class OurMunicipalityResolver {
  constructor(
    private readonly overview: OurMunicipalityService,
    private readonly participationService: ParticipationService,
    private readonly localFit: LocalFitService,
    private readonly ivpService: IvpService,
    private readonly practices: GoodPracticesService,
  ) {}

  @Query(() => OurMunicipality, { nullable: true, description: '"Onze gemeente": everything regional that concerns one municipality.' })
  ourMunicipality(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.overview.overview(actor, id);
  }

  @ResolveField(() => [IndicatorComparison])
  indicators(@Parent() overview: OurMunicipality) {
    return this.overview.indicatorComparisons(overview);
  }

  @ResolveField(() => [Participation])
  participations(@Parent() overview: OurMunicipality, @CurrentActor() actor: Actor) {
    return this.participationService.ofMunicipality(actor, overview.id);
  }

  @ResolveField(() => [LocalFitAssessment], { description: 'All cycles, newest first.' })
  assessments(@Parent() overview: OurMunicipality, @CurrentActor() actor: Actor) {
    return this.localFit.assessments(actor, { municipalityId: overview.id });
  }

  @ResolveField(() => [Ivp])
  ivps(@Parent() overview: OurMunicipality, @CurrentActor() actor: Actor) {
    return this.ivpService.ofMunicipality(actor, overview.id);
  }

  @ResolveField(() => [PracticeAdoption])
  practiceAdoptions(@Parent() overview: OurMunicipality, @CurrentActor() actor: Actor) {
    return this.practices.adoptionsOfMunicipality(actor, overview.id);
  }
}
