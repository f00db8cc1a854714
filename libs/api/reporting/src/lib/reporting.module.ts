import { Module } from '@nestjs/common';
import { BoardPackResolver } from './board-pack/board-pack.resolver';
import { BoardPackService } from './board-pack/board-pack.service';
import { ReminderPassService } from './reminders/reminder-pass.service';
import { StrategyModule } from '@regie/api/strategy';
import { CycleDashboardService } from './cycles/cycle-dashboard.service';
import { ReportCyclesResolver } from './cycles/cycles.resolver';
import { CyclesService } from './cycles/cycles.service';
import { DecisionsResolver, FollowUpsResolver } from './decisions/decisions.resolver';
import { DecisionsService } from './decisions/decisions.service';
import { AgendaDocumentsController } from './meetings/agenda-documents.controller';
import { AgendaItemsResolver, CollegeMeetingsResolver, MeetingAttendanceResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';
import { ReportPrefillService } from './prefill/report-prefill.service';
import { ReportWorkflowService } from './reports/report-workflow.service';
import { ProgressReportsResolver, ReportContributionsResolver, ReportVersionsResolver } from './reports/reports.resolver';
import { ReportsService } from './reports/reports.service';
import { ReportingLoaders } from './reporting.loaders';
import { ReportingScopes } from './reporting-scope';
import { MyTasksResolver } from './tasks/my-tasks.resolver';
import { MyTasksService } from './tasks/my-tasks.service';

/** The reporting cycle: College meetings, report cycles, progress reports, decisions, follow-ups and tasks. */
@Module({
  imports: [StrategyModule],
  controllers: [AgendaDocumentsController],
  providers: [
    ReportingScopes,
    ReportingLoaders,
    ReportPrefillService,
    MeetingsService,
    CollegeMeetingsResolver,
    AgendaItemsResolver,
    MeetingAttendanceResolver,
    CyclesService,
    CycleDashboardService,
    ReportCyclesResolver,
    ReportsService,
    ReportWorkflowService,
    ProgressReportsResolver,
    ReportVersionsResolver,
    ReportContributionsResolver,
    DecisionsService,
    DecisionsResolver,
    FollowUpsResolver,
    MyTasksService,
    MyTasksResolver,
    // Board pack and reminders (background jobs, notifications).
    BoardPackService,
    BoardPackResolver,
    ReminderPassService,
  ],
  exports: [MeetingsService, CyclesService, ReportsService, ReportPrefillService, DecisionsService, MyTasksService, ReportingLoaders],
})
export class ReportingModule {}
