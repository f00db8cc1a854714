export * from './lib/strategy.module';
export * from './lib/strategy.entities';
export * from './lib/strategies/strategy.entity';
export * from './lib/themes/theme.entity';
export * from './lib/mandates/theme-mandate.entity';
