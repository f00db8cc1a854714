import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@ObjectType({ description: 'The bureau’s mark that an overlap signal has been discussed or handled, with a note.' })
export class OverlapSignalHandling {
  @Field(() => ID) id!: string;
  @Field() signalKey!: string;
  @Field() note!: string;
  @Field() handledByName!: string;
  @Field() handledAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: 'A possible duplicate plan, for the bureau to discuss. The kind and the linked records are the reason.' })
export class OverlapSignal {
  @Field({ description: 'Stable key: a hash of the kind and every id involved. Changes (and the signal opens again) when those facts change.' }) key!: string;
  @Field(() => ID) regionId!: string;
  @Field({ description: 'LOCAL_APPROACH_DUPLICATES_ACTION or ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES.' }) kind!: string;
  @Field(() => ID) goalId!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => ID, { nullable: true }) otherActionId!: string | null;
  @Field(() => ID, { nullable: true }) participationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The municipality’s own approach, for LOCAL_APPROACH_DUPLICATES_ACTION.' }) localApproach!: string | null;
  @Field(() => [ID], { description: 'The municipality concerned, or those both actions run in.' }) municipalityIds!: string[];
  @Field(() => OverlapSignalHandling, { nullable: true, description: 'Set once the bureau has marked the signal discussed/handled; null while open.' })
  handling!: OverlapSignalHandling | null;
}

@InputType()
export class HandleOverlapSignalInput {
  @Field() @Matches(/^[0-9a-f]{64}$/) signalKey!: string;
  @Field() @IsString() @MaxLength(2000) note!: string;
  @Field(() => Int, { nullable: true, description: 'The handling’s version when changing its note; omitted when marking an open signal.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType()
export class ReopenOverlapSignalInput {
  @Field(() => ID) @IsUUID() handlingId!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}
