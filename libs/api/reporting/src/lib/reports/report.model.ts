import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { COLLEGE_REQUESTS, type CollegeRequest, RAG_STATUSES, type RagStatus, REPORT_DIMENSIONS, REPORT_TRANSITIONS, type ReportDimension, type ReportStatus, type ReportTransition } from '@regie/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

@ObjectType({ description: 'Green, amber or red for one dimension; amber and red carry an explanation.' })
export class DimensionAssessment {
  @Field(() => String, { description: 'RESULTS, ACTIONS, CAPACITY_AND_MONEY or COOPERATION.' }) dimension!: ReportDimension;
  @Field(() => String, { nullable: true, description: 'GREEN, AMBER or RED.' }) status!: RagStatus | null;
  @Field(() => String, { nullable: true }) explanation!: string | null;
}

@ObjectType({ description: 'What the writers wrote: traffic lights, narrative, achievements, risks and the request to the College.' })
export class ReportText {
  @Field(() => [DimensionAssessment]) dimensions!: DimensionAssessment[];
  @Field(() => String, { nullable: true }) narrative!: string | null;
  @Field(() => String, { nullable: true }) achievements!: string | null;
  @Field(() => String, { nullable: true }) risks!: string | null;
  @Field(() => String, { description: 'DECISION (a decision is asked) or INFORMATION.' }) request!: CollegeRequest;
  @Field(() => String, { nullable: true }) requestText!: string | null;
}

@ObjectType({ description: 'A progress report of one theme in one cycle.' })
export class ProgressReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) cycleId!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => ID) regionId!: string;
  @Field(() => String, { description: 'DRAFT, CONTRIBUTIONS, SIGNED_OFF, SUBMITTED or DISCUSSED.' }) status!: ReportStatus;
  @Field(() => Int, { description: 'Optimistic-locking version of the report text; send it back with every change.' }) version!: number;
  @Field(() => Int, { description: 'Which version of the report this is: 1, or higher after corrections.' }) edition!: number;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field() updatedAt!: Date;
  content!: ReportTextContent;
  signedOffBy!: string | null;
  authorUserIds!: string[];
}
export type ReportTextContent = ReportText;

@ObjectType({ description: 'A co-driver organisation\'s input to the report, shown as theirs.' })
export class ReportContribution {
  @Field(() => ID) id!: string;
  @Field(() => ID) organisationId!: string;
  @Field() text!: string;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
  authorUserId!: string;
}

@ObjectType({ description: 'A contribution as it was when the report was submitted.' })
export class FrozenReportContribution {
  @Field(() => ID) organisationId!: string;
  @Field() organisationName!: string;
  @Field() text!: string;
}

@ObjectType({ description: 'A submitted version of a report, frozen with its pre-fill; never changes.' })
export class ReportVersion {
  @Field(() => ID) id!: string;
  @Field(() => ID) reportId!: string;
  @Field(() => Int) edition!: number;
  @Field() submittedAt!: Date;
  @Field(() => Date, { nullable: true }) signedOffAt!: Date | null;
  @Field(() => ReportText) text!: ReportText;
  @Field(() => [FrozenReportContribution]) contributions!: FrozenReportContribution[];
  regionId!: string;
  signedOffBy!: string | null;
}

@InputType()
export class DimensionAssessmentInput {
  @Field(() => String) @IsIn([...REPORT_DIMENSIONS]) dimension!: ReportDimension;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn([...RAG_STATUSES]) status?: RagStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) explanation?: string | null;
}

@InputType()
export class UpdateProgressReportInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => [DimensionAssessmentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @ValidateNested({ each: true })
  @Type(() => DimensionAssessmentInput)
  dimensions?: DimensionAssessmentInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(20000) narrative?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) achievements?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(10000) risks?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn([...COLLEGE_REQUESTS]) request?: CollegeRequest;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) requestText?: string | null;
}

@InputType()
export class ContributeInput {
  @Field(() => ID) @IsUUID() reportId!: string;
  @Field(() => ID, { description: 'The organisation the contribution speaks for: one the user co-drives the theme for.' }) @IsUUID() organisationId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(20000) text!: string;
  @Field(() => Int, { nullable: true, description: 'The version of the existing contribution, when changing it.' }) @IsOptional() @IsInt() @Min(1) version?: number;
}

@InputType()
export class ReportTransitionInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { description: 'OPEN_CONTRIBUTIONS, SIGN_OFF, SUBMIT, MARK_DISCUSSED or CORRECT.' }) @IsIn([...REPORT_TRANSITIONS]) transition!: ReportTransition;
}
