import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Municipality } from '@regie/api/core';
import { Theme } from '@regie/api/strategy';

@ObjectType({ description: 'One theme in one municipality: how it takes part and whether the theme fits (newest cycle).' })
export class LocalFitMatrixCell {
  @Field(() => ID) themeId!: string;
  @Field(() => String, { nullable: true, description: 'FULL, PARTLY, NOT or OWN_APPROACH; null when not recorded.' }) participation!: string | null;
  @Field(() => String, { nullable: true, description: 'FITS, FITS_WITH_ADAPTATION or DOES_NOT_FIT; null when not assessed.' }) verdict!: string | null;
  @Field(() => String, { nullable: true }) cycle!: string | null;
  @Field(() => ID, { nullable: true }) assessmentId!: string | null;
}

@ObjectType()
export class LocalFitMatrixRow {
  @Field(() => Municipality) municipality!: Municipality;
  @Field(() => String, { nullable: true, description: 'Size class by population (UP_TO_20K, FROM_20K_TO_50K, FROM_50K_TO_100K, FROM_100K).' }) sizeClass!: string | null;
  @Field(() => [LocalFitMatrixCell], { description: 'One cell per theme, in the order of `themes`.' }) cells!: LocalFitMatrixCell[];
}

@ObjectType({ description: 'Themes × municipalities: participation and fit for a whole strategy, in one SQL statement.' })
export class LocalFitMatrix {
  @Field(() => ID) strategyId!: string;
  @Field(() => [Theme]) themes!: Theme[];
  @Field(() => [LocalFitMatrixRow]) rows!: LocalFitMatrixRow[];
}
