import type { AdoptionState } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A good practice the region spreads (aanpak woninginbraak, weekendarrangement, …). */
@Entity('good_practice')
export class GoodPracticeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column() title!: string;
  @Column('text') description!: string;
  @Column('uuid', { nullable: true }) themeId!: string | null;
  @Column('text', { nullable: true }) contact!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

/** Where one municipality stands with one practice; no row means not started. */
@Entity('practice_adoption')
export class PracticeAdoptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') practiceId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') municipalityId!: string;
  @Column('text') state!: AdoptionState;
  @Column('text', { nullable: true }) stoppedReason!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
