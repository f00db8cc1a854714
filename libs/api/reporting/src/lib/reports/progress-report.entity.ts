import type { ReportContent, ReportPrefill, ReportStatus } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The living report of one theme in one cycle; `edition` counts its submitted versions, `version` is the lock. */
@Entity('progress_report')
export class ProgressReportEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') cycleId!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') regionId!: string;
  @Column('text') status!: ReportStatus;
  @Column('integer', { default: 1 }) edition!: number;
  @Column('jsonb') content!: ReportContent;
  /** Everyone who wrote text or a contribution in this edition; the driver may not sign off alone. */
  @Column('uuid', { array: true, default: () => "'{}'" }) authorUserIds!: string[];
  @Column('uuid', { nullable: true }) signedOffBy!: string | null;
  @Column('timestamptz', { nullable: true }) signedOffAt!: Date | null;
  @Column('timestamptz', { nullable: true }) submittedAt!: Date | null;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
  @Column('integer', { default: 1 }) version!: number;
}

/** A co-driver organisation's input to a report, shown as theirs. */
@Entity('report_contribution')
export class ReportContributionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') reportId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') organisationId!: string;
  @Column('uuid') authorUserId!: string;
  @Column('text') text!: string;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
  @Column('integer', { default: 1 }) version!: number;
}

export interface FrozenContribution {
  organisationId: string;
  organisationName: string;
  authorUserId: string;
  text: string;
}

/** A submitted report, frozen with the contributions and the pre-fill its writers saw; never updated. */
@Entity('progress_report_version')
export class ProgressReportVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') reportId!: string;
  @Column('uuid') regionId!: string;
  @Column('integer') edition!: number;
  @Column('jsonb') content!: ReportContent;
  @Column('jsonb') contributions!: FrozenContribution[];
  @Column('jsonb') prefill!: ReportPrefill;
  @Column('uuid', { nullable: true }) signedOffBy!: string | null;
  @Column('timestamptz', { nullable: true }) signedOffAt!: Date | null;
  @Column('uuid', { nullable: true }) submittedBy!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) submittedAt!: Date;
}
