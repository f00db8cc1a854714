import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { SAFETY_FIELDS, SafetyField } from '@regie/domain';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'A municipality’s integraal veiligheidsplan (IVP).' })
export class Ivp {
  @Field(() => ID) id!: string;
  @Field(() => ID) municipalityId!: string;
  @Field() title!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => String, { nullable: true, description: 'Adoption by the gemeenteraad; null while a draft.' }) adoptedOn!: string | null;
  @Field(() => String, { nullable: true }) linkUrl!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
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
}

@InputType()
export class AddIvpPriorityInput {
  @Field(() => ID) @IsUUID() ivpId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field(() => String) @IsIn(SAFETY_FIELDS) safetyField!: SafetyField;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() themeId?: string | null;
}
