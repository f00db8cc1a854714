import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { DECISION_KINDS, type DecisionKind } from '@regie/domain';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, IsISO8601, MaxLength, Min } from 'class-validator';


@ObjectType({ description: 'A decision of the College on an agenda item.' })
export class Decision {
  @Field(() => ID) id!: string;
  @Field(() => ID) agendaItemId!: string;
  @Field(() => ID) meetingId!: string;
  @Field(() => String, { description: 'VASTSTELLEN, INSTEMMEN, KENNISNEMEN, OPDRACHT or TOEZEGGING.' }) kind!: DecisionKind;
  @Field() text!: string;
  @Field(() => ID, { nullable: true }) ownerPersonId!: string | null;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@ObjectType({ description: 'An assignment or commitment being followed up until closed.' })
export class FollowUp {
  @Field(() => ID) id!: string;
  @Field(() => ID) decisionId!: string;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => ID) ownerPersonId!: string;
  @Field() dueOn!: string;
  @Field({ description: 'OPEN or CLOSED.' }) status!: string;
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => String, { nullable: true }) closingNote!: string | null;
  @Field(() => Int) version!: number;
  regionId!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @IsUUID() agendaItemId!: string;
  @Field(() => String) @IsIn([...DECISION_KINDS]) kind!: DecisionKind;
  @Field() @IsString() @MaxLength(4000) text!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerPersonId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }) dueOn?: string | null;
}

@InputType()
export class CloseFollowUpInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(4000) closingNote?: string | null;
}
