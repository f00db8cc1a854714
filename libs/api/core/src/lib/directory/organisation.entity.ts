import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ORGANISATION_KINDS = ['MUNICIPALITY', 'POLICE', 'PUBLIC_PROSECUTION', 'SAFETY_REGION', 'PROGRAMME_BUREAU', 'PARTNER'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column() name!: string;
  @Column('text') kind!: OrganisationKind;
  @Column('uuid', { nullable: true }) municipalityId!: string | null;
}
