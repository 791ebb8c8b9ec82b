// ESLint flat config: typescript-eslint's type-checked rules over all TypeScript (shipped code, tools and tests).
// Formatting is Prettier's job: eslint-config-prettier, last, switches off every rule that would disagree with it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'demo/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The .mjs files (this config, lib/cli/*.mjs) sit outside tsconfig.json's TypeScript files.
        projectService: { allowDefaultProject: ['*.mjs', 'lib/cli/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` marks a parameter a signature demands, and `{ drop: _, ...rest }` leaves a key out, as tsconfig's noUnused* do.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `async` without `await` implements a promise-returning interface and turns a throw into a rejection; dropping it would change behaviour.
      '@typescript-eslint/require-await': 'off',
      // Preact ignores what an event handler returns, so an async handler in a JSX attribute is fine.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Plain Node scripts: the Node globals they use.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Tests read the JSON and CSV files the code writes and compare them with vitest's asymmetric matchers, which are typed `any`;
    // a wrong shape fails the assertion itself, so typing every parsed file field by field would add nothing.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  prettier,
);
