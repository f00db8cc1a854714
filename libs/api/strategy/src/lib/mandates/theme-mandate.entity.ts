import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MandateRole = 'DRIVER' | 'CO_DRIVER';

/** Who drives or co-drives a theme, with their written tasks, responsibilities and powers (TVB); ended mandates stay as history. */
@Entity('theme_mandate')
export class ThemeMandateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') personId!: string;
  @Column('text') role!: MandateRole;
  @Column('date') startsOn!: string;
  @Column('date', { nullable: true }) endsOn!: string | null;
  @Column('text', { nullable: true }) tasks!: string | null;
  @Column('text', { nullable: true }) responsibilities!: string | null;
  @Column('text', { nullable: true }) powers!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
