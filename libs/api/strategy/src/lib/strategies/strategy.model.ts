import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StrategyStatus } from './strategy.entity';

@ObjectType({ description: 'A Regionale Veiligheidsstrategie of one region.' })
export class Strategy {
  @Field(() => ID) id!: string;
  @Field(() => ID) regionId!: string;
  @Field() title!: string;
  @Field({ description: 'ISO date.' }) periodStart!: string;
  @Field({ description: 'ISO date.' }) periodEnd!: string;
  @Field(() => String, { description: 'DRAFT (concept), ADOPTED (vastgesteld), REVISED (herijkt) or CLOSED (afgerond).' }) status!: StrategyStatus;
  @Field(() => String, { nullable: true, description: 'ISO date of adoption by the Regionaal College.' }) adoptedOn!: string | null;
  @Field(() => String, { nullable: true }) adoptedBy!: string | null;
  @Field(() => Int) version!: number;
}
