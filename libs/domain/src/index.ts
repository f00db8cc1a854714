export * from './lib/roles';
export * from './lib/policy';
export * from './lib/slug';
export * from './lib/safety-fields';
export * from './lib/reporting-period';
export * from './lib/plan-quality/plan-quality';
export * from './lib/reporting/index';
