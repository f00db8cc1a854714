export * from './lib/strategy.module';
export * from './lib/strategy.entities';
export * from './lib/strategies/strategy.entity';
export * from './lib/themes/theme.entity';
export * from './lib/mandates/theme-mandate.entity';
export * from './lib/goals/goal.entity';
export * from './lib/indicators/indicator.entity';
export * from './lib/measurements/measurement.entity';
export * from './lib/actions/action.entity';
export * from './lib/actions/action-parts.entity';
// Read by local-fit (and reporting): the GraphQL types they hang fields on, and the per-request loaders.
export * from './lib/themes/theme.model';
export * from './lib/goals/goal.model';
export * from './lib/actions/action.model';
export * from './lib/strategy.loaders';
