import type { Cadence } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../numeric.transformer';

export const INDICATOR_DIRECTIONS = ['LOWER_IS_BETTER', 'HIGHER_IS_BETTER'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
export const INDICATOR_LEVELS = ['REGION', 'MUNICIPALITY'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** How progress on a goal is measured, from where, and what counts as success. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') goalId!: string;
  @Column('uuid') regionId!: string;
  @Column() name!: string;
  @Column('text', { nullable: true }) definition!: string | null;
  @Column('text', { nullable: true }) unit!: string | null;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('text') direction!: IndicatorDirection;
  @Column('text') level!: IndicatorLevel;
  @Column('text') cadence!: Cadence;
  @Column('numeric', { name: 'baseline_value', nullable: true, transformer: numericTransformer }) baseline!: number | null;
  @Column('text', { nullable: true }) baselinePeriod!: string | null;
  @Column('numeric', { name: 'target_value', nullable: true, transformer: numericTransformer }) target!: number | null;
  @Column('date', { nullable: true }) targetDeadline!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
