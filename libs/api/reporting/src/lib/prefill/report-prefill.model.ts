import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An indicator of the theme: latest regional value against baseline and target, with its trend.' })
export class PrefillIndicator {
  @Field(() => ID) indicatorId!: string;
  @Field() goalTitle!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => Float, { nullable: true }) baseline!: number | null;
  @Field(() => Float, { nullable: true }) target!: number | null;
  @Field(() => String, { nullable: true }) latestPeriod!: string | null;
  @Field(() => Float, { nullable: true }) latestValue!: number | null;
  @Field(() => String, { nullable: true }) previousPeriod!: string | null;
  @Field(() => Float, { nullable: true }) previousValue!: number | null;
  @Field({ description: 'IMPROVING, WORSENING, STABLE or UNKNOWN, read against the direction.' }) trend!: string;
}

@ObjectType()
export class PrefillMilestone {
  @Field(() => ID) milestoneId!: string;
  @Field() title!: string;
  @Field() dueOn!: string;
  @Field(() => String, { nullable: true }) doneOn!: string | null;
  @Field({ description: 'DONE, OVERDUE, DUE (within 120 days) or LATER.' }) state!: string;
  @Field(() => String, { nullable: true, description: 'The due date the previous report showed, when it moved since.' }) movedFrom!: string | null;
}

@ObjectType()
export class PrefillAction {
  @Field(() => ID) actionId!: string;
  @Field() title!: string;
  @Field() phase!: string;
  @Field() status!: string;
  @Field(() => [PrefillMilestone]) milestones!: PrefillMilestone[];
}

@ObjectType()
export class PrefillMoney {
  @Field(() => Float) budgetCommitted!: number;
  @Field(() => Float) budgetSpent!: number;
  @Field(() => Float) capacityHours!: number;
  @Field(() => Float) capacityFte!: number;
}

@ObjectType({ description: 'An open assignment or commitment from an earlier College meeting on this theme.' })
export class PrefillFollowUp {
  @Field(() => ID) followUpId!: string;
  @Field() kind!: string;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) ownerName!: string | null;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field() meetingDate!: string;
  @Field() overdue!: boolean;
}

@ObjectType()
export class PrefillChange {
  @Field() kind!: string;
  @Field() subject!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => Float, { nullable: true, description: 'NEW_VALUE: the earlier value (absent in versions frozen before it existed).' }) fromValue?: number | null;
  @Field(() => Float, { nullable: true }) toValue?: number | null;
  @Field(() => String, { nullable: true }) fromPeriod?: string | null;
  @Field(() => String, { nullable: true }) toPeriod?: string | null;
  @Field(() => String, { nullable: true }) unit?: string | null;
}

@ObjectType({ description: 'A municipality where the theme does not fit, or only with adaptation, and why.' })
export class PrefillLocalFit {
  @Field() municipalityName!: string;
  @Field({ description: 'FITS_WITH_ADAPTATION or DOES_NOT_FIT.' }) verdict!: string;
  @Field(() => [String]) reasons!: string[];
  @Field(() => String, { nullable: true }) adaptationAsked!: string | null;
}

@ObjectType({ description: 'What the report shows without anyone typing it, as of a date; frozen with each submitted version.' })
export class ReportPrefillModel {
  @Field() asOf!: string;
  @Field(() => [PrefillIndicator]) indicators!: PrefillIndicator[];
  @Field(() => [PrefillAction]) actions!: PrefillAction[];
  @Field(() => PrefillMoney) money!: PrefillMoney;
  @Field(() => [PrefillFollowUp]) followUps!: PrefillFollowUp[];
  @Field(() => [PrefillLocalFit], { description: 'Municipalities where the theme does not fit locally, with their reasons (local fit).' })
  notFittingMunicipalities!: PrefillLocalFit[];
  @Field(() => [PrefillChange], { description: 'What changed since the previous cycle\'s report of this theme.' }) changes!: PrefillChange[];
}
