import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor,
  AuditedWrites,
  AuditService,
  authorize,
  ConflictError,
  NotFoundError,
  NotificationsService,
  PersonEntity,
  RoleAssignmentEntity,
  UserEntity,
  ValidationError,
} from '@regie/api/core';
import { FollowUpEntity } from '@regie/api/reporting';
import { ActionEntity, ThemeMandateEntity } from '@regie/api/strategy';
import { addDays, todayIso } from '@regie/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { HandedOverItem, HandOverInput, HandoverResult, PersonHoldings } from './handover.models';
import { heldItemsOf } from './held-items';

const field = (name: string, messageKey: string, message: string) => new ValidationError([{ field: name, messageKey, message }]);

/**
 * Handover: when a person leaves or a mandate ends, what they hold (mandates in force, actions they own,
 * open follow-ups) moves to a successor in one transaction. A mandate is never rewritten: the old one
 * ends the day before, the successor gets a new one with the same tasks, responsibilities and powers,
 * and the theme role grant moves from the old person's account to the successor's.
 */
@Injectable()
export class HandoverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async holdings(actor: Actor, personId: string): Promise<PersonHoldings> {
    const person = await this.dataSource.getRepository(PersonEntity).findOneBy({ id: personId });
    if (!person) throw new NotFoundError('Person', personId);
    // Whoever may reassign the person's mandates may see what they hold.
    authorize(actor, 'update', 'ThemeMandate', { regionId: person.regionId });
    const [items, accounts] = await Promise.all([heldItemsOf(this.dataSource.manager, person.id, todayIso()), this.dataSource.getRepository(UserEntity).countBy({ personId: person.id })]);
    return { person, hasAccount: accounts > 0, items };
  }

  async handOver(actor: Actor, input: HandOverInput): Promise<HandoverResult> {
    const result = await this.dataSource.transaction(async (manager) => {
      const [from, to] = await Promise.all([manager.findOneBy(PersonEntity, { id: input.fromPersonId }), manager.findOneBy(PersonEntity, { id: input.toPersonId })]);
      if (!from) throw new NotFoundError('Person', input.fromPersonId);
      authorize(actor, 'update', 'ThemeMandate', { regionId: from.regionId });
      if (!to || to.regionId !== from.regionId) throw field('toPersonId', 'validation.personOutsideRegion', 'The successor is not in this region.');
      if (to.id === from.id) throw field('toPersonId', 'handover.sameSuccessor', 'The successor must be someone else.');
      if (input.mandates.length + input.actions.length + input.followUps.length === 0) throw field('items', 'handover.nothingChosen', 'Choose at least one thing to hand over.');

      const mandates = await this.held(manager, ThemeMandateEntity, input.mandates, 'mandates', (m) => m.personId === from.id && (m.endsOn === null || m.endsOn >= input.onDate));
      const actions = await this.held(manager, ActionEntity, input.actions, 'actions', (a) => a.ownerPersonId === from.id);
      const followUps = await this.held(manager, FollowUpEntity, input.followUps, 'followUps', (f) => f.ownerPersonId === from.id && f.status === 'OPEN');

      let roleGrants = 0;
      for (const mandate of mandates) {
        authorize(actor, 'create', 'ThemeMandate', { regionId: mandate.regionId, themeId: mandate.themeId });
        if (mandate.startsOn >= input.onDate) throw field('onDate', 'validation.mandateOverlap', 'The mandate started on or after this date.');
        const scope = { entityType: 'ThemeMandate', regionId: mandate.regionId };
        await this.writes.update(manager, actor, ThemeMandateEntity, mandate, mandate.version, { endsOn: addDays(input.onDate, -1) }, scope);
        const successor = { themeId: mandate.themeId, regionId: mandate.regionId, role: mandate.role, tasks: mandate.tasks, responsibilities: mandate.responsibilities, powers: mandate.powers };
        await this.writes.create(manager, actor, ThemeMandateEntity, { ...successor, personId: to.id, startsOn: input.onDate, endsOn: null }, scope);
        roleGrants += await this.moveThemeGrants(manager, actor, mandate, from.id, to.id);
      }
      for (const action of actions) {
        authorize(actor, 'update', 'Action', action);
        await this.writes.update(manager, actor, ActionEntity, action, action.version, { ownerPersonId: to.id }, { entityType: 'Action', regionId: action.regionId });
      }
      for (const followUp of followUps) {
        authorize(actor, 'update', 'FollowUp', followUp);
        await this.writes.update(manager, actor, FollowUpEntity, followUp, followUp.version, { ownerPersonId: to.id }, { entityType: 'FollowUp', regionId: followUp.regionId });
      }
      await this.audit.record(manager, actor, {
        action: 'person.handover',
        entityType: 'Person',
        entityId: from.id,
        regionId: from.regionId,
        after: { toPersonId: to.id, onDate: input.onDate, mandateIds: mandates.map((m) => m.id), actionIds: actions.map((a) => a.id), followUpIds: followUps.map((f) => f.id), note: input.note ?? null },
      });
      const notified = await this.notifySuccessor(manager, from, to, input, mandates.length + actions.length + followUps.length);
      return { mandates: mandates.length, actions: actions.length, followUps: followUps.length, roleGrants, notified };
    });
    await this.notifications.deliverPendingMail();
    return result;
  }

  /** Loads the chosen records; each must still be the leaving person's, at the version the user saw. */
  private async held<T extends { id: string; version: number }>(manager: EntityManager, entity: new () => T, chosen: HandedOverItem[], fieldName: string, isHeld: (record: T) => boolean): Promise<T[]> {
    if (!chosen.length) return [];
    const records = await manager.findBy(entity, { id: In(chosen.map((item) => item.id)) } as never);
    for (const item of chosen) {
      const record = records.find((candidate) => candidate.id === item.id);
      if (!record || !isHeld(record)) throw field(fieldName, 'handover.notHeld', 'This is not (or no longer) held by the person.');
      if (record.version !== item.version) throw new ConflictError(entity.name.replace(/Entity$/, ''));
    }
    return records;
  }

  /** The DRIVER/CO_DRIVER grant of the theme moves from the leaving person's accounts to the successor's. */
  private async moveThemeGrants(manager: EntityManager, actor: Actor, mandate: ThemeMandateEntity, fromPersonId: string, toPersonId: string): Promise<number> {
    const [fromUsers, toUsers] = await Promise.all([manager.findBy(UserEntity, { personId: fromPersonId }), manager.findBy(UserEntity, { personId: toPersonId })]);
    const grants = fromUsers.length ? await manager.findBy(RoleAssignmentEntity, { userId: In(fromUsers.map((user) => user.id)), role: mandate.role, themeId: mandate.themeId }) : [];
    for (const grant of grants) {
      await manager.delete(RoleAssignmentEntity, grant.id);
      await this.audit.record(manager, actor, { action: 'roleAssignment.delete', entityType: 'RoleAssignment', entityId: grant.id, regionId: mandate.regionId, before: grant });
    }
    const organisationId = grants[0]?.organisationId ?? null;
    for (const user of toUsers) {
      const exists = await manager.existsBy(RoleAssignmentEntity, { userId: user.id, role: mandate.role, themeId: mandate.themeId });
      if (exists) continue;
      const created = await manager.save(RoleAssignmentEntity, manager.create(RoleAssignmentEntity, { userId: user.id, role: mandate.role, regionId: mandate.regionId, themeId: mandate.themeId, municipalityId: null, organisationId }));
      await this.audit.record(manager, actor, { action: 'roleAssignment.create', entityType: 'RoleAssignment', entityId: created.id, regionId: mandate.regionId, after: created });
    }
    return grants.length + toUsers.length;
  }

  private async notifySuccessor(manager: EntityManager, from: PersonEntity, to: PersonEntity, input: HandOverInput, count: number): Promise<boolean> {
    const users = await manager.findBy(UserEntity, { personId: to.id, active: true });
    for (const user of users) {
      await this.notifications.record(manager, {
        userId: user.id,
        regionId: to.regionId,
        dedupeKey: `handover:${from.id}:${to.id}:${input.onDate}:${[...input.mandates, ...input.actions, ...input.followUps].map((item) => item.id).sort().join(',')}`,
        messageKey: 'notifications.kind.HANDOVER',
        params: { from: from.name, count: String(count), due: input.onDate },
        link: '/taken',
        mail: { subject: `Regie: u neemt ${count} onderdelen over van ${from.name}`, text: `Vanaf ${input.onDate} neemt u ${count} onderdelen (mandaten, acties, afspraken) over van ${from.name}. Zie Mijn taken in Regie.` },
      });
    }
    return users.length > 0;
  }
}

