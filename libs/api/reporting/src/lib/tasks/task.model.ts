import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TaskKind } from '@regie/domain';

@ObjectType({ description: 'Something due from the signed-in user: a contribution, a sign-off, a submission or a follow-up.' })
export class MyTask {
  @Field(() => String, { description: 'CONTRIBUTION, SIGN_OFF, SUBMISSION or FOLLOW_UP.' }) kind!: TaskKind;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field() overdue!: boolean;
  @Field({ description: 'The theme, or the decision text of a follow-up.' }) title!: string;
  @Field(() => String, { nullable: true }) themeName!: string | null;
  @Field(() => String, { nullable: true }) cycleLabel!: string | null;
  @Field(() => ID, { nullable: true }) reportId!: string | null;
  @Field(() => ID, { nullable: true }) followUpId!: string | null;
  @Field(() => Int, { nullable: true, description: 'The follow-up\'s version, to close it.' }) followUpVersion!: number | null;
}

@ObjectType({ description: 'One theme\'s report in a cycle, as the bureau watches it.' })
export class CycleReportState {
  @Field(() => ID) reportId!: string;
  @Field(() => ID) themeId!: string;
  @Field() themeName!: string;
  @Field() status!: string;
  @Field(() => [String], { description: 'Co-driver organisations that have not contributed yet.' }) missingContributions!: string[];
  @Field(() => [String], { description: 'Steps past their deadline: CONTRIBUTIONS, SIGN_OFF, SUBMISSION.' }) lateSteps!: string[];
  @Field(() => [String], { description: 'Who is late: the organisations or persons owing the late steps.' }) lateParties!: string[];
}
