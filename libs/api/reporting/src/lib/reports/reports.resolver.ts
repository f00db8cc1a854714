import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Organisation } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { asSubject, isPublished } from '@regie/domain';
import { ReportCycle } from '../cycles/cycle.model';
import { ReportPrefillModel } from '../prefill/report-prefill.model';
import { ReportingLoaders } from '../reporting.loaders';
import { isFrozenView, ReadableReport } from './report-reading';
import { ContributeInput, ProgressReport, ReportContribution, ReportText, ReportTransitionInput, ReportVersion, UpdateProgressReportInput } from './report.model';
import { ReportWorkflowService } from './report-workflow.service';
import { ReportsService } from './reports.service';

@Resolver(() => ProgressReport)
export class ProgressReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly workflow: ReportWorkflowService,
    private readonly loadersOf: ReportingLoaders,
    private readonly strategyLoaders: StrategyLoaders,
  ) {}

  @Query(() => ProgressReport, { nullable: true })
  progressReport(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.reports.byId(actor, id);
  }

  @Mutation(() => ProgressReport, { description: 'Changes the writer\'s part; send the version you read (stale: CONFLICT).' })
  updateProgressReport(@CurrentActor() actor: Actor, @Args('input') input: UpdateProgressReportInput) {
    return this.reports.update(actor, input);
  }

  @Mutation(() => ReportContribution, { description: 'A co-driver adds or changes their organisation\'s contribution.' })
  contributeToReport(@CurrentActor() actor: Actor, @Args('input') input: ContributeInput) {
    return this.reports.contribute(actor, input);
  }

  @Mutation(() => ProgressReport, { description: 'Moves the report on: open for contributions, sign off, submit, mark discussed, correct.' })
  transitionProgressReport(@CurrentActor() actor: Actor, @Args('input') input: ReportTransitionInput) {
    return this.workflow.transition(actor, input);
  }

  @ResolveField(() => Theme)
  theme(@Parent() report: ProgressReport, @Context() { loaders }: GraphqlContext) {
    return this.strategyLoaders.theme(loaders).load(report.themeId);
  }

  @ResolveField(() => ReportCycle)
  cycle(@Parent() report: ProgressReport, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.cycle(loaders).load(report.cycleId);
  }

  @ResolveField(() => ReportText, { description: 'The writer\'s part as it is now.' })
  text(@Parent() report: ProgressReport) {
    return report.content;
  }

  @ResolveField(() => ReportPrefillModel, { description: 'Computed from the strategy data now; frozen once submitted.' })
  prefill(@Parent() report: ProgressReport) {
    const readable = report as unknown as ReadableReport;
    return isFrozenView(readable) ? readable.frozenVersion.prefill : this.reports.prefillOf(readable);
  }

  @ResolveField(() => [ReportContribution], { description: 'The contributions the user may read (a partner: its own organisation\'s).' })
  async contributions(@CurrentActor() actor: Actor, @Parent() report: ProgressReport, @Context() { loaders }: GraphqlContext) {
    const readable = report as unknown as ReadableReport;
    const subject = (organisationId: string) =>
      asSubject('ReportContribution', { regionId: readable.regionId, themeId: readable.themeId, organisationId, published: isFrozenView(readable) || isPublished(readable.status) });
    const mayRead = (contribution: { organisationId: string }) => actor.ability.can('read', subject(contribution.organisationId));
    if (!isFrozenView(readable)) return (await this.loadersOf.contributionsOfReport(loaders).load(report.id)).filter(mayRead);
    // The contributions as they were submitted; the corrected draft's new input stays with the theme.
    const frozen = readable.frozenVersion;
    return frozen.contributions
      .map((contribution, index) => ({ id: `${frozen.id}:${index}`, organisationId: contribution.organisationId, text: contribution.text, updatedAt: frozen.submittedAt, version: 1, authorUserId: contribution.authorUserId }))
      .filter(mayRead);
  }

  @ResolveField(() => ReportVersion, {
    nullable: true,
    description: 'Set while the report is being corrected and the user may read only submitted reports: the version shown (text, contributions, pre-fill and dates are that version\'s).',
  })
  readingFrozenVersion(@Parent() report: ProgressReport) {
    const readable = report as unknown as ReadableReport;
    return isFrozenView(readable) ? readable.frozenVersion : null;
  }

  @ResolveField(() => [ReportVersion], { description: 'Every submitted version of this report, newest first.' })
  versions(@Parent() report: ProgressReport, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.versionsOfReport(loaders).load(report.id);
  }

  @ResolveField(() => [ReportVersion], { description: 'Every submitted version of this theme\'s reports across cycles, to compare.' })
  themeVersions(@Parent() report: ProgressReport, @CurrentActor() actor: Actor) {
    return this.reports.themeVersions(actor, report);
  }
}

@Resolver(() => ReportVersion)
export class ReportVersionsResolver {
  constructor(private readonly loadersOf: ReportingLoaders) {}

  @ResolveField(() => ReportText)
  text(@Parent() version: ReportVersion & { content: ReportText }) {
    return version.content;
  }

  @ResolveField(() => ReportPrefillModel)
  prefill(@Parent() version: ReportVersion & { prefill: ReportPrefillModel }) {
    return version.prefill;
  }

  @ResolveField(() => String, { description: 'The label of the cycle this version was submitted in.' })
  async cycleLabel(@Parent() version: ReportVersion & { cycleLabel?: string }, @Context() { loaders }: GraphqlContext) {
    if (version.cycleLabel) return version.cycleLabel;
    const report = await this.loadersOf.report(loaders).load(version.reportId);
    const cycle = report ? await this.loadersOf.cycle(loaders).load(report.cycleId) : null;
    return cycle?.label ?? '';
  }
}

@Resolver(() => ReportContribution)
export class ReportContributionsResolver {
  constructor(private readonly directoryLoaders: DirectoryLoaders) {}

  @ResolveField(() => Organisation, { description: 'The organisation the contribution speaks for.' })
  organisation(@Parent() contribution: ReportContribution, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.organisation(loaders).load(contribution.organisationId);
  }
}
