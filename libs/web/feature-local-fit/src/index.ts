export * from './lib/local-fit.routes';
