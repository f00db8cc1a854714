import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@regie/domain';

@Entity('role_assignment')
export class RoleAssignmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') userId!: string;
  @Column('text') role!: Role;
  @Column('uuid', { nullable: true }) regionId!: string | null;
  @Column('uuid', { nullable: true }) themeId!: string | null;
  @Column('uuid', { nullable: true }) municipalityId!: string | null;
  @Column('uuid', { nullable: true }) organisationId!: string | null;
}
