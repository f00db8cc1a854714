import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError } from '@regie/api/core';
import { DataSource, In } from 'typeorm';
import { LocalFitScopes } from '../local-fit-scope';
import { readable, regionFilter } from '../readable';
import { refuseOnProblems } from '../rule-problems';
import { IvpEntity, IvpPriorityEntity } from './ivp.entity';
import { AddIvpPriorityInput, CreateIvpInput, UpdateIvpInput } from './ivp.model';

const periodProblems = (start: string, end: string) => (end < start ? [{ field: 'periodEnd', messageKey: 'localFit.validation.periodOrder' }] : []);

/** The IVP register: each municipality's integral safety plans and their priorities. */
@Injectable()
export class IvpService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: LocalFitScopes,
  ) {}

  async ofMunicipality(actor: Actor, municipalityId: string): Promise<IvpEntity[]> {
    const regions = regionFilter(actor);
    const rows = await this.dataSource.getRepository(IvpEntity).find({ where: { municipalityId, ...(regions ? { regionId: In(regions) } : {}) }, order: { periodStart: 'DESC' } });
    return readable(actor, 'Ivp', rows);
  }

  create(actor: Actor, input: CreateIvpInput): Promise<IvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const municipality = await this.scopes.municipality(manager, input.municipalityId);
      authorize(actor, 'create', 'Ivp', { regionId: municipality.regionId, municipalityId: municipality.id });
      refuseOnProblems(periodProblems(input.periodStart, input.periodEnd));
      const values = { ...definedFields(input, ['adoptedOn', 'linkUrl']), title: input.title, periodStart: input.periodStart, periodEnd: input.periodEnd, municipalityId: municipality.id, regionId: municipality.regionId };
      return this.writes.create(manager, actor, IvpEntity, values, { entityType: 'Ivp', regionId: municipality.regionId });
    });
  }

  update(actor: Actor, input: UpdateIvpInput): Promise<IvpEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.scopes.found(manager, IvpEntity, input.id, 'Ivp');
      authorize(actor, 'update', 'Ivp', before);
      const changes: Partial<IvpEntity> = definedFields(input, ['title', 'periodStart', 'periodEnd', 'adoptedOn', 'linkUrl']);
      refuseOnProblems(periodProblems(changes.periodStart ?? before.periodStart, changes.periodEnd ?? before.periodEnd));
      return this.writes.update(manager, actor, IvpEntity, before, input.version, changes, { entityType: 'Ivp', regionId: before.regionId });
    });
  }

  addPriority(actor: Actor, input: AddIvpPriorityInput): Promise<IvpPriorityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const ivp = await this.scopes.found(manager, IvpEntity, input.ivpId, 'Ivp');
      authorize(actor, 'update', 'Ivp', ivp);
      if (input.themeId) {
        const theme = await this.scopes.theme(manager, input.themeId);
        if (theme.regionId !== ivp.regionId) throw new NotFoundError('Theme', input.themeId);
      }
      const position = (await manager.countBy(IvpPriorityEntity, { ivpId: ivp.id })) + 1;
      const values = { ivpId: ivp.id, regionId: ivp.regionId, municipalityId: ivp.municipalityId, title: input.title, safetyField: input.safetyField, themeId: input.themeId ?? null, position };
      return this.writes.create(manager, actor, IvpPriorityEntity, values, { entityType: 'IvpPriority', regionId: ivp.regionId });
    });
  }

  deletePriority(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const priority = await this.scopes.found(manager, IvpPriorityEntity, id, 'IvpPriority');
      authorize(actor, 'update', 'Ivp', priority);
      await this.writes.delete(manager, actor, IvpPriorityEntity, priority, { entityType: 'IvpPriority', regionId: priority.regionId });
      return true;
    });
  }

  prioritiesOf(ivpIds: readonly string[]): Promise<IvpPriorityEntity[]> {
    return this.dataSource.getRepository(IvpPriorityEntity).find({ where: { ivpId: In([...ivpIds]) }, order: { position: 'ASC' } });
  }
}
