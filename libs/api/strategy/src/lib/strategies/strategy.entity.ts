import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const STRATEGY_STATUSES = ['DRAFT', 'ADOPTED', 'REVISED', 'CLOSED'] as const;
export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];

/** A Regionale Veiligheidsstrategie. */
@Entity('strategy')
export class StrategyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column() title!: string;
  @Column('date') periodStart!: string;
  @Column('date') periodEnd!: string;
  @Column('text') status!: StrategyStatus;
  @Column('date', { nullable: true }) adoptedOn!: string | null;
  @Column('text', { nullable: true }) adoptedBy!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
