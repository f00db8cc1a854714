import { FieldError, MunicipalityEntity, OrganisationEntity, PersonEntity, ValidationError } from '@regie/api/core';
import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { GoalEntity } from '../goals/goal.entity';
import { ActionGoalEntity, ActionMunicipalityEntity, ActionPartnerEntity } from './action.entity';

export interface ActionLinks {
  goalIds?: string[];
  partnerIds?: string[];
  municipalityIds?: string[];
  ownerOrganisationId?: string | null;
  ownerPersonId?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

async function allFound<T extends { id: string }>(manager: EntityManager, entity: new () => T, ids: string[] | undefined, where: (row: T) => boolean): Promise<boolean> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return true;
  const rows = await manager.findBy(entity, { id: In(unique) } as FindOptionsWhere<T>);
  return rows.length === unique.length && rows.every(where);
}

/** Goals must belong to the action's theme; partners, owner and municipalities to its region. */
export async function checkActionLinks(manager: EntityManager, links: ActionLinks, scope: { regionId: string; themeId: string }): Promise<void> {
  const errors: FieldError[] = [];
  const refuse = (field: string, messageKey: string, message: string) => errors.push({ field, messageKey, message });
  if (!(await allFound(manager, GoalEntity, links.goalIds, (goal) => goal.themeId === scope.themeId))) refuse('goalIds', 'validation.goalOutsideTheme', 'Every goal must belong to the theme of the action.');
  const inRegion = (row: { regionId: string }) => row.regionId === scope.regionId;
  if (!(await allFound(manager, OrganisationEntity, links.partnerIds, inRegion))) refuse('partnerIds', 'validation.organisationOutsideRegion', 'Every partner must be an organisation of the region.');
  if (!(await allFound(manager, OrganisationEntity, links.ownerOrganisationId ? [links.ownerOrganisationId] : [], inRegion))) refuse('ownerOrganisationId', 'validation.organisationOutsideRegion', 'The owner must be an organisation of the region.');
  if (!(await allFound(manager, PersonEntity, links.ownerPersonId ? [links.ownerPersonId] : [], inRegion))) refuse('ownerPersonId', 'validation.personOutsideRegion', 'The owner must be a person of the region.');
  if (!(await allFound(manager, MunicipalityEntity, links.municipalityIds, inRegion))) refuse('municipalityIds', 'validation.municipalityOutsideRegion', 'Every municipality must be in the region.');
  if (links.startsOn && links.endsOn && links.endsOn < links.startsOn) refuse('endsOn', 'validation.endBeforeStart', 'The end lies before the start.');
  if (errors.length) throw new ValidationError(errors);
}

/** Replaces the link sets the input carries; sets it leaves out stay as they are. */
export async function replaceActionLinks(manager: EntityManager, actionId: string, links: ActionLinks): Promise<void> {
  if (links.goalIds) {
    await manager.delete(ActionGoalEntity, { actionId });
    await manager.insert(ActionGoalEntity, [...new Set(links.goalIds)].map((goalId) => ({ actionId, goalId })));
  }
  if (links.partnerIds) {
    await manager.delete(ActionPartnerEntity, { actionId });
    if (links.partnerIds.length) await manager.insert(ActionPartnerEntity, [...new Set(links.partnerIds)].map((organisationId) => ({ actionId, organisationId })));
  }
  if (links.municipalityIds) {
    await manager.delete(ActionMunicipalityEntity, { actionId });
    if (links.municipalityIds.length) await manager.insert(ActionMunicipalityEntity, [...new Set(links.municipalityIds)].map((municipalityId) => ({ actionId, municipalityId })));
  }
}

export interface ActionLinkSets {
  goalIds: string[];
  partnerIds: string[];
  municipalityIds: string[];
}

/** The action's current link sets, sorted, so two readings compare as JSON for the audit trail. */
export async function readActionLinks(manager: EntityManager, actionId: string): Promise<ActionLinkSets> {
  const goals = await manager.findBy(ActionGoalEntity, { actionId });
  const partners = await manager.findBy(ActionPartnerEntity, { actionId });
  const municipalities = await manager.findBy(ActionMunicipalityEntity, { actionId });
  return {
    goalIds: goals.map((link) => link.goalId).sort(),
    partnerIds: partners.map((link) => link.organisationId).sort(),
    municipalityIds: municipalities.map((link) => link.municipalityId).sort(),
  };
}
