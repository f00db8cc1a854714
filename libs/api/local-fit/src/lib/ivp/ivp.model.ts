import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IdArgs } from '@regie/api/core';
import { SAFETY_FIELDS, SafetyField } from '@regie/domain';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'The IVP as a file; download it at /api/ivp-documents/:ivpId.' })
export class IvpDocument {
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field(() => Int) sizeBytes!: number;
}

@ObjectType({ description: 'A municipality’s integraal veiligheidsplan (IVP).' })
export class Ivp {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field() title!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => String, { nullable: true, description: 'Adoption by the gemeenteraad; null while a draft.' }) adoptedOn!: string | null;
  @Field(() => String, { nullable: true, description: 'The council’s decision reference (raadsbesluit).' }) adoptionReference!: string | null;
  @Field(() => String, { nullable: true }) linkUrl!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
  documentFileName!: string | null;
  documentMediaType!: string | null;
  documentSizeBytes!: number | null;
}

@ObjectType({ description: 'A priority of an IVP on a Kernbeleid Veiligheid safety field, with the matching regional theme.' })
export class IvpPriority {
  @Field(() => ID) id!: string;
  @Field(() => ID) ivpId!: string;
  @Field() title!: string;
  @Field(() => String) safetyField!: SafetyField;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  regionId!: string;
  municipalityId!: string;
}

@InputType()
class IvpFields {
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) adoptedOn?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) adoptionReference?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true }) @MaxLength(1000) linkUrl?: string | null;
}

@InputType()
export class CreateIvpInput extends IvpFields {
  @Field(() => ID) @IsUUID() municipalityId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field() @IsISO8601({ strict: true }) periodStart!: string;
  @Field() @IsISO8601({ strict: true }) periodEnd!: string;
}

@InputType()
export class UpdateIvpInput extends IvpFields {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) periodStart?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) periodEnd?: string;
  @Field(() => Boolean, { nullable: true, description: 'True removes the uploaded file.' }) @IsOptional() @IsBoolean() removeDocument?: boolean | null;
}

@InputType()
export class UploadIvpDocumentInput {
  @Field(() => ID) @IsUUID() ivpId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field() @IsString() @MinLength(1) @MaxLength(200) fileName!: string;
  @Field({ description: 'application/pdf or the DOCX media type.' }) @IsString() @MaxLength(100) mediaType!: string;
  @Field({ description: 'The file, base64-encoded; at most 10 MB.' }) @IsString() @MaxLength(14_000_000) contentBase64!: string;
}

@InputType()
export class AddIvpPriorityInput {
  @Field(() => ID) @IsUUID() ivpId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field(() => String) @IsIn(SAFETY_FIELDS) safetyField!: SafetyField;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() themeId?: string | null;
}

@InputType()
export class UpdateIvpPriorityInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(SAFETY_FIELDS) safetyField?: SafetyField;
  @Field(() => ID, { nullable: true, description: 'The matching regional theme; null clears it.' }) @IsOptional() @IsUUID() themeId?: string | null;
}

@ArgsType()
export class DeleteIvpPriorityArgs extends IdArgs {
  @Field(() => Int, { nullable: true, description: 'The version the user saw; a priority changed since is a CONFLICT.' }) @IsOptional() @IsInt() @Min(1) version?: number | null;
}
