import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CADENCES, Cadence, PERIOD_PATTERN } from '@regie/domain';
import { IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';
import { INDICATOR_DIRECTIONS, INDICATOR_LEVELS, IndicatorDirection, IndicatorLevel } from './indicator.entity';

@ObjectType({ description: 'How a goal is measured: definition, unit, source, baseline and target.' })
export class Indicator {
  @Field(() => ID) id!: string;
  @Field(() => ID) goalId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, { nullable: true, description: 'E.g. politieregistratie, Veiligheidsmonitor.' }) source!: string | null;
  @Field(() => String, { description: 'LOWER_IS_BETTER or HIGHER_IS_BETTER.' }) direction!: IndicatorDirection;
  @Field(() => String, { description: 'REGION or MUNICIPALITY: where it is measured.' }) level!: IndicatorLevel;
  @Field(() => String, { description: 'YEARLY, HALF_YEARLY, TERTIAL, QUARTERLY or MONTHLY.' }) cadence!: Cadence;
  @Field(() => Float, { nullable: true, description: 'Baseline value (nulmeting).' }) baseline!: number | null;
  @Field(() => String, { nullable: true, description: 'Period of the baseline, e.g. 2007 or 2008-Q1.' }) baselinePeriod!: string | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => String, { nullable: true, description: 'ISO date by which the target should be met.' }) targetDeadline!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@InputType()
class IndicatorFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) definition?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(50) unit?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) source?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() baseline?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PERIOD_PATTERN) baselinePeriod?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() target?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) targetDeadline?: string | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorFields {
  @Field(() => ID) @IsUUID() goalId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) name!: string;
  @Field(() => String) @IsIn(INDICATOR_DIRECTIONS) direction!: IndicatorDirection;
  @Field(() => String) @IsIn(INDICATOR_LEVELS) level!: IndicatorLevel;
  @Field(() => String) @IsIn(CADENCES) cadence!: Cadence;
}

@InputType()
export class UpdateIndicatorInput extends IndicatorFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(INDICATOR_DIRECTIONS) direction?: IndicatorDirection;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(INDICATOR_LEVELS) level?: IndicatorLevel;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(CADENCES) cadence?: Cadence;
}
