import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor } from '../request/actor';
import { CurrentActor } from '../request/current-actor.decorator';
import { GraphqlContext } from '../request/graphql-context';
import { RegionArgs } from '../graphql/id.args';
import { DirectoryLoaders } from './directory.loaders';
import { DirectoryService } from './directory.service';
import { Municipality, Organisation, Person, Region } from './directory.models';
import { UpdateMunicipalityInput } from './update-municipality.input';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [Region])
  regions(@CurrentActor() actor: Actor) {
    return this.directory.regions(actor);
  }

  @ResolveField(() => [Municipality])
  municipalities(@Parent() region: Region, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.municipalitiesOfRegion(loaders).load(region.id);
  }
}

@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [Municipality])
  municipalities(@CurrentActor() actor: Actor, @Args() { regionId }: RegionArgs) {
    return this.directory.municipalities(actor, regionId);
  }

  @Mutation(() => Municipality)
  updateMunicipality(@CurrentActor() actor: Actor, @Args('input') input: UpdateMunicipalityInput) {
    return this.directory.updateMunicipality(actor, input);
  }

  @ResolveField(() => Region)
  region(@Parent() municipality: Municipality, @Context() { loaders }: GraphqlContext) {
    return this.directoryLoaders.region(loaders).load(municipality.regionId);
  }
}

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [Organisation], { description: 'Organisations of the readable regions (or one), by name.' })
  organisations(@CurrentActor() actor: Actor, @Args() { regionId }: RegionArgs) {
    return this.directory.organisations(actor, regionId);
  }
}

@Resolver(() => Person)
export class PersonsResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly directoryLoaders: DirectoryLoaders,
  ) {}

  @Query(() => [Person], { description: 'People of the readable regions (or one), by name.' })
  persons(@CurrentActor() actor: Actor, @Args() { regionId }: RegionArgs) {
    return this.directory.persons(actor, regionId);
  }

  @ResolveField(() => Organisation, { nullable: true })
  organisation(@Parent() person: Person, @Context() { loaders }: GraphqlContext) {
    if (!person.organisationId) return null;
    return this.directoryLoaders.organisation(loaders).load(person.organisationId);
  }
}
