import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError, OrganisationEntity, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { PlanScopes } from '../plan-scope';
import { BudgetLineEntity, CapacityCommitmentEntity, MilestoneEntity } from './action-parts.entity';
import { AddBudgetLineInput, AddCapacityInput, AddMilestoneInput, UpdateBudgetLineInput, UpdateMilestoneInput } from './action-parts.model';

type Part = typeof MilestoneEntity | typeof CapacityCommitmentEntity | typeof BudgetLineEntity;
const NAMES = new Map<Part, string>([
  [MilestoneEntity, 'Milestone'],
  [CapacityCommitmentEntity, 'CapacityCommitment'],
  [BudgetLineEntity, 'BudgetLine'],
]);

/** Milestones, capacity and budget lines: changing one is changing its action (same policy, same audit region). */
@Injectable()
export class ActionPartsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
  ) {}

  addMilestone(actor: Actor, input: AddMilestoneInput): Promise<MilestoneEntity> {
    return this.add(actor, MilestoneEntity, input.actionId, input);
  }

  updateMilestone(actor: Actor, input: UpdateMilestoneInput): Promise<MilestoneEntity> {
    return this.update<MilestoneEntity>(actor, MilestoneEntity, input.id, input.version, definedFields(input, ['title', 'dueOn', 'doneOn']));
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
      const { row, action } = await this.load(manager, part, id);
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

  private update<E extends MilestoneEntity | BudgetLineEntity>(actor: Actor, part: new () => E, id: string, version: number, changes: Partial<E>): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const { row, action } = await this.load(manager, part as Part, id);
      authorize(actor, 'update', 'Action', action);
      return this.writes.update<E>(manager, actor, part, row as E, version, changes, { entityType: this.name(part as Part), regionId: action.regionId });
    });
  }

  private async load(manager: EntityManager, part: Part, id: string) {
    const row = await manager.findOneBy(part, { id });
    if (!row) throw new NotFoundError(this.name(part), id);
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
