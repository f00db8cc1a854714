import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A goal under a theme: the top of a branch of the Doelen-Inspanningenboom. */
@Entity('goal')
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') regionId!: string;
  @Column() title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('integer', { default: 0 }) position!: number;
  @Column('integer', { default: 1 }) version!: number;
}
