import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PARTICIPATION_LEVELS, ParticipationLevel } from '@regie/domain';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

@ObjectType({ description: 'How a municipality takes part in a theme (action null) or in one regional action.' })
export class Participation {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => ID, { nullable: true }) actionId!: string | null;
  @Field(() => String, { description: 'FULL, PARTLY, NOT or OWN_APPROACH.' }) level!: ParticipationLevel;
  @Field(() => String, { nullable: true }) localApproach!: string | null;
  @Field(() => ID, { nullable: true }) localGoalId!: string | null;
  @Field(() => String, { nullable: true }) contactName!: string | null;
  @Field(() => Float, { nullable: true }) capacityFte!: number | null;
  @Field(() => Float, { nullable: true }) budgetEuro!: number | null;
  @Field(() => String, { nullable: true }) since!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@InputType()
class ParticipationFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) localApproach?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() localGoalId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) contactName?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) capacityFte?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) budgetEuro?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) since?: string | null;
}

@InputType()
export class CreateParticipationInput extends ParticipationFields {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() actionId?: string | null;
  @Field(() => String) @IsIn(PARTICIPATION_LEVELS) level!: ParticipationLevel;
}

@InputType()
export class UpdateParticipationInput extends ParticipationFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(PARTICIPATION_LEVELS) level?: ParticipationLevel;
}
