import { Action, asSubject, SubjectAttributes, SubjectName } from '@regie/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { Actor } from '../request/actor';

/** The first line of every service method: refuse unless the shared policy allows it. */
export function authorize(actor: Actor, action: Action, type: Exclude<SubjectName, 'all'>, record: SubjectAttributes = {}): void {
  if (!actor.principal) throw new UnauthenticatedError();
  if (!actor.ability.can(action, asSubject(type, record))) throw new ForbiddenError();
}

/** Regions the actor may read anything in; null means every region (ADMIN). */
export function readableRegionIds(actor: Actor): string[] | null {
  const grants = actor.principal?.grants ?? [];
  if (grants.some((grant) => grant.role === 'ADMIN')) return null;
  return [...new Set(grants.map((grant) => grant.regionId).filter((id): id is string => Boolean(id)))];
}
