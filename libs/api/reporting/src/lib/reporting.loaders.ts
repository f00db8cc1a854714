import { Injectable } from '@nestjs/common';
import { Actor, byKey, groupByKey, Loaders } from '@regie/api/core';
import { CyclesService } from './cycles/cycles.service';
import { DecisionsService } from './decisions/decisions.service';
import { MeetingsService } from './meetings/meetings.service';
import { ProgressReportEntity } from './reports/progress-report.entity';
import { canReadReport, ReadableReport, readableReport } from './reports/report-reading';
import { ReportsService } from './reports/reports.service';

/** The reporting capability's DataLoaders: one statement per relation per request. */
@Injectable()
export class ReportingLoaders {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly cycles: CyclesService,
    private readonly reports: ReportsService,
    private readonly decisions: DecisionsService,
  ) {}

  meeting(loaders: Loaders) {
    return loaders.get('reporting.meeting', async (ids) => byKey(ids, await this.meetings.byIds(ids), (row) => row.id));
  }
  agendaItemsOfMeeting(loaders: Loaders) {
    return loaders.get('reporting.agendaItemsOfMeeting', async (ids) => groupByKey(ids, await this.meetings.agendaItemsOf(ids), (row) => row.meetingId));
  }
  documentsOfAgendaItem(loaders: Loaders) {
    return loaders.get('reporting.documentsOfAgendaItem', async (ids) => groupByKey(ids, await this.meetings.documentsOf(ids), (row) => row.agendaItemId));
  }
  attendanceOfMeeting(loaders: Loaders) {
    return loaders.get('reporting.attendanceOfMeeting', async (ids) => groupByKey(ids, await this.meetings.attendanceOf(ids), (row) => row.meetingId));
  }
  cycle(loaders: Loaders) {
    return loaders.get('reporting.cycle', async (ids) => byKey(ids, await this.cycles.byIds(ids), (row) => row.id));
  }
  cyclesOfMeeting(loaders: Loaders) {
    return loaders.get('reporting.cyclesOfMeeting', async (ids) => groupByKey(ids, await this.cycles.ofMeetings(ids), (row) => row.meetingId ?? ''));
  }
  report(loaders: Loaders) {
    return loaders.get('reporting.report', async (ids) => byKey(ids, await this.reports.byIds(ids), (row) => row.id));
  }
  reportsOfCycle(loaders: Loaders) {
    return loaders.get('reporting.reportsOfCycle', async (ids) => groupByKey(ids, await this.reports.ofCycles(ids), (row) => row.cycleId));
  }
  contributionsOfReport(loaders: Loaders) {
    return loaders.get('reporting.contributionsOfReport', async (ids) => groupByKey(ids, await this.reports.contributionsOf(ids), (row) => row.reportId));
  }
  versionsOfReport(loaders: Loaders) {
    return loaders.get('reporting.versionsOfReport', async (ids) => groupByKey(ids, await this.reports.versionsOf(ids), (row) => row.reportId));
  }
  decisionsOfMeeting(loaders: Loaders) {
    return loaders.get('reporting.decisionsOfMeeting', async (ids) => groupByKey(ids, await this.decisions.decisionsOf(ids), (row) => row.meetingId));
  }
  decision(loaders: Loaders) {
    return loaders.get('reporting.decision', async (ids) => byKey(ids, await this.decisions.decisionsByIds(ids), (row) => row.id));
  }
  followUpOfDecision(loaders: Loaders) {
    return loaders.get('reporting.followUpOfDecision', async (ids) => byKey(ids, await this.decisions.followUpsOf(ids), (row) => row.decisionId));
  }

  /** The report as this actor may read it (see readableReport); the versions load only for those who need them. */
  async readable(loaders: Loaders, actor: Actor, report: ProgressReportEntity): Promise<ReadableReport | null> {
    if (canReadReport(actor, report)) return report;
    const [latest] = await this.versionsOfReport(loaders).load(report.id);
    return readableReport(actor, report, latest);
  }
}
