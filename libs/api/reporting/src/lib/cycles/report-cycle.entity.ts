import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One round of progress reports of a strategy (per tertial, say), tied to the College meeting that receives them. */
@Entity('report_cycle')
export class ReportCycleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  @Column('uuid') regionId!: string;
  @Column('text') label!: string;
  @Column('uuid', { nullable: true }) meetingId!: string | null;
  @Column('integer') contributionDays!: number;
  @Column('integer') signOffDays!: number;
  @Column('integer') bureauCheckDays!: number;
  @Column('integer') papersOutDays!: number;
  @Column('integer', { default: 1 }) version!: number;
}
