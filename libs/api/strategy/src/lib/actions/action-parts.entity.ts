import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../numeric.transformer';

@Entity('milestone')
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') actionId!: string;
  @Column() title!: string;
  @Column('date') dueOn!: string;
  @Column('date', { nullable: true }) doneOn!: string | null;
  /** The organisation responsible for reaching it; its partner people may mark it done or move it. */
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

export const CAPACITY_UNITS = ['HOURS', 'FTE'] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** Capacity a partner commits to an action for a period (hours or FTE). */
@Entity('capacity_commitment')
export class CapacityCommitmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') actionId!: string;
  @Column('uuid') organisationId!: string;
  @Column('text') period!: string;
  @Column('numeric', { transformer: numericTransformer }) amount!: number;
  /** What the partner actually put in for the period, beside what it committed; null until reported. */
  @Column('numeric', { nullable: true, transformer: numericTransformer }) realisedAmount!: number | null;
  @Column('text') unit!: CapacityUnit;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

/** The financial paragraph of an action: money committed and spent per year, source and partner. */
@Entity('budget_line')
export class BudgetLineEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') actionId!: string;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
  @Column('text') fundingSource!: string;
  @Column('integer') year!: number;
  @Column('numeric', { transformer: numericTransformer }) committed!: number;
  @Column('numeric', { transformer: numericTransformer }) spent!: number;
  @Column('integer', { default: 1 }) version!: number;
}
