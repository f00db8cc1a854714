import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { asSubject } from '@regie/domain';
import { DataSource } from 'typeorm';
import { ForbiddenError } from '../errors/domain-errors';
import { authorize, readableRegionIds } from '../policy/authorize';
import { Actor } from '../request/actor';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventFilter, AuditEventPage, toAuditEvent } from './audit-event.model';

@Injectable()
export class AuditEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(actor: Actor, filter: AuditEventFilter): Promise<AuditEventPage> {
    const regionIds = readableRegionIds(actor);
    if (filter.regionId) authorize(actor, 'read', 'AuditEvent', { regionId: filter.regionId });
    const allowed = regionIds?.filter((regionId) => actor.ability.can('read', asSubject('AuditEvent', { regionId })));
    if (allowed && allowed.length === 0) throw new ForbiddenError();

    const query = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e');
    if (allowed) query.andWhere('e.region_id IN (:...allowed)', { allowed });
    if (filter.regionId) query.andWhere('e.region_id = :regionId', { regionId: filter.regionId });
    if (filter.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorUserId) query.andWhere('e.actor_user_id = :actorUserId', { actorUserId: filter.actorUserId });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at <= :to', { to: filter.to });
    const [rows, total] = await query.orderBy('e.id', 'DESC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items: rows.map(toAuditEvent), total };
  }
}
