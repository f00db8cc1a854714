import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, GraphqlContext, IdArgs, StrategyArgs } from '@regie/api/core';
import { CollegeMeeting } from '../meetings/meeting.model';
import { ProgressReport } from '../reports/report.model';
import { present } from '../present';
import { isFrozenView } from '../reports/report-reading';
import { ReportingLoaders } from '../reporting.loaders';
import { CycleReportState } from '../tasks/task.model';
import { CycleDashboardService } from './cycle-dashboard.service';
import { CreateReportCycleInput, CycleDeadlines, ReportCycle, UpdateReportCycleInput } from './cycle.model';
import { cycleDeadlines, CyclesService } from './cycles.service';

@Resolver(() => ReportCycle)
export class ReportCyclesResolver {
  constructor(
    private readonly cycles: CyclesService,
    private readonly states: CycleDashboardService,
    private readonly loadersOf: ReportingLoaders,
  ) {}

  @Query(() => [ReportCycle], { description: 'Report cycles of a strategy, newest meeting first.' })
  reportCycles(@CurrentActor() actor: Actor, @Args() { strategyId }: StrategyArgs) {
    return this.cycles.ofStrategy(actor, strategyId);
  }

  @Query(() => ReportCycle, { nullable: true })
  reportCycle(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.cycles.byId(actor, id);
  }

  @Mutation(() => ReportCycle, { description: 'Opens a cycle for a meeting: a draft report for every theme of the strategy.' })
  createReportCycle(@CurrentActor() actor: Actor, @Args('input') input: CreateReportCycleInput) {
    return this.cycles.create(actor, input);
  }

  @Mutation(() => ReportCycle)
  updateReportCycle(@CurrentActor() actor: Actor, @Args('input') input: UpdateReportCycleInput) {
    return this.cycles.update(actor, input);
  }

  @ResolveField(() => CollegeMeeting, { nullable: true })
  meeting(@Parent() cycle: ReportCycle, @Context() { loaders }: GraphqlContext) {
    return cycle.meetingId ? this.loadersOf.meeting(loaders).load(cycle.meetingId) : null;
  }

  @ResolveField(() => [ProgressReport], { description: 'The reports of the cycle the user may read; while one is corrected, readers of submitted reports get its last submitted version.' })
  async reports(@Parent() cycle: ReportCycle, @CurrentActor() actor: Actor, @Context() { loaders }: GraphqlContext) {
    const reports = await this.loadersOf.reportsOfCycle(loaders).load(cycle.id);
    return present(await Promise.all(reports.map((report) => this.loadersOf.readable(loaders, actor, report))));
  }

  @ResolveField(() => CycleDeadlines, { nullable: true, description: 'Derived backwards from the meeting date; null without a meeting.' })
  async deadlines(@Parent() cycle: ReportCycle, @Context() { loaders }: GraphqlContext) {
    const meeting = cycle.meetingId ? await this.loadersOf.meeting(loaders).load(cycle.meetingId) : null;
    return cycleDeadlines(cycle, meeting?.date ?? null);
  }

  @ResolveField(() => [CycleReportState], { description: 'Per theme the report\'s state, missing contributions and late steps (of the reports the user may read).' })
  async dashboard(@Parent() cycle: ReportCycle, @CurrentActor() actor: Actor, @Context() { loaders }: GraphqlContext) {
    const meeting = cycle.meetingId ? await this.loadersOf.meeting(loaders).load(cycle.meetingId) : null;
    // A report shown as its frozen version is not readable as it is now: its live state stays out of the dashboard.
    const readable = new Set((await this.reports(cycle, actor, { loaders } as GraphqlContext)).filter((report) => !isFrozenView(report)).map((report) => report.id));
    return (await this.states.statesOf(cycle, meeting?.date ?? null)).filter((state) => readable.has(state.reportId));
  }
}
