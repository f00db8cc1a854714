export * from './lib/handover.routes';
