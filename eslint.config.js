// ESLint flat config. Not type-checked on purpose: `svelte-check` does the types, this stays fast.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The pure core runs the same in the browser, in Node and in tests (DESIGN §3).
const PURE_MODULES = ['src/scenarios/**', 'src/machines/**', 'src/language/**', 'src/scoring/**'];

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'public/sounds/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
  },
  {
    files: PURE_MODULES,
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process'].map(
          (name) => ({
            name,
            message: 'Pure modules run in the browser and in Node alike: inject it instead.',
          }),
        ),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['svelte', 'svelte/*', 'localforage', 'howler', 'chart.js', 'chart.js/*', 'node:*'],
              message: 'Pure modules import no DOM, storage, audio, Svelte or Node API.',
            },
            {
              group: ['**/storage/**', '**/ui/**', '**/cli/**'],
              message: 'Pure modules must not depend on storage, UI or CLI code.',
            },
          ],
        },
      ],
    },
  },
);
