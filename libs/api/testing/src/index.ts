export * from './lib/test-database';
export * from './lib/graphql-client';
export * from './lib/statement-counter';
export * from './lib/inspect-documents';
