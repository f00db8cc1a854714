import type { DecisionKind } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What the College decided on an agenda item. */
@Entity('decision')
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') agendaItemId!: string;
  @Column('uuid') meetingId!: string;
  @Column('uuid') regionId!: string;
  @Column('text') kind!: DecisionKind;
  @Column('text') text!: string;
  @Column('uuid', { nullable: true }) ownerPersonId!: string | null;
  @Column('date', { nullable: true }) dueOn!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

export type FollowUpStatus = 'OPEN' | 'CLOSED';

/** An assignment or commitment to follow up: on its owner's task list and in the theme's next reports until closed. */
@Entity('follow_up')
export class FollowUpEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') decisionId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid', { nullable: true }) themeId!: string | null;
  @Column('uuid') ownerPersonId!: string;
  @Column('date') dueOn!: string;
  @Column('text') status!: FollowUpStatus;
  @Column('date', { nullable: true }) closedOn!: string | null;
  @Column('text', { nullable: true }) closingNote!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
