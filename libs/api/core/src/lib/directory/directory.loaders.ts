import { Injectable } from '@nestjs/common';
import { byKey, groupByKey, Loaders } from '../request/loaders';
import { DirectoryService } from './directory.service';

/** The directory's DataLoaders, shared by every resolver that points at a region, municipality, organisation or person. */
@Injectable()
export class DirectoryLoaders {
  constructor(private readonly directory: DirectoryService) {}

  region(loaders: Loaders) {
    return loaders.get('region', async (ids) => byKey(ids, await this.directory.regionsByIds(ids), (row) => row.id));
  }
  municipality(loaders: Loaders) {
    return loaders.get('municipality', async (ids) => byKey(ids, await this.directory.municipalitiesByIds(ids), (row) => row.id));
  }
  municipalitiesOfRegion(loaders: Loaders) {
    return loaders.get('municipalitiesOfRegion', async (ids) =>
      groupByKey(ids, await this.directory.municipalitiesByRegion(ids), (row) => row.regionId),
    );
  }
  organisation(loaders: Loaders) {
    return loaders.get('organisation', async (ids) => byKey(ids, await this.directory.organisationsByIds(ids), (row) => row.id));
  }
  person(loaders: Loaders) {
    return loaders.get('person', async (ids) => byKey(ids, await this.directory.personsByIds(ids), (row) => row.id));
  }
}
