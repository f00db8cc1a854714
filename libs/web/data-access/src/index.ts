// Operation types only: documents and services are imported from '@regie/web/data-access/<folder>' (see codegen.mjs).
export type * from './generated/graphql';
export * from './lib/api/provide-api';
export * from './lib/query/query-resource';
export * from './lib/session/principal';
export * from './lib/session/session-store';
export * from './lib/session/session-guards';
