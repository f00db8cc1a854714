import { Action, asSubject, SubjectAttributes, SubjectName } from '@regie/domain';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { Actor } from '../request/actor';

/** The first line of every service method: refuse unless the shared policy allows it. */
export function authorize(actor: Actor, action: Action, type: Exclude<SubjectName, 'all'>, record: SubjectAttributes = {}, fields: readonly string[] = []): void {
  if (!actor.principal) throw new UnauthenticatedError();
  const subject = asSubject(type, record);
  if (!actor.ability.can(action, subject)) throw new ForbiddenError();
  // Field-level rules (a partner may move or complete its milestone, not rename it): every changed field must be allowed.
  if (fields.some((field) => !actor.ability.can(action, subject, field))) throw new ForbiddenError();
}

/** Regions the actor may read anything in; null means every region (ADMIN). */
export function readableRegionIds(actor: Actor): string[] | null {
  const grants = actor.principal?.grants ?? [];
  if (grants.some((grant) => grant.role === 'ADMIN')) return null;
  return [...new Set(grants.map((grant) => grant.regionId).filter((id): id is string => Boolean(id)))];
}
