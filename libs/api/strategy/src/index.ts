export * from './lib/api-strategy';
