import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { numericTransformer } from '../numeric.transformer';

/** One value of an indicator for one period, for the region (municipalityId null) or one municipality. */
@Entity('measurement')
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') indicatorId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid', { nullable: true }) municipalityId!: string | null;
  @Column('text') period!: string;
  /** Derived from `period`, so the latest value is one index lookup. */
  @Column('date') periodEnd!: string;
  @Column('numeric', { transformer: numericTransformer }) value!: number;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
