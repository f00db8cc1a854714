import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { PERIOD_PATTERN } from '@regie/domain';

@ObjectType({ description: 'A value of an indicator for one period, for the region (municipalityId null) or one municipality.' })
export class Measurement {
  @Field(() => ID) id!: string;
  @Field(() => ID) indicatorId!: string;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field({ description: 'E.g. 2009, 2009-H1, 2009-T2, 2009-Q3 or 2009-05.' }) period!: string;
  @Field() periodEnd!: string;
  @Field(() => Float) value!: number;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@InputType()
export class RecordMeasurementInput {
  @Field(() => ID) @IsUUID() indicatorId!: string;
  @Field(() => ID, { nullable: true, description: 'Leave empty for the regional value.' }) @IsOptional() @IsUUID() municipalityId?: string | null;
  @Field() @Matches(PERIOD_PATTERN) period!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}

@InputType()
export class UpdateMeasurementInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) value?: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) source?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) note?: string | null;
}
