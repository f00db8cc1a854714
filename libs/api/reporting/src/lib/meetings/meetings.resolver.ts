import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, DirectoryLoaders, GraphqlContext, IdArgs, Person, RequiredRegionArgs } from '@regie/api/core';
import { StrategyLoaders, Theme } from '@regie/api/strategy';
import { isPublished } from '@regie/domain';
import { present } from '../present';
import { Decision } from '../decisions/decision.model';
import { ReportCycle } from '../cycles/cycle.model';
import { ProgressReport } from '../reports/report.model';
import { ReportingLoaders } from '../reporting.loaders';
import { AddAgendaItemInput, AgendaDocument, AgendaItem, CollegeMeeting, CreateMeetingInput, MeetingAttendance, MeetingAttendanceArgs, UpdateMeetingInput, UploadAgendaDocumentInput } from './meeting.model';
import { MeetingsService } from './meetings.service';

@Resolver(() => CollegeMeeting)
export class CollegeMeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly loadersOf: ReportingLoaders,
    private readonly strategyLoaders: StrategyLoaders,
  ) {}

  @Query(() => [CollegeMeeting], { description: 'Meetings of the Regionaal College of a region, newest first.' })
  collegeMeetings(@CurrentActor() actor: Actor, @Args() { regionId }: RequiredRegionArgs) {
    return this.meetings.ofRegion(actor, regionId);
  }

  @Query(() => CollegeMeeting, { nullable: true })
  collegeMeeting(@CurrentActor() actor: Actor, @Args() { id }: IdArgs) {
    return this.meetings.byId(actor, id);
  }

  @Mutation(() => CollegeMeeting)
  createCollegeMeeting(@CurrentActor() actor: Actor, @Args('input') input: CreateMeetingInput) {
    return this.meetings.create(actor, input);
  }

  @Mutation(() => CollegeMeeting, { description: 'Changes a meeting; a new date moves the deadlines of its cycles.' })
  updateCollegeMeeting(@CurrentActor() actor: Actor, @Args('input') input: UpdateMeetingInput) {
    return this.meetings.update(actor, input);
  }

  @Mutation(() => AgendaItem, { description: 'Adds a proposal or other item; theme reports land on the agenda when submitted.' })
  addAgendaItem(@CurrentActor() actor: Actor, @Args('input') input: AddAgendaItemInput) {
    return this.meetings.addAgendaItem(actor, input);
  }

  @Mutation(() => [MeetingAttendance])
  setMeetingAttendance(
    @CurrentActor() actor: Actor,
    @Args() { meetingId, attendance, version }: MeetingAttendanceArgs,
  ) {
    return this.meetings.setAttendance(actor, meetingId, attendance, version);
  }

  @ResolveField(() => [AgendaItem])
  agendaItems(@Parent() meeting: CollegeMeeting, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.agendaItemsOfMeeting(loaders).load(meeting.id);
  }

  @ResolveField(() => [Decision])
  decisions(@Parent() meeting: CollegeMeeting, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.decisionsOfMeeting(loaders).load(meeting.id);
  }

  @ResolveField(() => [ReportCycle], { description: 'The report cycles whose reports go to this meeting.' })
  cycles(@Parent() meeting: CollegeMeeting, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.cyclesOfMeeting(loaders).load(meeting.id);
  }

  @ResolveField(() => [MeetingAttendance])
  attendance(@Parent() meeting: CollegeMeeting, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.attendanceOfMeeting(loaders).load(meeting.id);
  }

  @ResolveField(() => [Theme], { description: 'Themes whose report for this meeting is not submitted yet; empty when the agenda is complete.' })
  async outstandingReports(@Parent() meeting: CollegeMeeting, @Context() { loaders }: GraphqlContext) {
    const cycles = await this.loadersOf.cyclesOfMeeting(loaders).load(meeting.id);
    const reports = (await Promise.all(cycles.map((cycle) => this.loadersOf.reportsOfCycle(loaders).load(cycle.id)))).flat();
    const themeIds = reports.filter((report) => !isPublished(report.status)).map((report) => report.themeId);
    return present(await this.strategyLoaders.theme(loaders).loadMany(themeIds));
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly loadersOf: ReportingLoaders,
  ) {}

  @Mutation(() => AgendaDocument)
  uploadAgendaDocument(@CurrentActor() actor: Actor, @Args('input') input: UploadAgendaDocumentInput) {
    return this.meetings.uploadDocument(actor, input);
  }

  @ResolveField(() => ProgressReport, { nullable: true, description: 'The theme report on this item, when the user may read it.' })
  async report(@Parent() item: AgendaItem, @CurrentActor() actor: Actor, @Context() { loaders }: GraphqlContext) {
    if (!item.reportId) return null;
    const report = await this.loadersOf.report(loaders).load(item.reportId);
    return report ? this.loadersOf.readable(loaders, actor, report) : null;
  }

  @ResolveField(() => [Decision])
  async decisions(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    const decisions = await this.loadersOf.decisionsOfMeeting(loaders).load(item.meetingId);
    return decisions.filter((decision) => decision.agendaItemId === item.id);
  }

  @ResolveField(() => [AgendaDocument])
  documents(@Parent() item: AgendaItem, @Context() { loaders }: GraphqlContext) {
    return this.loadersOf.documentsOfAgendaItem(loaders).load(item.id);
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceResolver {
  constructor(private readonly directoryLoaders: DirectoryLoaders) {}

  @ResolveField(() => Person)
  person(@Parent() attendance: MeetingAttendance, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.person(loaders).load(attendance.personId);
  }
}
