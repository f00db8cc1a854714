export * from './lib/i18n/language';
export * from './lib/i18n/language-store';
export * from './lib/i18n/translation-key';
export * from './lib/i18n/missing-translation';
export * from './lib/i18n/provide-translations';
export * from './lib/errors/graphql-problem';
export * from './lib/forms/field-errors';
export * from './lib/format/format';
