export * from './lib/handover.module';
