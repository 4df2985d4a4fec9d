// ESLint flat config: typescript-eslint (type-aware where it matters), Lit, web-component and lit-a11y
// rules, Prettier for formatting. `npm run lint` runs it per package through turbo.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/storybook-static/**',
      '**/test-results/**',
      'packages/core/src/criteria/data.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/calculators/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/calculators/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/src/**/*.ts', 'packages/calculators/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    // The core is pure: no DOM, no globals.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator', 'console'],
    },
  },
  {
    files: [
      'scripts/**/*.mjs',
      '**/scripts/**/*.mjs',
      '**/bench/**/*.mjs',
      '**/test/**/*.mjs',
      '**/*.config.{js,mjs,ts}',
    ],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
