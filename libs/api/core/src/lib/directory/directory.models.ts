import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OrganisationEntity } from './organisation.entity';

@ObjectType({ description: 'A region (veiligheidsregio / politieregio); all regional data is scoped to one.' })
export class Region {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
}

@ObjectType()
export class Municipality {
  @Field(() => ID) id!: string;
  @Field(() => ID) regionId!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field({ description: 'CBS municipality code, e.g. GM0344.' }) cbsCode!: string;
  @Field(() => Int, { nullable: true }) population!: number | null;
  @Field(() => String, { nullable: true }) websiteUrl!: string | null;
  @Field(() => Int, { description: 'Optimistic-locking version; send it back with every update.' }) version!: number;
}

@ObjectType()
export class Organisation {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { description: 'MUNICIPALITY, POLICE, PUBLIC_PROSECUTION, SAFETY_REGION, PROGRAMME_BUREAU or PARTNER.' })
  kind!: OrganisationEntity['kind'];
}

@ObjectType({ description: 'A person in a role, named by function.' })
export class Person {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) functionTitle!: string | null;
  organisationId!: string | null;
}
