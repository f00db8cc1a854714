import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ACTION_PHASES = ['ANALYSIS', 'PLAN', 'EXECUTION', 'EMBEDDING', 'CLOSED'] as const;
export type ActionPhase = (typeof ACTION_PHASES)[number];
export const ACTION_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'DONE'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** An effort (inspanning, project) serving one or more goals of its theme. */
@Entity('action')
export class ActionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') themeId!: string;
  @Column('uuid') regionId!: string;
  @Column() title!: string;
  @Column('text', { nullable: true }) description!: string | null;
  @Column('uuid', { nullable: true }) ownerOrganisationId!: string | null;
  @Column('uuid', { nullable: true }) ownerPersonId!: string | null;
  @Column('text') phase!: ActionPhase;
  @Column('text') status!: ActionStatus;
  /** The analysis the action rests on (a wijkscan, a veiligheidsbeeld, …). */
  @Column('text', { nullable: true }) analysis!: string | null;
  @Column('date', { nullable: true }) startsOn!: string | null;
  @Column('date', { nullable: true }) endsOn!: string | null;
  @Column('integer', { default: 1 }) version!: number;
}

@Entity('action_goal')
export class ActionGoalEntity {
  @Column('uuid', { primary: true }) actionId!: string;
  @Column('uuid', { primary: true }) goalId!: string;
}

@Entity('action_partner')
export class ActionPartnerEntity {
  @Column('uuid', { primary: true }) actionId!: string;
  @Column('uuid', { primary: true }) organisationId!: string;
}

@Entity('action_municipality')
export class ActionMunicipalityEntity {
  @Column('uuid', { primary: true }) actionId!: string;
  @Column('uuid', { primary: true }) municipalityId!: string;
}
