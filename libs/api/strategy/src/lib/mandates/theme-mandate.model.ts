import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MandateRole } from './theme-mandate.entity';

@ObjectType({ description: "A driver's or co-driver's mandate: written tasks, responsibilities and powers (TVB), and when it held." })
export class ThemeMandate {
  @Field(() => ID) id!: string;
  @Field(() => ID) themeId!: string;
  @Field(() => String, { description: 'DRIVER or CO_DRIVER.' }) role!: MandateRole;
  @Field() startsOn!: string;
  @Field(() => String, { nullable: true }) endsOn!: string | null;
  @Field(() => String, { nullable: true }) tasks!: string | null;
  @Field(() => String, { nullable: true }) responsibilities!: string | null;
  @Field(() => String, { nullable: true }) powers!: string | null;
  @Field(() => Int) version!: number;
  personId!: string;
  regionId!: string;
}

@InputType()
class MandateText {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) tasks?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) responsibilities?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) powers?: string | null;
}

@InputType()
export class AssignMandateInput extends MandateText {
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field(() => ID) @IsUUID() personId!: string;
  @Field(() => String) @IsIn(['DRIVER', 'CO_DRIVER']) role!: MandateRole;
  @Field() @IsISO8601({ strict: true }) startsOn!: string;
}

@InputType()
export class UpdateMandateInput extends MandateText {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true, description: 'Ends the mandate; it stays in the history.' }) @IsOptional() @IsISO8601({ strict: true }) endsOn?: string | null;
}
