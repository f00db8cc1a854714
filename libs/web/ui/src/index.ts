export * from './lib/alert/alert';
export * from './lib/form-field/form-field';
export * from './lib/language-switch/language-switch';
export * from './lib/format/format-pipes';
export * from './lib/load-state/load-state';
export * from './lib/form-problems/form-problems';
export * from './lib/checkbox-group/checkbox-group';
export * from './lib/confirm-delete/confirm-delete';
