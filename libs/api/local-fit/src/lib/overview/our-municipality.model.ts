import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Municipality } from '@regie/api/core';

@ObjectType({ description: 'An indicator’s newest value for one municipality, next to the region and to municipalities of the same size class.' })
export class IndicatorComparison {
  @Field(() => ID) indicatorId!: string;
  @Field() indicatorName!: string;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field() direction!: string;
  @Field(() => ID) themeId!: string;
  @Field() period!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Float, { nullable: true }) regionalValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the other municipalities of the same size class.' }) peerAverage!: number | null;
  @Field(() => Int) peerCount!: number;
}

@ObjectType({ description: '"Onze gemeente": everything regional that concerns one municipality.' })
export class OurMunicipality {
  @Field(() => ID) id!: string;
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => String, { nullable: true, description: 'UP_TO_20K, FROM_20K_TO_50K, FROM_50K_TO_100K or FROM_100K.' }) sizeClass!: string | null;
  @Field(() => Int, { description: 'How many other municipalities of the region share the size class.' }) peerCount!: number;
  @Field({ description: 'The assessment cycle of today (the calendar year): a renewed fit assessment is recorded for it.' }) currentCycle!: string;
  regionId!: string;
}
