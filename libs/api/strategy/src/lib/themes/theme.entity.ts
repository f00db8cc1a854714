import type { SafetyField } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('theme')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') strategyId!: string;
  /** Copied from the strategy so every policy check and region filter is one column away. */
  @Column('uuid') regionId!: string;
  @Column() slug!: string;
  @Column() name!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('text', { array: true, default: () => "'{}'" }) examples!: string[];
  @Column('text', { array: true, default: () => "'{}'" }) safetyFields!: SafetyField[];
  @Column('integer') position!: number;
  @Column('integer', { default: 1 }) version!: number;
}
