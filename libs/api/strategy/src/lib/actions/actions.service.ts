import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, AuditedWrites, AuditService, authorize, definedFields } from '@regie/api/core';
import { asSubject } from '@regie/domain';
import { DataSource, In } from 'typeorm';
import { PlanScopes } from '../plan-scope';
import { checkActionLinks, readActionLinks, replaceActionLinks } from './action-links';
import { ActionEntity, ActionGoalEntity, ActionMunicipalityEntity, ActionPartnerEntity } from './action.entity';
import { CreateActionInput, UpdateActionInput } from './action.model';

const EDITABLE = ['title', 'description', 'ownerOrganisationId', 'ownerPersonId', 'phase', 'status', 'analysis', 'startsOn', 'endsOn'] as const;

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: AuditedWrites,
    private readonly scopes: PlanScopes,
    private readonly audit: AuditService,
  ) {}

  /**
   * "Ons werk": the actions the user's partner organisations own or take part in, by theme and title; empty for
   * a user without a PARTNER grant. The policy decides per action what the user may read.
   */
  async ofPartnerOrganisations(actor: Actor): Promise<ActionEntity[]> {
    const grants = (actor.principal?.grants ?? []).filter((grant) => grant.role === 'PARTNER' && grant.organisationId && grant.regionId);
    if (!grants.length) return [];
    const organisationIds = grants.map((grant) => grant.organisationId as string);
    const actions = await this.dataSource
      .getRepository(ActionEntity)
      .createQueryBuilder('a')
      .innerJoin('theme', 't', 't.id = a.theme_id')
      .where('(a.owner_organisation_id IN (:...ids) OR EXISTS (SELECT 1 FROM action_partner p WHERE p.action_id = a.id AND p.organisation_id IN (:...ids)))', { ids: organisationIds })
      .orderBy('t.position', 'ASC')
      .addOrderBy('a.title', 'ASC')
      .getMany();
    return actions.filter((action) => actor.ability.can('read', asSubject('Action', action)));
  }

  create(actor: Actor, input: CreateActionInput): Promise<ActionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const theme = await this.scopes.theme(manager, input.themeId);
      const scope = { regionId: theme.regionId, themeId: theme.id };
      authorize(actor, 'create', 'Action', scope);
      await checkActionLinks(manager, input, scope);
      const action = await this.writes.create(manager, actor, ActionEntity, { ...definedFields(input, EDITABLE), ...scope }, { entityType: 'Action', regionId: theme.regionId });
      await replaceActionLinks(manager, action.id, input);
      return action;
    });
  }

  update(actor: Actor, input: UpdateActionInput): Promise<ActionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.scopes.action(manager, input.id);
      authorize(actor, 'update', 'Action', action);
      // The input carries every field, unsent ones as undefined: only sent dates may replace the stored ones.
      const dates = { startsOn: action.startsOn, endsOn: action.endsOn, ...definedFields(input, ['startsOn', 'endsOn']) };
      await checkActionLinks(manager, { ...input, ...dates }, action);
      const after = await this.writes.update(manager, actor, ActionEntity, action, input.version, definedFields(input, EDITABLE), { entityType: 'Action', regionId: action.regionId });
      // Goals served, partners and municipalities live in link tables; their change is part of the trail too.
      if (input.goalIds === undefined && input.partnerIds === undefined && input.municipalityIds === undefined) return after;
      const linksBefore = await readActionLinks(manager, action.id);
      await replaceActionLinks(manager, action.id, input);
      const linksAfter = await readActionLinks(manager, action.id);
      if (JSON.stringify(linksBefore) !== JSON.stringify(linksAfter)) {
        await this.audit.record(manager, actor, { action: 'action.linksChange', entityType: 'Action', entityId: action.id, regionId: action.regionId, before: linksBefore, after: linksAfter });
      }
      return after;
    });
  }

  delete(actor: Actor, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const action = await this.scopes.action(manager, id);
      authorize(actor, 'delete', 'Action', action);
      await this.writes.delete(manager, actor, ActionEntity, action, { entityType: 'Action', regionId: action.regionId });
      return true;
    });
  }

  byIds(ids: readonly string[]): Promise<ActionEntity[]> {
    return this.dataSource.getRepository(ActionEntity).findBy({ id: In([...ids]) });
  }

  ofThemes(themeIds: readonly string[]): Promise<ActionEntity[]> {
    return this.dataSource.getRepository(ActionEntity).find({ where: { themeId: In([...themeIds]) }, order: { title: 'ASC' } });
  }

  goalLinks(actionIds: readonly string[]): Promise<ActionGoalEntity[]> {
    return this.dataSource.getRepository(ActionGoalEntity).findBy({ actionId: In([...actionIds]) });
  }

  actionLinksOfGoals(goalIds: readonly string[]): Promise<ActionGoalEntity[]> {
    return this.dataSource.getRepository(ActionGoalEntity).findBy({ goalId: In([...goalIds]) });
  }

  partnerLinks(actionIds: readonly string[]): Promise<ActionPartnerEntity[]> {
    return this.dataSource.getRepository(ActionPartnerEntity).findBy({ actionId: In([...actionIds]) });
  }

  municipalityLinks(actionIds: readonly string[]): Promise<ActionMunicipalityEntity[]> {
    return this.dataSource.getRepository(ActionMunicipalityEntity).findBy({ actionId: In([...actionIds]) });
  }
}
