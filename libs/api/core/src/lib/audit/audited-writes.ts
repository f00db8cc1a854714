import { Injectable } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { updateVersioned } from '../persistence/versioned-update';
import { Actor } from '../request/actor';
import { AuditService } from './audit.service';

export interface AuditScope {
  /** The GraphQL type name, e.g. 'Goal'; the audit action becomes 'goal.create'. */
  entityType: string;
  regionId: string;
  /** The audit verb of an update when it is a named step ('submit', 'signOff'); 'update' otherwise. */
  verb?: string;
}

const actionName = (entityType: string, verb: string) => `${entityType.charAt(0).toLowerCase()}${entityType.slice(1)}.${verb}`;

/** Insert, versioned update and delete, each with its audit event, inside the caller's transaction. */
@Injectable()
export class AuditedWrites {
  constructor(private readonly audit: AuditService) {}

  async create<T extends ObjectLiteral & { id: string }>(manager: EntityManager, actor: Actor, entity: EntityTarget<T>, values: Partial<T>, scope: AuditScope): Promise<T> {
    const created = await manager.save(entity, manager.create(entity, values as T));
    await this.audit.record(manager, actor, { action: actionName(scope.entityType, 'create'), entityType: scope.entityType, entityId: created.id, regionId: scope.regionId, after: created });
    return created;
  }

  async update<T extends ObjectLiteral & { id: string; version: number }>(
    manager: EntityManager,
    actor: Actor,
    entity: EntityTarget<T>,
    before: T,
    version: number,
    changes: NoInfer<Partial<T>>,
    scope: AuditScope,
  ): Promise<T> {
    const after = await updateVersioned(manager, entity, before.id, version, changes, scope.entityType);
    await this.audit.record(manager, actor, { action: actionName(scope.entityType, scope.verb ?? 'update'), entityType: scope.entityType, entityId: before.id, regionId: scope.regionId, before, after });
    return after;
  }

  async delete<T extends ObjectLiteral & { id: string }>(manager: EntityManager, actor: Actor, entity: EntityTarget<T>, before: T, scope: AuditScope): Promise<void> {
    await manager.delete(entity, before.id);
    await this.audit.record(manager, actor, { action: actionName(scope.entityType, 'delete'), entityType: scope.entityType, entityId: before.id, regionId: scope.regionId, before });
  }
}
