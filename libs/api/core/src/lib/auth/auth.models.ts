import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, ROLES } from '@regie/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType()
export class RoleAssignment {
  @Field(() => ID) id!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => ID, { nullable: true }) regionId!: string | null;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => ID, { nullable: true }) municipalityId!: string | null;
  @Field(() => ID, { nullable: true }) organisationId!: string | null;
}

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() name!: string;
}

@ObjectType()
export class AuthOptions {
  @Field({ description: 'Sign-in through the organisation identity provider at /auth/oidc/login.' }) oidcEnabled!: boolean;
  @Field({ description: 'Demo accounts with the password "demo" exist.' }) demoMode!: boolean;
}
