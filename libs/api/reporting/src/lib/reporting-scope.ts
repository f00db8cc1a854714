import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@regie/api/core';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ReportCycleEntity } from './cycles/report-cycle.entity';
import { AgendaItemEntity, CollegeMeetingEntity } from './meetings/college-meeting.entity';
import { ProgressReportEntity } from './reports/progress-report.entity';

/** Loads a reporting record inside the caller's transaction, or NOT_FOUND. */
@Injectable()
export class ReportingScopes {
  meeting(manager: EntityManager, id: string) {
    return this.found(manager, CollegeMeetingEntity, id, 'CollegeMeeting');
  }
  agendaItem(manager: EntityManager, id: string) {
    return this.found(manager, AgendaItemEntity, id, 'AgendaItem');
  }
  cycle(manager: EntityManager, id: string) {
    return this.found(manager, ReportCycleEntity, id, 'ReportCycle');
  }
  report(manager: EntityManager, id: string) {
    return this.found(manager, ProgressReportEntity, id, 'ProgressReport');
  }

  private async found<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, id: string, name: string): Promise<T> {
    const row = await manager.findOneBy(entity, { id } as never);
    if (!row) throw new NotFoundError(name, id);
    return row;
  }
}

export { todayIso } from '@regie/domain';
