import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, authorize, definedFields, NotFoundError } from '@regie/api/core';
import { participationProblems } from '@regie/domain';
import { DataSource, In, IsNull } from 'typeorm';
import { LocalFitScopes } from '../local-fit-scope';
import { readable, regionFilter } from '../readable';
import { refuseOnProblems } from '../rule-problems';
import { ParticipationEntity } from './participation.entity';
import { CreateParticipationInput, UpdateParticipationInput } from './participation.model';

const FIELDS = ['localApproach', 'localGoalId', 'contactName', 'capacityFte', 'budgetEuro', 'since'] as const;

/** Participation per municipality per theme and per regional action, recorded by the municipality itself. */
@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: LocalFitScopes,
  ) {}

  async ofMunicipality(actor: Actor, municipalityId: string): Promise<ParticipationEntity[]> {
    const regions = regionFilter(actor);
    const rows = await this.dataSource.getRepository(ParticipationEntity).findBy({ municipalityId, ...(regions ? { regionId: In(regions) } : {}) });
    return readable(actor, 'Participation', rows);
  }

  create(actor: Actor, input: CreateParticipationInput): Promise<ParticipationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { municipality, theme } = await this.scopes.municipalityAndTheme(manager, input.municipalityId, input.themeId);
      authorize(actor, 'create', 'Participation', { regionId: municipality.regionId, municipalityId: municipality.id, themeId: theme.id });
      refuseOnProblems(participationProblems(input));
      await this.scopes.partOfTheme(manager, theme.id, { actionId: input.actionId, field: 'actionId' });
      await this.scopes.partOfTheme(manager, theme.id, { goalId: input.localGoalId, field: 'localGoalId' });
      if (await manager.existsBy(ParticipationEntity, { municipalityId: municipality.id, themeId: theme.id, actionId: input.actionId ?? IsNull() })) {
        refuseOnProblems([{ field: input.actionId ? 'actionId' : 'themeId', messageKey: 'localFit.validation.participationExists' }]);
      }
      const values = { ...definedFields(input, [...FIELDS]), municipalityId: municipality.id, themeId: theme.id, actionId: input.actionId ?? null, level: input.level, regionId: municipality.regionId };
      return this.writes.create(manager, actor, ParticipationEntity, values, { entityType: 'Participation', regionId: municipality.regionId });
    });
  }

  update(actor: Actor, input: UpdateParticipationInput): Promise<ParticipationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(ParticipationEntity, { id: input.id });
      if (!before) throw new NotFoundError('Participation', input.id);
      authorize(actor, 'update', 'Participation', before);
      const changes: Partial<ParticipationEntity> = definedFields(input, ['level', ...FIELDS]);
      refuseOnProblems(participationProblems({ ...before, ...changes }));
      await this.scopes.partOfTheme(manager, before.themeId, { goalId: changes.localGoalId, field: 'localGoalId' });
      return this.writes.update(manager, actor, ParticipationEntity, before, input.version, changes, { entityType: 'Participation', regionId: before.regionId });
    });
  }

  /** Every own local approach of the given regions, for the overlap rules. */
  ownApproaches(regionIds: readonly string[]): Promise<ParticipationEntity[]> {
    return this.dataSource.getRepository(ParticipationEntity).findBy({ regionId: In([...regionIds]), level: 'OWN_APPROACH' });
  }
}
