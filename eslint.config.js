// Lint rules for the whole workspace. The module-boundary rules below are what keep
// libs pure: libs never import apps, and never NestJS, TypeORM or React.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const frameworkImports = [
  { group: ['@nestjs/*', '@nestjs'], message: 'libs are pure TypeScript: no NestJS (compose in apps/api)' },
  { group: ['typeorm', 'typeorm/*'], message: 'libs are pure TypeScript: no TypeORM (compose in apps/api)' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'libs are pure TypeScript: no React (compose in apps/dashboard)',
  },
  {
    group: ['@servicefloor/api', '@servicefloor/dashboard', '**/apps/**'],
    message: 'libs never import apps',
  },
];

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/src/graphql/generated/**', 'data/**', 'coverage/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/dashboard/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['libs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: frameworkImports }],
    },
  },
);
