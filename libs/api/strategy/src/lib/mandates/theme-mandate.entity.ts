import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type MandateRole = 'DRIVER' | 'CO_DRIVER';

/** Who drives or co-drives a theme, and since when; ended mandates stay as history. */
@Entity('theme_mandate')
export class ThemeMandateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') personId!: string;
  @Column('text') role!: MandateRole;
  @Column('date') startsOn!: string;
  @Column('date', { nullable: true }) endsOn!: string | null;
}
