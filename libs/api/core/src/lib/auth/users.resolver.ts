import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Municipality, Organisation, Region } from '../directory/directory.models';
import { DirectoryLoaders } from '../directory/directory.loaders';
import { GraphqlContext } from '../request/graphql-context';
import { groupByKey } from '../request/loaders';
import { RoleAssignment, User } from './auth.models';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => [RoleAssignment])
  roles(@Parent() user: User, @Context() { loaders }: GraphqlContext) {
    return loaders.get('rolesOfUser', async (ids) => groupByKey(ids, await this.users.roleAssignmentsOf(ids), (row) => row.userId)).load(user.id);
  }
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentsResolver {
  constructor(private readonly directoryLoaders: DirectoryLoaders) {}

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() grant: RoleAssignment, @Context() { loaders }: GraphqlContext) {
    return grant.regionId ? this.directoryLoaders.region(loaders).load(grant.regionId) : null;
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() grant: RoleAssignment, @Context() { loaders }: GraphqlContext) {
    return grant.municipalityId ? this.directoryLoaders.municipality(loaders).load(grant.municipalityId) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() grant: RoleAssignment, @Context() { loaders }: GraphqlContext) {
    return grant.organisationId ? this.directoryLoaders.organisation(loaders).load(grant.organisationId) : null;
  }
}
