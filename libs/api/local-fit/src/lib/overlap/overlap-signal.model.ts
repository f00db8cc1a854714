import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A possible duplicate plan, for the bureau to discuss. The kind and the linked records are the reason.' })
export class OverlapSignal {
  @Field({ description: 'LOCAL_APPROACH_DUPLICATES_ACTION or ACTIONS_SHARE_GOAL_AND_MUNICIPALITIES.' }) kind!: string;
  @Field(() => ID) goalId!: string;
  @Field(() => ID) actionId!: string;
  @Field(() => ID, { nullable: true }) otherActionId!: string | null;
  @Field(() => ID, { nullable: true }) participationId!: string | null;
  @Field(() => String, { nullable: true, description: 'The municipality’s own approach, for LOCAL_APPROACH_DUPLICATES_ACTION.' }) localApproach!: string | null;
  @Field(() => [ID], { description: 'The municipality concerned, or those both actions run in.' }) municipalityIds!: string[];
}
