// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import pagefind from './src/integrations/pagefind.ts';
import noPreloadHelper from './src/integrations/no-preload-helper.ts';
import lmsPackages from './src/integrations/lms-packages.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  // An LMS or an intranet serves the course from a folder of its own: BASE_PATH=/training/shinrai/
  // builds every address under it (src/lib/routes.ts).
  base: process.env['BASE_PATH'] ?? '/',
  // A second build (the base-path smoke run, tests/tools/under-base.ts) goes beside dist/.
  outDir: process.env['OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // lmsPackages runs last, after the search index is written, and only for LMS packages.
  integrations: [mdx(), preact(), noPreloadHelper(), pagefind(), lmsPackages()],
  // Shiki colours code with inline styles, which the CSP forbids; the course shows no code.
  markdown: {
    syntaxHighlight: false,
    // `## Intention {#intention}`: a heading that quizzes and scenarios link to keeps its id
    // when its words are translated.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  vite: {
    plugins: [
      {
        // Lazy chunks load their own imports; no modulepreload list is kept for them, so the
        // build can drop Vite's preload helper (see src/integrations/no-preload-helper.ts).
        name: 'shinrai:no-preload-lists',
        configEnvironment(name) {
          return name === 'client'
            ? { build: { modulePreload: { polyfill: false, resolveDependencies: () => [] } } }
            : undefined;
        },
      },
    ],
    build: {
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // Every learner page's styles in one cached stylesheet, so a page waits for at
                // most two (this and its own); the presenter's styles stay apart.
                name: 'site-styles',
                priority: 4,
                test: /^(?!.*(present|[\\/]script\.astro)).*(\.css|[?&]type=style)/,
              },
              {
                // The presenter islands' styles, kept beside each component, as one stylesheet
                // in a fixed order, shared by the audience view and the console.
                name: 'present-styles',
                priority: 4,
                test: /src[\\/]islands[\\/]present[\\/][^?]*\.css$/,
              },
              {
                // Kept in a file of its own, so the build can remove it (no-preload-helper.ts).
                name: 'preload-helper',
                priority: 3,
                test: /vite[\\/]preload-helper/,
              },
              {
                // The few small modules every page runs (the progress glimpse, UI strings, the
                // id and time rules) in one file rather than six, which costs fewer bytes.
                name: 'core',
                priority: 2,
                test: /src[\\/](schemas[\\/]primitives|lib[\\/]progress[\\/]peek|stores[\\/](keys|peek)|i18n[\\/](client|page|format))\.ts$/,
              },
              {
                // Preact, its hooks, its JSX runtime and Astro's renderer always load together
                // on a page with an island; as one file they cost fewer bytes than four.
                name: 'preact',
                priority: 2,
                test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/,
              },
              {
                // Tiny modules the store shares with the players; grouped so the store's group
                // doesn't take them in, which would make the players load the whole store.
                name: 'shared',
                priority: 2,
                test: /src[\\/](schemas[\\/]driver-ids|lib[\\/](records|checks))\.ts$/,
              },
              {
                // The storage engine and nanostores, shared by the progress store and the
                // presenter's classroom session, which needs nothing else of the progress store.
                // The scale's bands come along: the progress page and the presenter show them
                // from the start, and on its own the 380-byte module cost 260 B gzip a page.
                name: 'storage',
                priority: 2,
                test: /(src[\\/](stores[\\/]storage|lib[\\/]scenario[\\/]scale)\.ts|node_modules[\\/]nanostores[\\/])/,
              },
              {
                // The progress store with everything it writes through, as one file: the pages
                // that record progress load all of it at once anyway. What only the progress
                // page reads (its view model, the course's status, an import's preview) stays
                // with that page.
                name: 'progress-store',
                priority: 1,
                test: /(src[\\/](stores[\\/]progress|lib[\\/]progress[\\/](?!peek|repair|dashboard|course|import-preview)\w+|schemas[\\/]progress-limits)\.ts|node_modules[\\/]@nanostores[\\/]persistent[\\/])/,
              },
            ],
          },
        },
      },
    },
  },
  // Every page is plain HTML and CSS unless an island asks for JavaScript.
  build: { inlineStylesheets: 'never' },
  security: {
    // A meta CSP with hashes for everything Astro inlines; nothing may load from another origin.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search in WebAssembly, which needs this (and nothing wider).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
