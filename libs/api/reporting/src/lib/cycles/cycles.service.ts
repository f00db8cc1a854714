import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError, ValidationError } from '@regie/api/core';
import { StrategyEntity, ThemeEntity } from '@regie/api/strategy';
import { CycleDeadlines, DEFAULT_LEAD_TIMES, deriveDeadlines, EMPTY_REPORT_CONTENT, LeadTimes } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { CollegeMeetingEntity } from '../meetings/college-meeting.entity';
import { ProgressReportEntity } from '../reports/progress-report.entity';
import { ReportingScopes } from '../reporting-scope';
import { CreateReportCycleInput, UpdateReportCycleInput } from './cycle.model';
import { ReportCycleEntity } from './report-cycle.entity';

export function leadTimesOf(cycle: ReportCycleEntity): LeadTimes {
  return { contributionDays: cycle.contributionDays, signOffDays: cycle.signOffDays, bureauCheckDays: cycle.bureauCheckDays, papersOutDays: cycle.papersOutDays };
}

/** The deadlines of a cycle, derived from its meeting's date now; null while it has no meeting. */
export function cycleDeadlines(cycle: ReportCycleEntity, meetingDate: string | null): CycleDeadlines | null {
  return meetingDate ? deriveDeadlines(meetingDate, leadTimesOf(cycle)) : null;
}

/** Report cycles: opening one creates a draft report for every theme of the strategy. */
@Injectable()
export class CyclesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: ReportingScopes,
  ) {}

  async ofStrategy(actor: Actor, strategyId: string): Promise<ReportCycleEntity[]> {
    const strategy = await this.dataSource.getRepository(StrategyEntity).findOneBy({ id: strategyId });
    if (!strategy) throw new NotFoundError('Strategy', strategyId);
    authorize(actor, 'read', 'ReportCycle', { regionId: strategy.regionId });
    return this.dataSource
      .getRepository(ReportCycleEntity)
      .createQueryBuilder('c')
      .leftJoin(CollegeMeetingEntity, 'm', 'm.id = c.meetingId')
      .where('c.strategyId = :strategyId', { strategyId })
      .orderBy('m.date', 'DESC', 'NULLS FIRST')
      .addOrderBy('c.label', 'DESC')
      .getMany();
  }

  async byId(actor: Actor, id: string): Promise<ReportCycleEntity | null> {
    const cycle = await this.dataSource.getRepository(ReportCycleEntity).findOneBy({ id });
    if (cycle) authorize(actor, 'read', 'ReportCycle', cycle);
    return cycle;
  }

  byIds(ids: readonly string[]) {
    return this.dataSource.getRepository(ReportCycleEntity).findBy({ id: In([...ids]) });
  }
  ofMeetings(meetingIds: readonly string[]) {
    return this.dataSource.getRepository(ReportCycleEntity).findBy({ meetingId: In([...meetingIds]) });
  }

  create(actor: Actor, input: CreateReportCycleInput): Promise<ReportCycleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.findOneBy(StrategyEntity, { id: input.strategyId });
      if (!strategy) throw new NotFoundError('Strategy', input.strategyId);
      authorize(actor, 'create', 'ReportCycle', { regionId: strategy.regionId });
      const meeting = await this.scopes.meeting(manager, input.meetingId);
      if (meeting.regionId !== strategy.regionId) {
        throw new ValidationError([{ field: 'meetingId', messageKey: 'reporting.errors.meetingOutsideRegion', message: 'The meeting is not in the strategy\'s region.' }]);
      }
      const label = input.label.trim();
      if (await manager.existsBy(ReportCycleEntity, { strategyId: strategy.id, label })) {
        throw new ValidationError([{ field: 'label', messageKey: 'reporting.errors.labelTaken', message: 'This strategy already has a cycle with this label.' }]);
      }
      const scope = { entityType: 'ReportCycle', regionId: strategy.regionId };
      const cycle = await this.writes.create(manager, actor, ReportCycleEntity, { strategyId: strategy.id, regionId: strategy.regionId, label, meetingId: meeting.id, ...DEFAULT_LEAD_TIMES, ...definedFields(input, ['contributionDays', 'signOffDays', 'bureauCheckDays', 'papersOutDays']) }, scope);
      const themes = await manager.find(ThemeEntity, { where: { strategyId: strategy.id }, order: { position: 'ASC' } });
      for (const theme of themes) {
        await this.writes.create(manager, actor, ProgressReportEntity, { cycleId: cycle.id, themeId: theme.id, regionId: theme.regionId, status: 'DRAFT', edition: 1, content: EMPTY_REPORT_CONTENT, authorUserIds: [] }, { entityType: 'ProgressReport', regionId: theme.regionId });
      }
      return cycle;
    });
  }

  update(actor: Actor, input: UpdateReportCycleInput): Promise<ReportCycleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const cycle = await this.scopes.cycle(manager, input.id);
      authorize(actor, 'update', 'ReportCycle', cycle);
      const changes = definedFields(input, ['label', 'contributionDays', 'signOffDays', 'bureauCheckDays', 'papersOutDays']);
      if (changes.label) changes.label = changes.label.trim();
      return this.writes.update(manager, actor, ReportCycleEntity, cycle, input.version, changes, { entityType: 'ReportCycle', regionId: cycle.regionId });
    });
  }
}
