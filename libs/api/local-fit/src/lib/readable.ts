import { Actor, readableRegionIds, UnauthenticatedError } from '@regie/api/core';
import { asSubject, LocalFitSubject, SubjectAttributes } from '@regie/domain';

/** Region ids to filter a list query on; null means every region (ADMIN). Refuses without a session. */
export function regionFilter(actor: Actor): string[] | null {
  if (!actor.principal) throw new UnauthenticatedError();
  return readableRegionIds(actor);
}

/** The rows the shared policy lets the actor read (the region filter already did most of the work). */
export function readable<T extends SubjectAttributes>(actor: Actor, subject: LocalFitSubject, rows: readonly T[]): T[] {
  return rows.filter((row) => actor.ability.can('read', asSubject(subject, row)));
}

/** A uuid no row has, so `IN (:...ids)` stays valid SQL for an actor without regions. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
export const orNone = (ids: readonly string[]) => (ids.length ? [...ids] : [NO_ID]);
