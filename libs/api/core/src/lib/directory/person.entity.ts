import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person in a role, named by function ("Burgemeester van Zeist"): Regie holds no citizens' data. */
@Entity('person')
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') regionId!: string;
  @Column() name!: string;
  @Column('text', { nullable: true }) functionTitle!: string | null;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
}
