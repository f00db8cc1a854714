import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ACTION_PHASES, ACTION_STATUSES, ActionPhase, ActionStatus } from './action.entity';

@ObjectType({ description: 'An effort (inspanning / project) serving one or more goals of its theme.' })
export class Action {
  @Field(() => ID) id!: string;
  @Field(() => ID) themeId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { description: 'ANALYSIS, PLAN, EXECUTION, EMBEDDING or CLOSED.' }) phase!: ActionPhase;
  @Field(() => String, { description: 'NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK or DONE.' }) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'The analysis the action rests on.' }) analysis!: string | null;
  @Field(() => String, { nullable: true }) startsOn!: string | null;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => ID) regionId!: string;
  ownerOrganisationId!: string | null;
  ownerPersonId!: string | null;
}

@InputType()
class ActionFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerOrganisationId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) analysis?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) startsOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) endsOn?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the partner organisations.' }) @IsOptional() @IsArray() @ArrayMaxSize(100) @IsUUID('all', { each: true }) partnerIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Replaces the participating municipalities.' }) @IsOptional() @IsArray() @ArrayMaxSize(400) @IsUUID('all', { each: true }) municipalityIds?: string[];
}

@InputType()
export class CreateActionInput extends ActionFields {
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field(() => [ID]) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) goalIds!: string[];
  @Field(() => String, { defaultValue: 'ANALYSIS' }) @IsIn(ACTION_PHASES) phase!: ActionPhase;
  @Field(() => String, { defaultValue: 'NOT_STARTED' }) @IsIn(ACTION_STATUSES) status!: ActionStatus;
}

@InputType()
export class UpdateActionInput extends ActionFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field(() => [ID], { nullable: true, description: 'Replaces the goals served.' }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true }) goalIds?: string[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(ACTION_PHASES) phase?: ActionPhase;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(ACTION_STATUSES) status?: ActionStatus;
}
