import type { FitVerdict } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Whether a theme of the strategy fits a municipality, for one cycle. A new cycle is a new row, so the
 * history stays; within a cycle the row is revised under optimistic locking (and audited).
 */
@Entity('local_fit_assessment')
export class LocalFitAssessmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') municipalityId!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') strategyId!: string;
  @Column('text') cycle!: string;
  @Column('text') verdict!: FitVerdict;
  /** Local problem size, from the municipality's own measurements. */
  @Column('text', { nullable: true }) reasonProblemSize!: string | null;
  @Column('text', { nullable: true }) reasonIvpMatch!: string | null;
  @Column('text', { nullable: true }) reasonCapacity!: string | null;
  @Column('text', { nullable: true }) adaptationAsked!: string | null;
  @Column('uuid', { nullable: true }) draftedByUserId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
  @Column('integer', { default: 1 }) version!: number;
}

/** A remark on an assessment by the theme's driver or co-drivers or by the bureau. Comments are never edited. */
@Entity('local_fit_comment')
export class LocalFitCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') assessmentId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid', { nullable: true }) authorUserId!: string | null;
  @Column('text') authorName!: string;
  @Column('text') body!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}
