import playwright from 'eslint-plugin-playwright';
import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  { ...playwright.configs['flat/recommended'], files: ['tests/**/*.ts', 'support/**/*.ts'] },
  { files: ['tests/**/*.ts'], rules: { 'playwright/no-wait-for-timeout': 'error', 'playwright/no-focused-test': 'error' } },
];
