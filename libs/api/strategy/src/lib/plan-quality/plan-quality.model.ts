import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlanQualityCheck, PlanSubjectType } from '@regie/domain';

@ObjectType({ description: 'A gap in the plan (no measurable indicator, no owner, no budget, …) and where to fix it.' })
export class PlanQualityFinding {
  @Field(() => String, { description: 'E.g. GOAL_WITHOUT_MEASURABLE_INDICATOR, ACTION_WITHOUT_BUDGET.' }) check!: PlanQualityCheck;
  @Field(() => String, { description: 'Theme, ThemeMandate, Goal, Indicator or Action.' }) subjectType!: PlanSubjectType;
  @Field(() => ID) subjectId!: string;
  @Field() subjectTitle!: string;
  @Field(() => ID) themeId!: string;
}
