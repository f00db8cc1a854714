import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { SAFETY_FIELDS, SafetyField } from '@regie/domain';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class CreateThemeInput {
  @Field(() => ID) @IsUUID() strategyId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(200) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string | null;
  @Field(() => [String], { nullable: true, description: 'Examples of what the theme covers, e.g. jeugdoverlast.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  examples?: string[];
  @Field(() => [String], { nullable: true, description: 'Kernbeleid Veiligheid safety fields.' }) @IsOptional() @IsArray() @IsIn(SAFETY_FIELDS, { each: true }) safetyFields?: SafetyField[];
}

@InputType()
export class UpdateThemeInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true, description: 'The slug stays: addresses and demo accounts use it.' }) @IsOptional() @IsString() @MinLength(3) @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true }) @MaxLength(200, { each: true }) examples?: string[];
  @Field(() => [String], { nullable: true }) @IsOptional() @IsArray() @IsIn(SAFETY_FIELDS, { each: true }) safetyFields?: SafetyField[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) position?: number;
}
