import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, NotFoundError, PersonEntity, readableRegionIds, ValidationError } from '@regie/api/core';
import { createsFollowUp, decisionProblems } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { ProgressReportEntity } from '../reports/progress-report.entity';
import { ReportingScopes, todayIso } from '../reporting-scope';
import { DecisionEntity, FollowUpEntity } from './decision.entity';
import { CloseFollowUpInput, RecordDecisionInput } from './decision.model';

/** Decisions per agenda item; an assignment or commitment opens a follow-up for its owner. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: ReportingScopes,
  ) {}

  record(actor: Actor, input: RecordDecisionInput): Promise<DecisionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.scopes.agendaItem(manager, input.agendaItemId);
      authorize(actor, 'create', 'Decision', { regionId: item.regionId });
      const follows = createsFollowUp(input.kind);
      const problems = decisionProblems({ kind: input.kind, text: input.text, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn });
      if (input.ownerPersonId && !(await manager.existsBy(PersonEntity, { id: input.ownerPersonId, regionId: item.regionId }))) {
        problems.push({ field: 'ownerPersonId', messageKey: 'reporting.errors.personOutsideRegion', message: 'The owner must be a person of this region.' });
      }
      if (problems.length) throw new ValidationError(problems);
      const decision = await this.writes.create(
        manager,
        actor,
        DecisionEntity,
        { agendaItemId: item.id, meetingId: item.meetingId, regionId: item.regionId, kind: input.kind, text: input.text.trim(), ownerPersonId: input.ownerPersonId ?? null, dueOn: input.dueOn ?? null },
        { entityType: 'Decision', regionId: item.regionId },
      );
      if (follows && input.ownerPersonId && input.dueOn) {
        const report = item.reportId ? await manager.findOneBy(ProgressReportEntity, { id: item.reportId }) : null;
        await this.writes.create(
          manager,
          actor,
          FollowUpEntity,
          { decisionId: decision.id, regionId: item.regionId, themeId: report?.themeId ?? null, ownerPersonId: input.ownerPersonId, dueOn: input.dueOn, status: 'OPEN', closedOn: null, closingNote: null },
          { entityType: 'FollowUp', regionId: item.regionId },
        );
      }
      return decision;
    });
  }

  closeFollowUp(actor: Actor, input: CloseFollowUpInput): Promise<FollowUpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const followUp = await manager.findOneBy(FollowUpEntity, { id: input.id });
      if (!followUp) throw new NotFoundError('FollowUp', input.id);
      authorize(actor, 'update', 'FollowUp', { regionId: followUp.regionId, ownerPersonId: followUp.ownerPersonId });
      if (followUp.status === 'CLOSED') throw new ValidationError([{ field: 'id', messageKey: 'reporting.errors.alreadyClosed', message: 'This follow-up is already closed.' }]);
      return this.writes.update(manager, actor, FollowUpEntity, followUp, input.version, { status: 'CLOSED', closedOn: todayIso(), closingNote: input.closingNote?.trim() || null }, { entityType: 'FollowUp', regionId: followUp.regionId });
    });
  }

  /** Open follow-ups of a region, overdue first: the bureau chases them. */
  async openFollowUps(actor: Actor, regionId: string): Promise<FollowUpEntity[]> {
    authorize(actor, 'read', 'FollowUp', { regionId });
    const regions = readableRegionIds(actor);
    if (regions && !regions.includes(regionId)) return [];
    return this.dataSource.getRepository(FollowUpEntity).find({ where: { regionId, status: 'OPEN' }, order: { dueOn: 'ASC' } });
  }

  /** The persons of a region who can own a decision's follow-up. */
  owners(actor: Actor, regionId: string): Promise<PersonEntity[]> {
    authorize(actor, 'read', 'Decision', { regionId });
    return this.dataSource.getRepository(PersonEntity).find({ where: { regionId }, order: { name: 'ASC' } });
  }

  decisionsOf(meetingIds: readonly string[]) {
    return this.dataSource.getRepository(DecisionEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { id: 'ASC' } });
  }
  followUpsOf(decisionIds: readonly string[]) {
    return this.dataSource.getRepository(FollowUpEntity).findBy({ decisionId: In([...decisionIds]) });
  }
  decisionsByIds(ids: readonly string[]) {
    return this.dataSource.getRepository(DecisionEntity).findBy({ id: In([...ids]) });
  }
}
