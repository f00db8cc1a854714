/** The languages of the user interface; Dutch first. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 locale for Intl formatting of each language. */
export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
