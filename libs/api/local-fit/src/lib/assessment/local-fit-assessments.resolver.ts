import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, Municipality } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { LocalFitLoaders } from '../local-fit.loaders';
import { AddLocalFitCommentInput, CreateLocalFitAssessmentInput, LocalFitAssessment, LocalFitComment, UpdateLocalFitAssessmentInput } from './local-fit-assessment.model';
import { currentAssessments, LocalFitService } from './local-fit.service';

@Resolver(() => LocalFitAssessment)
export class LocalFitAssessmentsResolver {
  constructor(
    private readonly localFit: LocalFitService,
    private readonly localFitLoaders: LocalFitLoaders,
    private readonly strategyLoaders: StrategyLoaders,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [LocalFitAssessment], { description: 'Fit assessments, newest cycle first; with currentOnly only the newest cycle per municipality and theme.' })
  async localFitAssessments(
    @CurrentActor() actor: Actor,
    @Args('municipalityId', { type: () => ID, nullable: true }) municipalityId: string | null,
    @Args('themeId', { type: () => ID, nullable: true }) themeId: string | null,
    @Args('currentOnly', { defaultValue: false }) currentOnly: boolean,
  ) {
    const rows = await this.localFit.assessments(actor, { municipalityId, themeId });
    return currentOnly ? rows.filter((row) => currentAssessments(rows).includes(row)) : rows;
  }

  @Mutation(() => LocalFitAssessment, { description: 'Records a fit assessment for a new cycle (the earlier cycles stay as history).' })
  createLocalFitAssessment(@CurrentActor() actor: Actor, @Args('input') input: CreateLocalFitAssessmentInput) {
    return this.localFit.create(actor, input);
  }

  @Mutation(() => LocalFitAssessment, { description: 'Revises a fit assessment within its cycle; a stale version is a CONFLICT.' })
  updateLocalFitAssessment(@CurrentActor() actor: Actor, @Args('input') input: UpdateLocalFitAssessmentInput) {
    return this.localFit.update(actor, input);
  }

  @Mutation(() => LocalFitComment)
  addLocalFitComment(@CurrentActor() actor: Actor, @Args('input') input: AddLocalFitCommentInput) {
    return this.localFit.addComment(actor, input);
  }

  @ResolveField(() => Municipality)
  municipality(@Parent() assessment: LocalFitAssessment, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.municipality(loaders).load(assessment.municipalityId);
  }

  @ResolveField(() => Theme)
  theme(@Parent() assessment: LocalFitAssessment, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.theme(loaders).load(assessment.themeId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who drafted or last revised the assessment (for its history).' })
  async draftedByName(@Parent() assessment: LocalFitAssessment, @Context() { loaders }: GraphqlContext) {
    return assessment.draftedByUserId ? this.localFitLoaders.userName(loaders).load(assessment.draftedByUserId) : null;
  }

  @ResolveField(() => [LocalFitComment])
  comments(@Parent() assessment: LocalFitAssessment, @Context() { loaders }: GraphqlContext) {
    return this.localFitLoaders.commentsOfAssessment(loaders).load(assessment.id);
  }

  @ResolveField(() => Boolean, { description: 'An adaptation is asked of the region and nobody has answered it yet.' })
  async openRequest(@Parent() assessment: LocalFitAssessment, @Context() { loaders }: GraphqlContext) {
    if (assessment.verdict === 'FITS' || !assessment.adaptationAsked?.trim()) return false;
    return (await this.localFitLoaders.commentsOfAssessment(loaders).load(assessment.id)).length === 0;
  }
}
