import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, ConflictError, definedFields, MunicipalityEntity, NotFoundError } from '@regie/api/core';
import { adoptionProblems } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { LocalFitScopes } from '../local-fit-scope';
import { readable, regionFilter } from '../readable';
import { refuseOnProblems } from '../rule-problems';
import { GoodPracticeEntity, PracticeAdoptionEntity } from './good-practice.entity';
import { CreateGoodPracticeInput, SetPracticeAdoptionInput, UpdateGoodPracticeInput } from './good-practice.model';

/** The library of good practices (managed by the bureau) and their adoption per municipality. */
@Injectable()
export class GoodPracticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: LocalFitScopes,
  ) {}

  async list(actor: Actor, regionId?: string | null): Promise<GoodPracticeEntity[]> {
    const regions = regionFilter(actor);
    const where = regionId ? { regionId } : regions ? { regionId: In(regions) } : {};
    return readable(actor, 'GoodPractice', await this.dataSource.getRepository(GoodPracticeEntity).find({ where, order: { title: 'ASC' } }));
  }

  create(actor: Actor, input: CreateGoodPracticeInput): Promise<GoodPracticeEntity> {
    return this.dataSource.transaction(async (manager) => {
      authorize(actor, 'create', 'GoodPractice', { regionId: input.regionId });
      if (input.themeId) await this.themeOfRegion(manager, input.themeId, input.regionId);
      const values = { regionId: input.regionId, title: input.title.trim(), description: input.description.trim(), themeId: input.themeId ?? null, contact: input.contact ?? null };
      return this.writes.create(manager, actor, GoodPracticeEntity, values, { entityType: 'GoodPractice', regionId: input.regionId });
    });
  }

  update(actor: Actor, input: UpdateGoodPracticeInput): Promise<GoodPracticeEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, GoodPracticeEntity, input.id, 'GoodPractice');
      authorize(actor, 'update', 'GoodPractice', before);
      if (input.themeId) await this.themeOfRegion(manager, input.themeId, before.regionId);
      const changes: Partial<GoodPracticeEntity> = definedFields(input, ['title', 'description', 'themeId', 'contact']);
      return this.writes.update(manager, actor, GoodPracticeEntity, before, input.version, changes, { entityType: 'GoodPractice', regionId: before.regionId });
    });
  }

  /**
   * Records where a municipality stands with a practice: the first record is created, later ones are
   * versioned updates. A stale version, or a missing one when a record exists, is a CONFLICT.
   */
  setAdoption(actor: Actor, input: SetPracticeAdoptionInput): Promise<PracticeAdoptionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const practice = await this.scopes.found(manager, GoodPracticeEntity, input.practiceId, 'GoodPractice');
      const municipality: MunicipalityEntity = await this.scopes.municipality(manager, input.municipalityId);
      if (municipality.regionId !== practice.regionId) throw new NotFoundError('Municipality', input.municipalityId);
      const record = { regionId: practice.regionId, municipalityId: municipality.id, themeId: practice.themeId ?? undefined };
      const existing = await manager.findOneBy(PracticeAdoptionEntity, { practiceId: practice.id, municipalityId: municipality.id });
      authorize(actor, existing ? 'update' : 'create', 'PracticeAdoption', record);
      refuseOnProblems(adoptionProblems(input));
      const values = { state: input.state, stoppedReason: input.state === 'STOPPED' ? (input.stoppedReason ?? null) : null };
      const scope = { entityType: 'PracticeAdoption', regionId: practice.regionId };
      if (!existing) return this.writes.create(manager, actor, PracticeAdoptionEntity, { ...values, practiceId: practice.id, municipalityId: municipality.id, regionId: practice.regionId }, scope);
      if (!input.version) throw new ConflictError('PracticeAdoption');
      return this.writes.update(manager, actor, PracticeAdoptionEntity, existing, input.version, values, scope);
    });
  }

  adoptionsOf(practiceIds: readonly string[]): Promise<PracticeAdoptionEntity[]> {
    return this.dataSource.getRepository(PracticeAdoptionEntity).findBy({ practiceId: In([...practiceIds]) });
  }

  async adoptionsOfMunicipality(actor: Actor, municipalityId: string): Promise<PracticeAdoptionEntity[]> {
    const regions = regionFilter(actor);
    const rows = await this.dataSource.getRepository(PracticeAdoptionEntity).findBy({ municipalityId, ...(regions ? { regionId: In(regions) } : {}) });
    return readable(actor, 'PracticeAdoption', rows);
  }

  private async themeOfRegion(manager: Parameters<LocalFitScopes['theme']>[0], themeId: string, regionId: string): Promise<void> {
    const theme = await this.scopes.theme(manager, themeId);
    if (theme.regionId !== regionId) throw new NotFoundError('Theme', themeId);
  }
}
