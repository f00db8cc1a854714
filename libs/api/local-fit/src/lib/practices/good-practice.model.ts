import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ADOPTION_STATES, AdoptionState } from '@regie/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'A good practice the region spreads, with its roll-out across the municipalities.' })
export class GoodPractice {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => String, { nullable: true }) contact!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@ObjectType({ description: 'Where one municipality stands with one practice.' })
export class PracticeAdoption {
  @Field(() => ID) id!: string;
  @Field(() => ID) practiceId!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => String, { description: 'NOT_STARTED, PREPARING, RUNNING, EMBEDDED or STOPPED.' }) state!: AdoptionState;
  @Field(() => String, { nullable: true }) stoppedReason!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@ObjectType({ description: 'Roll-out of a practice: municipalities per adoption state; without a record counts as not started.' })
export class Rollout {
  @Field(() => Int) total!: number;
  @Field(() => Int) notStarted!: number;
  @Field(() => Int) preparing!: number;
  @Field(() => Int) running!: number;
  @Field(() => Int) embedded!: number;
  @Field(() => Int) stopped!: number;
  @Field(() => Int, { description: 'Running or embedded, as a percentage of all municipalities.' }) adoptedPercent!: number;
}

@InputType()
export class CreateGoodPracticeInput {
  @Field(() => ID) @IsUUID() regionId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(4000) description!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() themeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) contact?: string | null;
}

@InputType()
export class UpdateGoodPracticeInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(4000) description?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() themeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) contact?: string | null;
}

@InputType()
export class SetPracticeAdoptionInput {
  @Field(() => ID) @IsUUID() practiceId!: string;
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field(() => String) @IsIn(ADOPTION_STATES) state!: AdoptionState;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) stoppedReason?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version the change is based on; omit only when the municipality has no record yet.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}
