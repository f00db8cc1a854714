import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'Deadlines derived backwards from the meeting date with the cycle\'s lead times.' })
export class CycleDeadlines {
  @Field() contributionsDue!: string;
  @Field() signOffDue!: string;
  @Field() bureauCheckDue!: string;
  @Field() papersOutOn!: string;
}

@ObjectType({ description: 'One round of progress reports of a strategy, for one College meeting.' })
export class ReportCycle {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field(() => ID) regionId!: string;
  @Field() label!: string;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => Int) contributionDays!: number;
  @Field(() => Int) signOffDays!: number;
  @Field(() => Int) bureauCheckDays!: number;
  @Field(() => Int) papersOutDays!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class CreateReportCycleInput {
  @Field(() => ID) @IsUUID() strategyId!: string;
  @Field() @IsString() @MinLength(2) @MaxLength(100) label!: string;
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) contributionDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) signOffDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) bureauCheckDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) papersOutDays?: number;
}

@InputType()
export class UpdateReportCycleInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(2) @MaxLength(100) label?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) contributionDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) signOffDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) bureauCheckDays?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) papersOutDays?: number;
}
