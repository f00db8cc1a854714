import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError, OrganisationEntity, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { PlanScopes } from '../plan-scope';
import { BudgetLineEntity, CapacityCommitmentEntity, MilestoneEntity } from './action-parts.entity';
import { AddBudgetLineInput, AddCapacityInput, AddMilestoneInput, UpdateBudgetLineInput, UpdateCapacityInput, UpdateMilestoneInput } from './action-parts.model';
import { ActionEntity } from './action.entity';

type Part = typeof MilestoneEntity | typeof CapacityCommitmentEntity | typeof BudgetLineEntity;
const NAMES = new Map<Part, string>([
  [MilestoneEntity, 'Milestone'],
  [CapacityCommitmentEntity, 'CapacityCommitment'],
  [BudgetLineEntity, 'BudgetLine'],
]);

/**
 * Milestones, capacity and budget lines: adding or deleting one is changing its action (same policy, same
 * audit region). Updating a milestone or a capacity line is its own subject, scoped by the action's theme and
 * the line's organisation, so a partner organisation updates its own lines and nothing else.
 */
@Injectable()
export class ActionPartsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  /** Without a responsible organisation, the milestone is the action owner's (a partner of it can then update it). */
  addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.scopes.action(manager, input.actionId);
      authorize(actor, 'update', 'Action', action);
      const organisationId = input.organisationId ?? action.ownerOrganisationId ?? null;
      if (input.organisationId) await this.requireOrganisationIn(manager, input.organisationId, action.regionId);
      const values = { actionId: action.id, title: input.title, dueOn: input.dueOn, organisationId };
      return this.writes.create(manager, actor, MilestoneEntity, values, { entityType: 'Milestone', regionId: action.regionId });
    });
  }

  updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { row, action } = await this.load(manager, MilestoneEntity, input.id);
      const changes = definedFields(input, ['title', 'dueOn', 'doneOn', 'organisationId']);
      authorize(actor, 'update', 'Milestone', partSubject(action, row.organisationId), Object.keys(changes));
      if (changes.title === null || changes.dueOn === null) throw requiredRefusal(changes.title === null ? 'title' : 'dueOn');
      if (changes.organisationId) await this.requireOrganisationIn(manager, changes.organisationId, action.regionId);
      return this.writes.update(manager, actor, MilestoneEntity, row, input.version, changes as Partial<MilestoneEntity>, { entityType: 'Milestone', regionId: action.regionId });
    });
  }

  /** Committed and realised amount and note of one line; the organisation, period and unit stay (delete and add to change them). */
  updateCapacity(actor: Actor, input: UpdateCapacityInput): Promise<CapacityCommitmentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { row, action } = await this.load(manager, CapacityCommitmentEntity, input.id);
      authorize(actor, 'update', 'CapacityCommitment', partSubject(action, row.organisationId));
      const changes = definedFields(input, ['amount', 'realisedAmount', 'note']);
      if (changes.amount === null) throw requiredRefusal('amount');
      if (typeof changes.note === 'string') changes.note = changes.note.trim() || null;
      return this.writes.update(manager, actor, CapacityCommitmentEntity, row, input.version, changes as Partial<CapacityCommitmentEntity>, {
        entityType: 'CapacityCommitment',
        regionId: action.regionId,
      });
    });
  }

  async addCapacity(actor: Actor, input: AddCapacityInput): Promise<CapacityCommitmentEntity> {
    return this.add(actor, CapacityCommitmentEntity, input.actionId, input, input.organisationId);
  }

  addBudgetLine(actor: Actor, input: AddBudgetLineInput): Promise<BudgetLineEntity> {
    return this.add(actor, BudgetLineEntity, input.actionId, input, input.organisationId);
  }

  updateBudgetLine(actor: Actor, input: UpdateBudgetLineInput): Promise<BudgetLineEntity> {
    return this.update<BudgetLineEntity>(actor, BudgetLineEntity, input.id, input.version, definedFields(input, ['fundingSource', 'committed', 'spent']));
  }

  remove(actor: Actor, part: Part, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { row, action } = await this.load(manager, part as new () => MilestoneEntity | CapacityCommitmentEntity | BudgetLineEntity, id);
      authorize(actor, 'update', 'Action', action);
      await this.writes.delete(manager, actor, part, row, { entityType: this.name(part), regionId: action.regionId });
      return true;
    });
  }

  milestonesOf(actionIds: readonly string[]) {
    return this.dataSource.getRepository(MilestoneEntity).find({ where: { actionId: In([...actionIds]) }, order: { dueOn: 'ASC' } });
  }
  capacityOf(actionIds: readonly string[]) {
    return this.dataSource.getRepository(CapacityCommitmentEntity).find({ where: { actionId: In([...actionIds]) }, order: { period: 'ASC' } });
  }
  budgetLinesOf(actionIds: readonly string[]) {
    return this.dataSource.getRepository(BudgetLineEntity).find({ where: { actionId: In([...actionIds]) }, order: { year: 'ASC' } });
  }

  private add<E extends MilestoneEntity | CapacityCommitmentEntity | BudgetLineEntity>(
    actor: Actor,
    part: new () => E,
    actionId: string,
    values: Partial<E>,
    organisationId?: string | null,
  ): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.scopes.action(manager, actionId);
      authorize(actor, 'update', 'Action', action);
      if (organisationId) await this.requireOrganisationIn(manager, organisationId, action.regionId);
      return this.writes.create(manager, actor, part, values, { entityType: this.name(part as Part), regionId: action.regionId });
    });
  }

  private update<E extends BudgetLineEntity>(actor: Actor, part: new () => E, id: string, version: number, changes: Partial<E>): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const { row, action } = await this.load(manager, part, id);
      authorize(actor, 'update', 'Action', action);
      return this.writes.update<E>(manager, actor, part, row as E, version, changes, { entityType: this.name(part as Part), regionId: action.regionId });
    });
  }

  private async load<E extends MilestoneEntity | CapacityCommitmentEntity | BudgetLineEntity>(manager: EntityManager, part: new () => E, id: string) {
    const row = await manager.findOneBy(part, { id } as never);
    if (!row) throw new NotFoundError(this.name(part as Part), id);
    return { row, action: await this.scopes.action(manager, row.actionId) };
  }

  private async requireOrganisationIn(manager: EntityManager, organisationId: string, regionId: string): Promise<void> {
    const organisation = await manager.findOneBy(OrganisationEntity, { id: organisationId });
    if (organisation?.regionId !== regionId) {
      throw new ValidationError([{ field: 'organisationId', messageKey: 'validation.organisationOutsideRegion', message: 'The organisation is not in this region.' }]);
    }
  }

  private name(part: Part): string {
    return NAMES.get(part) ?? 'ActionPart';
  }
}

/** The attributes the policy checks a milestone or capacity line against: its action's scope and its organisation. */
const partSubject = (action: ActionEntity, organisationId: string | null) => ({ regionId: action.regionId, themeId: action.themeId, organisationId });

const requiredRefusal = (field: string) => new ValidationError([{ field, messageKey: 'validation.isNotEmpty', message: `${field} may not be cleared.` }]);
