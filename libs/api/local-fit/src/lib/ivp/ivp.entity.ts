import type { SafetyField } from '@regie/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality's integraal veiligheidsplan (IVP): its period and adoption by the council. */
@Entity('ivp')
export class IvpEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') municipalityId!: string;
  @Column() title!: string;
  @Column('date') periodStart!: string;
  @Column('date') periodEnd!: string;
  /** When the gemeenteraad adopted it; null while it is a draft. */
  @Column('date', { nullable: true }) adoptedOn!: string | null;
  /** The council's decision reference (raadsbesluit), e.g. "RB 2009-114". */
  @Column('text', { nullable: true }) adoptionReference!: string | null;
  @Column('text', { nullable: true }) linkUrl!: string | null;
  /** The plan itself as a file (PDF or DOCX), kept in the database like agenda documents. */
  @Column('text', { nullable: true }) documentFileName!: string | null;
  @Column('text', { nullable: true }) documentMediaType!: string | null;
  @Column('integer', { nullable: true }) documentSizeBytes!: number | null;
  /** Only the download route reads the file; lists and the audit trail never carry it. */
  @Column('bytea', { nullable: true, select: false }) documentContent!: Buffer | null;
  @Column('integer', { default: 1 }) version!: number;
}

/** A priority of an IVP, on a Kernbeleid Veiligheid safety field and, where it matches, a regional theme. */
@Entity('ivp_priority')
export class IvpPriorityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') ivpId!: string;
  @Column('uuid') regionId!: string;
  @Column('uuid') municipalityId!: string;
  @Column() title!: string;
  @Column('text') safetyField!: SafetyField;
  @Column('uuid', { nullable: true }) themeId!: string | null;
  @Column('integer', { default: 0 }) position!: number;
  @Column('integer', { default: 1 }) version!: number;
}
