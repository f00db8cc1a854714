import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use under a name. Relation fields resolve through
 * these, so the number of SQL statements per request does not grow with the data.
 */
export class Loaders {
  private readonly byName = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    let loader = this.byName.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch as (keys: readonly string[]) => Promise<unknown[]>);
      this.byName.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }
}

/** Orders rows for DataLoader: one value per key, null where nothing was found. */
export function byKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows for DataLoader: one list per key, empty where nothing was found. */
export function groupByKey<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
