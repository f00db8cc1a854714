import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column() name!: string;
  @Column() slug!: string;
  @Column() cbsCode!: string;
  @Column('integer', { nullable: true }) population!: number | null;
  @Column('text', { nullable: true }) websiteUrl!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}
