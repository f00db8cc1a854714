import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FIT_VERDICTS, FitVerdict } from '@regie/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength, IsInt } from 'class-validator';

@ObjectType({ description: 'Whether a theme fits a municipality in one cycle, with the reasons and the adaptation asked of the region.' })
export class LocalFitAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => ID) strategyId!: string;
  @Field({ description: 'The cycle it was made for, e.g. 2009; a new cycle is a new assessment, the old ones stay as history.' }) cycle!: string;
  @Field(() => String, { description: 'FITS, FITS_WITH_ADAPTATION or DOES_NOT_FIT.' }) verdict!: FitVerdict;
  @Field(() => String, { nullable: true, description: 'Local problem size, from the municipality’s own measurements.' }) reasonProblemSize!: string | null;
  @Field(() => String, { nullable: true, description: 'How the theme matches the priorities of the local IVP.' }) reasonIvpMatch!: string | null;
  @Field(() => String, { nullable: true, description: 'Capacity available locally.' }) reasonCapacity!: string | null;
  @Field(() => String, { nullable: true }) adaptationAsked!: string | null;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
  regionId!: string;
  draftedByUserId!: string | null;
}

@ObjectType({ description: 'A remark on a fit assessment by the theme’s driver, a co-driver or the bureau.' })
export class LocalFitComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) assessmentId!: string;
  @Field() authorName!: string;
  @Field() body!: string;
  @Field() createdAt!: Date;
}

@InputType()
class ReasonFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reasonProblemSize?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reasonIvpMatch?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) reasonCapacity?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000) adaptationAsked?: string | null;
}

@InputType()
export class CreateLocalFitAssessmentInput extends ReasonFields {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field({ description: 'A year, optionally with a part: 2009, 2009-T2.' }) @Matches(/^\d{4}(-[A-Z0-9]{1,4})?$/) cycle!: string;
  @Field(() => String) @IsIn(FIT_VERDICTS) verdict!: FitVerdict;
}

@InputType()
export class UpdateLocalFitAssessmentInput extends ReasonFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(FIT_VERDICTS) verdict?: FitVerdict;
}

@InputType()
export class AddLocalFitCommentInput {
  @Field(() => ID) @IsUUID() assessmentId!: string;
  @Field() @IsString() @MinLength(2) @MaxLength(2000) body!: string;
}

/** For the progress report's pre-fill and the driver's theme page: where a theme does not (simply) fit. */
export interface NotFittingMunicipality {
  assessmentId: string;
  municipalityId: string;
  municipalityName: string;
  cycle: string;
  verdict: Exclude<FitVerdict, 'FITS'>;
  reasonProblemSize: string | null;
  reasonIvpMatch: string | null;
  reasonCapacity: string | null;
  adaptationAsked: string | null;
}
