import type { ParticipationLevel } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../numeric';

/** How a municipality takes part in a theme (actionId null) or in one regional action of it. */
@Entity('participation')
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') municipalityId!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid', { nullable: true }) actionId!: string | null;
  @Column('text') level!: ParticipationLevel;
  /** With OWN_APPROACH: what the municipality does instead; overlap checks compare it with regional actions. */
  @Column('text', { nullable: true }) localApproach!: string | null;
  /** The regional goal the own approach targets. */
  @Column('uuid', { nullable: true }) localGoalId!: string | null;
  @Column('text', { nullable: true }) contactName!: string | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) capacityFte!: number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer }) budgetEuro!: number | null;
  @Column('date', { nullable: true }) since!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
