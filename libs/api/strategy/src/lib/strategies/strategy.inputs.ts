import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { STRATEGY_STATUSES, StrategyStatus } from './strategy.entity';

@InputType()
export class CreateStrategyInput {
  @Field(() => ID) @IsUUID() regionId!: string;
  @Field() @IsString() @MinLength(3) @MaxLength(300) title!: string;
  @Field({ description: 'ISO date.' }) @IsISO8601({ strict: true }) periodStart!: string;
  @Field({ description: 'ISO date.' }) @IsISO8601({ strict: true }) periodEnd!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Copies this earlier strategy’s structure: themes, mandates in force, goals and indicators (without values); actions stay behind.',
  })
  @IsOptional()
  @IsUUID()
  copyFromStrategyId?: string | null;
}

@InputType()
export class UpdateStrategyInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(300) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) periodStart?: string;
  @Field({ nullable: true }) @IsOptional() @IsISO8601({ strict: true }) periodEnd?: string;
  @Field(() => String, { nullable: true, description: 'DRAFT, ADOPTED, REVISED or CLOSED.' }) @IsOptional() @IsIn(STRATEGY_STATUSES) status?: StrategyStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of adoption by the Regionaal College.' }) @IsOptional() @IsISO8601({ strict: true }) adoptedOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The College decision, e.g. "Regionaal College 12 maart 2009, besluit 4".' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  adoptedBy?: string | null;
}
