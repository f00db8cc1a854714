import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';

@ObjectType({ description: 'A goal under a theme; indicators measure it, actions serve it.' })
export class Goal {
  @Field(() => ID) id!: string;
  @Field(() => ID) themeId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID) @IsUUID() themeId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}

@InputType()
export class UpdateGoalInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) description?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) position?: number;
}
