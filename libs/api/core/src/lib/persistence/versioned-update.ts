import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ConflictError } from '../errors/domain-errors';

/**
 * Optimistic locking where it holds: the version check is in the UPDATE's WHERE clause, so a stale
 * edit matches no row and becomes CONFLICT instead of silently overwriting (TypeORM's
 * @VersionColumn does not prevent that). Returns the row as it is after the update.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: string; version: number }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: NoInfer<Partial<T>>,
  name: string,
): Promise<T> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    // Partial<T> holds plain column values; TypeORM's type also admits SQL functions.
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw new ConflictError(name);
  return manager.findOneByOrFail(entity, { id } as never);
}

/** Only the fields the input actually carries: `undefined` means "leave as it is", `null` clears. */
export function definedFields<T extends object>(input: T, fields: ReadonlyArray<keyof T>): Partial<T> {
  return Object.fromEntries(fields.filter((field) => input[field] !== undefined).map((field) => [field, input[field]])) as Partial<T>;
}
