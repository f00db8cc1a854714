import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SafetyField } from '@regie/domain';

@ObjectType({ description: 'A theme of the strategy (overlast, ondermijning, …) with its driver and co-drivers.' })
export class Theme {
  @Field(() => ID) id!: string;
  @Field(() => ID) strategyId!: string;
  @Field(() => ID) regionId!: string;
  @Field() slug!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [String]) examples!: string[];
  @Field(() => [String], { description: 'Kernbeleid Veiligheid safety fields the theme belongs to.' }) safetyFields!: SafetyField[];
  @Field(() => Int) position!: number;
  @Field(() => Int) version!: number;
}
