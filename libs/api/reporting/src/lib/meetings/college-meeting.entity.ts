import type { AgendaItemKind, MeetingStatus } from '@regie/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting of the Regionaal College: the drivers' reports land on its agenda and it decides. */
@Entity('college_meeting')
export class CollegeMeetingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column('date') date!: string;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('text') status!: MeetingStatus;
  @Column('integer', { default: 1 }) version!: number;
}

/** One point on a meeting's agenda: a theme report (linked to its progress report), a proposal or something else. */
@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') meetingId!: string;
  @Column('uuid') regionId!: string;
  @Column('integer') position!: number;
  @Column('text') kind!: AgendaItemKind;
  @Column('text') title!: string;
  @Column('uuid', { nullable: true }) reportId!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

/** A file on an agenda item, kept in the database so a pack never loses a paper. */
@Entity('agenda_document')
export class AgendaDocumentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') agendaItemId!: string;
  @Column('uuid') regionId!: string;
  @Column('text') fileName!: string;
  @Column('text') mediaType!: string;
  @Column('integer') sizeBytes!: number;
  @Column('bytea', { select: false }) content!: Buffer;
  @Column('uuid', { nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) uploadedAt!: Date;
}

/** Who was there (or sent apologies) at a meeting. */
@Entity('meeting_attendance')
export class MeetingAttendanceEntity {
  @PrimaryColumn('uuid') meetingId!: string;
  @PrimaryColumn('uuid') personId!: string;
  @Column('uuid') regionId!: string;
  @Column('boolean') present!: boolean;
}
