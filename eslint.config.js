// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-package/',
      'packages/',
      '.astro/',
      'node_modules/',
      'bench/',
      'test-results/',
      '**/*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  ...astro.configs.recommended,
  ...astro.configs['jsx-a11y-strict'],
  {
    // Text from storage, import files or content is shown as text, never parsed as HTML.
    rules: {
      'astro/no-set-html-directive': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text; never inject HTML.',
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: 'Render text as text; never inject HTML.',
        },
      ],
    },
  },
  {
    // Type-aware rules need a TypeScript program; Astro templates and plain JS config files have none.
    files: ['**/*.astro', '**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/islands/**/*.tsx'],
    ...jsxA11y.configs.strict,
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/islands/**/*.tsx'],
    rules: {
      // A scroll container wider than the screen must be focusable to be scrolled by keyboard (axe: scrollable-region-focusable).
      'jsx-a11y-x/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'] },
      ],
    },
  },
  {
    // src/lib is pure course logic: it must run anywhere, so no UI, DOM or Astro runtime.
    files: ['src/lib/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['preact', 'preact/*', '@preact/*'], message: 'src/lib is pure: no Preact.' },
            {
              group: ['astro:*', 'astro', 'astro/*'],
              message: 'src/lib is pure: no Astro runtime.',
            },
            {
              group: ['nanostores', '@nanostores/*'],
              message: 'src/lib is pure: stores live in src/stores.',
            },
            {
              group: [
                '**/islands/*',
                '**/components/*',
                '**/stores/*',
                '**/pages/*',
                '**/layouts/*',
              ],
              message: 'Imports flow one way: src/lib may import only src/lib and src/schemas.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'history',
          'HTMLElement',
          'IntersectionObserver',
          'requestAnimationFrame',
          'matchMedia',
          'getComputedStyle',
          'alert',
          'confirm',
        ].map((name) => ({ name, message: 'src/lib is pure: no DOM or browser.' })),
        ...['localStorage', 'sessionStorage', 'indexedDB', 'BroadcastChannel', 'fetch'].map(
          (name) => ({
            name,
            message: 'src/lib is pure: storage and the network belong above it.',
          }),
        ),
      ],
    },
  },
  // The other layers (tests/unit/layers.test.ts reads the whole graph; these catch it as you type).
  ...[
    {
      files: ['src/schemas/**/*.ts'],
      may: 'only src/schemas',
      not: ['lib', 'stores', 'islands', 'scripts', 'components', 'layouts', 'pages', 'i18n'],
    },
    {
      files: ['src/stores/**/*.ts'],
      may: 'src/lib and src/schemas',
      not: ['islands', 'scripts', 'components', 'layouts', 'pages', 'i18n'],
    },
    {
      files: ['src/islands/**/*.{ts,tsx}'],
      may: 'stores, lib, schemas and i18n',
      not: ['scripts', 'components', 'layouts', 'pages'],
    },
    {
      files: ['src/i18n/**/*.ts'],
      may: 'lib and schemas',
      not: ['stores', 'islands', 'scripts', 'components', 'layouts', 'pages'],
    },
  ].map(({ files, may, not }) => ({
    files,
    rules: {
      'no-restricted-imports': /** @type {import('eslint').Linter.RuleEntry} */ ([
        'error',
        {
          patterns: [
            {
              group: not.map((layer) => `**/${layer}/*`),
              message: `Imports flow one way: this layer may import ${may}.`,
            },
          ],
        },
      ]),
    },
  })),
);
