import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PERIOD_PATTERN } from '@regie/domain';
import { CAPACITY_UNITS, CapacityUnit } from './action-parts.entity';

@ObjectType()
export class Milestone {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field() title!: string;
  @Field() dueOn!: string;
  @Field(() => String, { nullable: true }) doneOn!: string | null;
  @Field(() => Int) version!: number;
  organisationId!: string | null;
}

@ObjectType({ description: 'Capacity a partner commits to an action for a period.' })
export class CapacityCommitment {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field() period!: string;
  @Field(() => Float, { description: 'The amount committed for the period.' }) amount!: number;
  @Field(() => Float, { nullable: true, description: 'The amount actually put in for the period; null until the partner reports it.' }) realisedAmount!: number | null;
  @Field(() => String, { description: 'HOURS or FTE.' }) unit!: CapacityUnit;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
  organisationId!: string;
}

@ObjectType({ description: 'A line of the financial paragraph: money committed and spent.' })
export class BudgetLine {
  @Field(() => ID) id!: string;
  @Field(() => ID) actionId!: string;
  @Field({ description: 'E.g. gemeentelijke bijdrage, regionaal budget, rijkssubsidie.' }) fundingSource!: string;
  @Field(() => Int) year!: number;
  @Field(() => Float) committed!: number;
  @Field(() => Float) spent!: number;
  @Field(() => Int) version!: number;
  organisationId!: string | null;
}

@InputType()
export class AddMilestoneInput {
  @Field(() => ID) @IsUUID() actionId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field() @IsISO8601({ strict: true }) dueOn!: string;
  @Field(() => ID, { nullable: true, description: "The responsible organisation; the action's owner organisation when left out." })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) dueOn?: string;
  @Field(() => String, { nullable: true, description: 'Set to mark it done; null to reopen.' }) @IsOptional() @IsISO8601({ strict: true }) doneOn?: string | null;
  @Field(() => ID, { nullable: true, description: 'The responsible organisation (the plan keepers decide; a partner may not).' }) @IsOptional() @IsUUID() organisationId?: string | null;
}

@InputType()
export class UpdateCapacityInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100_000) amount?: number;
  @Field(() => Float, { nullable: true, description: 'Null clears it (not yet reported).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100_000)
  realisedAmount?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class AddCapacityInput {
  @Field(() => ID) @IsUUID() actionId!: string;
  @Field(() => ID) @IsUUID() organisationId!: string;
  @Field() @Matches(PERIOD_PATTERN) period!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(100_000) amount!: number;
  @Field(() => String) @IsIn(CAPACITY_UNITS) unit!: CapacityUnit;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) note?: string | null;
}

@InputType()
export class AddBudgetLineInput {
  @Field(() => ID) @IsUUID() actionId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() organisationId?: string | null;
  @Field() @IsString() @MinLength(2) @MaxLength(200) fundingSource!: string;
  @Field(() => Int) @IsInt() @Min(1990) @Max(2200) year!: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) committed!: number;
  @Field(() => Float, { defaultValue: 0 }) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) spent!: number;
}

@InputType()
export class UpdateBudgetLineInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(200) fundingSource?: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) committed?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) spent?: number;
}
