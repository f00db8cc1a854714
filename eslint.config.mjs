import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';

const apiBanned = ['@angular/*', 'apollo-angular', '@apollo/client', '@apollo/client/*', '@ngx-translate/*'];
const webBanned = ['@nestjs/*', 'typeorm', 'pg', 'class-validator', 'class-transformer', '@electric-sql/*', 'express'];
const sharedBanned = ['@angular/*', '@nestjs/*', 'typeorm', 'rxjs', 'pg'];

// The boundary matrix of MODEL-CODEBASES §4.2: three tag dimensions, all at error level.
// tools/check-boundaries.sh proves the rule fires on a deliberate violation.
export const depConstraints = [
  { sourceTag: 'platform:api', onlyDependOnLibsWithTags: ['platform:api', 'platform:shared'], bannedExternalImports: apiBanned },
  { sourceTag: 'platform:web', onlyDependOnLibsWithTags: ['platform:web', 'platform:shared'], bannedExternalImports: webBanned },
  { sourceTag: 'platform:shared', onlyDependOnLibsWithTags: ['platform:shared'], bannedExternalImports: sharedBanned },
  { sourceTag: 'platform:e2e', onlyDependOnLibsWithTags: ['platform:shared'], bannedExternalImports: ['@angular/*', '@nestjs/*'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:util', 'type:data-access', 'type:ui', 'type:domain'] },
  // Web features never import each other (navigate by URL). API capabilities may read the capabilities below them
  // (reporting reads strategy, as the scope rules below allow; never the reverse).
  { allSourceTags: ['platform:web', 'type:feature'], onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:util', 'type:domain'] },
  { allSourceTags: ['platform:api', 'type:feature'], onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:domain'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util', 'type:domain'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'scope:app', onlyDependOnLibsWithTags: ['scope:strategy', 'scope:reporting', 'scope:local-fit', 'scope:handover', 'scope:core', 'scope:shared'] },
  { sourceTag: 'scope:strategy', onlyDependOnLibsWithTags: ['scope:strategy', 'scope:core', 'scope:shared'] },
  { sourceTag: 'scope:reporting', onlyDependOnLibsWithTags: ['scope:reporting', 'scope:strategy', 'scope:local-fit', 'scope:core', 'scope:shared'] },
  { sourceTag: 'scope:local-fit', onlyDependOnLibsWithTags: ['scope:local-fit', 'scope:strategy', 'scope:core', 'scope:shared'] },
  // Handover moves what a leaving person holds in every capability to a successor, so it sits above them all.
  { sourceTag: 'scope:handover', onlyDependOnLibsWithTags: ['scope:handover', 'scope:reporting', 'scope:strategy', 'scope:local-fit', 'scope:core', 'scope:shared'] },
  { sourceTag: 'scope:core', onlyDependOnLibsWithTags: ['scope:core', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/out-tsc', '**/generated/**', '**/.data/**', '**/test-results/**', '**/playwright-report/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          banTransitiveDependencies: false,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-expect-error': 'allow-with-description' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts'],
    plugins: { jest },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/valid-expect': 'error',
      'jest/no-conditional-expect': 'error',
      'jest/no-conditional-in-test': 'error',
      'jest/expect-expect': 'error',
    },
  },
];
