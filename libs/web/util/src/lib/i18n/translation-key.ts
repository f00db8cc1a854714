/**
 * Marks a string in TypeScript as a translation key, so the key-coverage test finds it.
 * Use it where a key is stored in data (navigation items, option lists) and translated later.
 */
export function translationKey<const T extends string>(key: T): T {
  return key;
}
