import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The walls between folders (as bulletproof-react keeps them): src/app composes the features, a feature uses only
// itself and the shared folders, and the shared folders use neither. Every folder in src/features gets its zone.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const shared = ['./src/api', './src/components', './src/hooks', './src/i18n', './src/lib', './src/styles', './src/test'];
const zones = [
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature does not import another feature: move what both need to a shared folder.',
  })),
  { target: './src/features', from: './src/app', message: 'src/app imports the features, not the other way around.' },
  { target: shared, from: ['./src/features', './src/app'], message: 'Shared folders import neither features nor src/app.' },
];

export default defineConfig(
  { ignores: ['node_modules/', 'test-results/', 'playwright-report/', 'e2e-artifacts/', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  importPlugin.flatConfigs.recommended,
  importPlugin.flatConfigs.typescript,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { 'import/resolver': { typescript: { project: './tsconfig.json' }, node: true } },
    rules: {
      'import/no-restricted-paths': ['error', { zones }],
      // TypeScript checks these already (and import/namespace alone took a third of the lint's time).
      'import/namespace': 'off',
      'import/default': 'off',
      'import/no-named-as-default': 'off',
      'import/no-named-as-default-member': 'off',
      // An event handler may return a promise (React ignores it); elsewhere an unawaited promise is still an error.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // A key written out at its use would drift from the one its query reads: each api file exports its keys.
          selector: "Property[key.name='queryKey'] > ArrayExpression",
          message: 'Use the query key its api file exports (e.g. sessionsKey, caseKey(id)), not an array written here.',
        },
      ],
    },
  },
  {
    // Node scripts and this file: not in tsconfig.json, so linted without type information.
    files: ['**/*.{js,mjs}', '**/*.d.mts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
