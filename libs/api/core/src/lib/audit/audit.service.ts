import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../request/actor';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | null;
  regionId: string | null;
  before?: object | null;
  after?: object | null;
}

/** Writes audit events inside the caller's transaction, so a change and its trail commit together. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await manager.save(
      AuditEventEntity,
      manager.create(AuditEventEntity, {
      actorUserId: actor.principal?.userId || null,
      regionId: record.regionId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ? { ...record.before } : null,
      after: record.after ? { ...record.after } : null,
      requestId: actor.requestId,
    }),
    );
  }
}
