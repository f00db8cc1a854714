import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Person } from '@regie/api/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

/** What a person can hold that a successor takes over. Pending report tasks follow the mandate (and its role grant). */
export const HELD_KINDS = ['MANDATE', 'ACTION', 'FOLLOW_UP', 'PENDING_CONTRIBUTION', 'PENDING_SIGN_OFF'] as const;
export type HeldKind = (typeof HELD_KINDS)[number];
const HeldKindEnum = Object.fromEntries(HELD_KINDS.map((kind) => [kind, kind])) as { [K in HeldKind]: K };
registerEnumType(HeldKindEnum, { name: 'HeldKind' });

@ObjectType({ description: 'One thing a person holds: a mandate, an action they own, a follow-up, a pending report task.' })
export class HeldItem {
  @Field(() => HeldKindEnum) kind!: HeldKind;
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The version to hand over (a change meanwhile makes the handover a CONFLICT).' }) version!: number;
  @Field() title!: string;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => String, { nullable: true }) themeName!: string | null;
  @Field(() => String, { nullable: true, description: 'Mandate role (DRIVER/CO_DRIVER), action status, or a report’s cycle.' }) detail!: string | null;
  @Field(() => String, { nullable: true, description: 'Due date or mandate start (YYYY-MM-DD).' }) date!: string | null;
}

@ObjectType({ description: 'Everything a person holds, for a handover to a successor.' })
export class PersonHoldings {
  @Field(() => Person) person!: Person;
  @Field(() => Boolean, { description: 'Whether the person has an account (receives notifications, holds role grants).' }) hasAccount!: boolean;
  @Field(() => [HeldItem]) items!: HeldItem[];
}

@InputType()
export class HandedOverItem {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType({ description: 'Moves the chosen mandates, actions and follow-ups from one person to a successor in one transaction.' })
export class HandOverInput {
  @Field(() => ID) @IsUUID() fromPersonId!: string;
  @Field(() => ID) @IsUUID() toPersonId!: string;
  @Field({ description: 'The day the successor takes over (mandates end the day before).' }) @IsISO8601({ strict: true }) onDate!: string;
  @Field(() => [HandedOverItem], { defaultValue: [] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => HandedOverItem) mandates!: HandedOverItem[];
  @Field(() => [HandedOverItem], { defaultValue: [] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => HandedOverItem) actions!: HandedOverItem[];
  @Field(() => [HandedOverItem], { defaultValue: [] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => HandedOverItem) followUps!: HandedOverItem[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string | null;
}

@ObjectType()
export class HandoverResult {
  @Field(() => Int) mandates!: number;
  @Field(() => Int) actions!: number;
  @Field(() => Int) followUps!: number;
  @Field(() => Int, { description: 'Role grants moved with the mandates (to the successor’s account).' }) roleGrants!: number;
  @Field(() => Boolean, { description: 'Whether the successor was notified (they need an account).' }) notified!: boolean;
}
