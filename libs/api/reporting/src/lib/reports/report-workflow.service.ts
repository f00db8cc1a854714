import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, AuditService, authorize, ConflictError, OrganisationEntity, ValidationError } from '@regie/api/core';
import { ThemeEntity } from '@regie/api/strategy';
import { Action, nextStatus, ReportTransition, signOffProblem } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportCycleEntity } from '../cycles/report-cycle.entity';
import { AgendaItemEntity } from '../meetings/college-meeting.entity';
import { MeetingsService } from '../meetings/meetings.service';
import { ReportingScopes } from '../reporting-scope';
import { ProgressReportEntity, ProgressReportVersionEntity, ReportContributionEntity } from './progress-report.entity';
import { ReportTransitionInput } from './report.model';
import { reportSubject, ReportsService } from './reports.service';

/** Who may make each move: the driver signs off, the bureau submits and records the discussion, writers correct. */
const PERMISSION: Record<ReportTransition, Action> = {
  OPEN_CONTRIBUTIONS: 'update',
  SIGN_OFF: 'signOff',
  SUBMIT: 'submit',
  MARK_DISCUSSED: 'submit',
  CORRECT: 'update',
};

const AUDIT_VERB: Record<ReportTransition, string> = {
  OPEN_CONTRIBUTIONS: 'openContributions',
  SIGN_OFF: 'signOff',
  SUBMIT: 'submit',
  MARK_DISCUSSED: 'markDiscussed',
  CORRECT: 'correct',
};

/** Moves a report through its workflow; submitting freezes a version and puts the report on the meeting's agenda. */
@Injectable()
export class ReportWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly writes: AuditedWrites,
    private readonly scopes: ReportingScopes,
    private readonly reports: ReportsService,
    private readonly meetings: MeetingsService,
  ) {}

  transition(actor: Actor, input: ReportTransitionInput): Promise<ProgressReportEntity> {
    return this.dataSource.transaction(async (manager) => {
      const report = await this.scopes.report(manager, input.id);
      authorize(actor, PERMISSION[input.transition], 'ProgressReport', reportSubject(report));
      if (report.version !== input.version) throw new ConflictError('ProgressReport');
      const status = nextStatus(report.status, input.transition);
      if (!status) {
        throw new ValidationError([{ field: 'transition', messageKey: 'reporting.errors.transitionNotAllowed', message: `${input.transition} is not possible from ${report.status}.` }]);
      }
      const userId = actor.principal?.userId ?? '';
      let changes: Partial<ProgressReportEntity> = { status, updatedAt: new Date() };
      if (input.transition === 'SIGN_OFF') {
        const contributions = await manager.findBy(ReportContributionEntity, { reportId: report.id });
        const problem = signOffProblem([...report.authorUserIds, ...contributions.map((c) => c.authorUserId)], userId);
        if (problem) throw new ValidationError([{ field: 'transition', messageKey: problem, message: 'The driver may not sign off a report nobody else wrote.' }]);
        changes = { ...changes, signedOffBy: userId, signedOffAt: new Date() };
      }
      if (input.transition === 'SUBMIT') {
        changes = { ...changes, submittedAt: new Date() };
        await this.freeze(manager, actor, report);
        await this.putOnAgenda(manager, actor, report);
      }
      if (input.transition === 'CORRECT') {
        changes = { ...changes, edition: report.edition + (report.status === 'SIGNED_OFF' ? 0 : 1), signedOffBy: null, signedOffAt: null, submittedAt: null, authorUserIds: [] };
      }
      return this.writes.update(manager, actor, ProgressReportEntity, report, input.version, changes, { entityType: 'ProgressReport', regionId: report.regionId, verb: AUDIT_VERB[input.transition] });
    });
  }

  /** Stores the text, the contributions and the pre-fill as they are now: this version never changes again. */
  private async freeze(manager: EntityManager, actor: Actor, report: ProgressReportEntity): Promise<void> {
    const contributions = await manager.findBy(ReportContributionEntity, { reportId: report.id });
    const organisations = await manager.findBy(OrganisationEntity, { id: In(contributions.map((c) => c.organisationId)) });
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    const prefill = await this.reports.computePrefill(manager, report);
    const version = await manager.save(
      ProgressReportVersionEntity,
      manager.create(ProgressReportVersionEntity, {
        reportId: report.id,
        regionId: report.regionId,
        edition: report.edition,
        content: report.content,
        contributions: contributions.map((c) => ({ organisationId: c.organisationId, organisationName: names.get(c.organisationId) ?? '', authorUserId: c.authorUserId, text: c.text })),
        prefill,
        signedOffBy: report.signedOffBy,
        signedOffAt: report.signedOffAt,
        submittedBy: actor.principal?.userId || null,
      }),
    );
    await this.audit.record(manager, actor, { action: 'progressReportVersion.create', entityType: 'ProgressReportVersion', entityId: version.id, regionId: report.regionId, after: { reportId: report.id, edition: report.edition } });
  }

  /** The report lands on its cycle's meeting as a theme-report item (once; a corrected version keeps the item). */
  private async putOnAgenda(manager: EntityManager, actor: Actor, report: ProgressReportEntity): Promise<void> {
    const cycle = await manager.findOneByOrFail(ReportCycleEntity, { id: report.cycleId });
    if (!cycle.meetingId) {
      throw new ValidationError([{ field: 'transition', messageKey: 'reporting.errors.cycleWithoutMeeting', message: 'The cycle has no College meeting to submit to.' }]);
    }
    if (await manager.existsBy(AgendaItemEntity, { meetingId: cycle.meetingId, reportId: report.id })) return;
    const theme = await manager.findOneByOrFail(ThemeEntity, { id: report.themeId });
    const position = await this.meetings.nextPosition(manager, cycle.meetingId);
    const item = await manager.save(
      AgendaItemEntity,
      manager.create(AgendaItemEntity, { meetingId: cycle.meetingId, regionId: report.regionId, position, kind: 'THEME_REPORT', title: `Voortgangsrapportage ${theme.name} (${cycle.label})`, reportId: report.id }),
    );
    await this.audit.record(manager, actor, { action: 'agendaItem.create', entityType: 'AgendaItem', entityId: item.id, regionId: report.regionId, after: item });
  }
}
