import { ReportCycleEntity } from './cycles/report-cycle.entity';
import { DecisionEntity, FollowUpEntity } from './decisions/decision.entity';
import { AgendaDocumentEntity, AgendaItemEntity, CollegeMeetingEntity, MeetingAttendanceEntity } from './meetings/college-meeting.entity';
import { ProgressReportEntity, ProgressReportVersionEntity, ReportContributionEntity } from './reports/progress-report.entity';

export const REPORTING_ENTITIES = [
  CollegeMeetingEntity,
  AgendaItemEntity,
  AgendaDocumentEntity,
  MeetingAttendanceEntity,
  ReportCycleEntity,
  ProgressReportEntity,
  ReportContributionEntity,
  ProgressReportVersionEntity,
  DecisionEntity,
  FollowUpEntity,
];
