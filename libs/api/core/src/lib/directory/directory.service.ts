import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { AuditedWrites } from '../audit/audited-writes';
import { NotFoundError } from '../errors/domain-errors';
import { definedFields } from '../persistence/versioned-update';
import { authorize, readableRegionIds } from '../policy/authorize';
import { Actor } from '../request/actor';
import { MunicipalityEntity } from './municipality.entity';
import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';
import { RegionEntity } from './region.entity';
import { UpdateMunicipalityInput } from './update-municipality.input';

@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
  ) {}

  async regions(actor: Actor): Promise<RegionEntity[]> {
    const regionIds = readableRegionIds(actor);
    return this.dataSource.getRepository(RegionEntity).find({
      where: regionIds === null ? {} : { id: In(regionIds) },
      order: { name: 'ASC' },
    });
  }

  async municipalities(actor: Actor, regionId?: string): Promise<MunicipalityEntity[]> {
    return this.dataSource.getRepository(MunicipalityEntity).find({ where: this.regionScope(actor, regionId), order: { name: 'ASC' } });
  }

  /** Organisations of the readable regions (or one), by name: owners and partners of actions. */
  async organisations(actor: Actor, regionId?: string): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).find({ where: this.regionScope(actor, regionId), order: { name: 'ASC' } });
  }

  /** People of the readable regions (or one), by name: action owners and mandate holders. */
  async persons(actor: Actor, regionId?: string): Promise<PersonEntity[]> {
    return this.dataSource.getRepository(PersonEntity).find({ where: this.regionScope(actor, regionId), order: { name: 'ASC' } });
  }

  /** A region filter that never widens what the actor may read; an unreadable region gives nothing. */
  private regionScope(actor: Actor, regionId?: string) {
    const readable = readableRegionIds(actor);
    const regionIds = regionId ? [regionId].filter((id) => readable === null || readable.includes(id)) : readable;
    return regionIds === null ? {} : { regionId: In(regionIds) };
  }

  municipalitiesByRegion(regionIds: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.dataSource.getRepository(MunicipalityEntity).find({ where: { regionId: In([...regionIds]) }, order: { name: 'ASC' } });
  }

  municipalitiesByIds(ids: readonly string[]): Promise<MunicipalityEntity[]> {
    return this.dataSource.getRepository(MunicipalityEntity).findBy({ id: In([...ids]) });
  }

  organisationsByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    return this.dataSource.getRepository(OrganisationEntity).findBy({ id: In([...ids]) });
  }

  regionsByIds(ids: readonly string[]): Promise<RegionEntity[]> {
    return this.dataSource.getRepository(RegionEntity).findBy({ id: In([...ids]) });
  }

  personsByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    return this.dataSource.getRepository(PersonEntity).findBy({ id: In([...ids]) });
  }

  async updateMunicipality(actor: Actor, input: UpdateMunicipalityInput): Promise<MunicipalityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(MunicipalityEntity, { id: input.id });
      if (!before) throw new NotFoundError('Municipality', input.id);
      authorize(actor, 'update', 'Municipality', { id: before.id, regionId: before.regionId });
      const changes = definedFields(input, ['population', 'websiteUrl']);
      return this.writes.update(manager, actor, MunicipalityEntity, before, input.version, changes, { entityType: 'Municipality', regionId: before.regionId });
    });
  }
}
