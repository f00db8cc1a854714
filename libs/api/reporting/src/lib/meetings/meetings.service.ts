import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, AuditService, authorize, decodeUpload, definedFields, NotFoundError, PersonEntity, UnauthenticatedError, updateVersioned, ValidationError } from '@regie/api/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportingScopes } from '../reporting-scope';
import { AgendaDocumentEntity, AgendaItemEntity, CollegeMeetingEntity, MeetingAttendanceEntity } from './college-meeting.entity';
import { AddAgendaItemInput, AttendanceInput, CreateMeetingInput, UpdateMeetingInput, UploadAgendaDocumentInput } from './meeting.model';

/** Regionaal College meetings, their agenda, documents and attendance. The bureau keeps them; the region reads them. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly audit: AuditService,
    private readonly scopes: ReportingScopes,
  ) {}

  async ofRegion(actor: Actor, regionId: string): Promise<CollegeMeetingEntity[]> {
    authorize(actor, 'read', 'CollegeMeeting', { regionId });
    return this.dataSource.getRepository(CollegeMeetingEntity).find({ where: { regionId }, order: { date: 'DESC' } });
  }

  async byId(actor: Actor, id: string): Promise<CollegeMeetingEntity | null> {
    const meeting = await this.dataSource.getRepository(CollegeMeetingEntity).findOneBy({ id });
    if (meeting) authorize(actor, 'read', 'CollegeMeeting', meeting);
    return meeting;
  }

  byIds(ids: readonly string[]) {
    return this.dataSource.getRepository(CollegeMeetingEntity).findBy({ id: In([...ids]) });
  }

  create(actor: Actor, input: CreateMeetingInput): Promise<CollegeMeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      authorize(actor, 'create', 'CollegeMeeting', { regionId: input.regionId });
      return this.writes.create(manager, actor, CollegeMeetingEntity, { regionId: input.regionId, date: input.date, location: input.location?.trim() || null, status: 'PLANNED' }, { entityType: 'CollegeMeeting', regionId: input.regionId });
    });
  }

  /** Changing the date moves every deadline of the cycles for this meeting: they are derived, never stored. */
  update(actor: Actor, input: UpdateMeetingInput): Promise<CollegeMeetingEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.scopes.meeting(manager, input.id);
      authorize(actor, 'update', 'CollegeMeeting', meeting);
      return this.writes.update(manager, actor, CollegeMeetingEntity, meeting, input.version, definedFields(input, ['date', 'location', 'status']), { entityType: 'CollegeMeeting', regionId: meeting.regionId });
    });
  }

  addAgendaItem(actor: Actor, input: AddAgendaItemInput): Promise<AgendaItemEntity> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.scopes.meeting(manager, input.meetingId);
      authorize(actor, 'update', 'CollegeMeeting', meeting);
      const position = await this.nextPosition(manager, meeting.id);
      return this.writes.create(manager, actor, AgendaItemEntity, { meetingId: meeting.id, regionId: meeting.regionId, position, kind: input.kind, title: input.title.trim(), reportId: null }, { entityType: 'AgendaItem', regionId: meeting.regionId });
    });
  }

  async nextPosition(manager: EntityManager, meetingId: string): Promise<number> {
    const [row] = (await manager.query('SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_item WHERE meeting_id = $1', [meetingId])) as Array<{ next: number }>;
    return Number(row.next);
  }

  uploadDocument(actor: Actor, input: UploadAgendaDocumentInput): Promise<AgendaDocumentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.scopes.agendaItem(manager, input.agendaItemId);
      authorize(actor, 'update', 'CollegeMeeting', item);
      const { content } = decodeUpload(input);
      const row = await manager.save(
        AgendaDocumentEntity,
        manager.create(AgendaDocumentEntity, { agendaItemId: item.id, regionId: item.regionId, fileName: input.fileName.trim(), mediaType: input.mediaType, sizeBytes: content.length, content, uploadedBy: actor.principal?.userId || null }),
      );
      // The file itself stays out of the audit trail; its name, type and size are enough to trace it.
      const metadata = { agendaItemId: row.agendaItemId, fileName: row.fileName, mediaType: row.mediaType, sizeBytes: row.sizeBytes };
      await this.audit.record(manager, actor, { action: 'agendaDocument.create', entityType: 'AgendaDocument', entityId: row.id, regionId: item.regionId, after: metadata });
      return row;
    });
  }

  /** The file itself, for the download route; the same read policy as the meeting. */
  async documentContent(actor: Actor, id: string): Promise<AgendaDocumentEntity> {
    if (!actor.principal) throw new UnauthenticatedError();
    const document = await this.dataSource.getRepository(AgendaDocumentEntity).createQueryBuilder('d').addSelect('d.content').where('d.id = :id', { id }).getOne();
    if (!document) throw new NotFoundError('AgendaDocument', id);
    authorize(actor, 'read', 'CollegeMeeting', document);
    return document;
  }

  /** Replaces the whole list; it counts as a change of the meeting, so two editors of one list get CONFLICT. */
  setAttendance(actor: Actor, meetingId: string, attendance: AttendanceInput[], version: number): Promise<MeetingAttendanceEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.scopes.meeting(manager, meetingId);
      authorize(actor, 'update', 'CollegeMeeting', meeting);
      const persons = await manager.findBy(PersonEntity, { id: In(attendance.map((entry) => entry.personId)), regionId: meeting.regionId });
      if (persons.length !== new Set(attendance.map((entry) => entry.personId)).size) {
        throw new ValidationError([{ field: 'attendance', messageKey: 'reporting.errors.personOutsideRegion', message: 'Every attendee must be a person of this region.' }]);
      }
      await updateVersioned(manager, CollegeMeetingEntity, meetingId, version, {}, 'CollegeMeeting');
      const before = await manager.findBy(MeetingAttendanceEntity, { meetingId });
      await manager.delete(MeetingAttendanceEntity, { meetingId });
      const rows = await manager.save(MeetingAttendanceEntity, attendance.map((entry) => manager.create(MeetingAttendanceEntity, { meetingId, personId: entry.personId, present: entry.present, regionId: meeting.regionId })));
      await this.audit.record(manager, actor, { action: 'collegeMeeting.attendance', entityType: 'CollegeMeeting', entityId: meetingId, regionId: meeting.regionId, before: { attendance: before }, after: { attendance: rows } });
      return rows;
    });
  }

  agendaItemsOf(meetingIds: readonly string[]) {
    return this.dataSource.getRepository(AgendaItemEntity).find({ where: { meetingId: In([...meetingIds]) }, order: { position: 'ASC' } });
  }
  documentsOf(itemIds: readonly string[]) {
    return this.dataSource.getRepository(AgendaDocumentEntity).find({ where: { agendaItemId: In([...itemIds]) }, order: { uploadedAt: 'ASC' } });
  }
  attendanceOf(meetingIds: readonly string[]) {
    return this.dataSource.getRepository(MeetingAttendanceEntity).findBy({ meetingId: In([...meetingIds]) });
  }
}
