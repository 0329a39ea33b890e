// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import pagefind from './src/integrations/pagefind.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), preact(), pagefind()],
  // Shiki colours code with inline styles, which the CSP forbids; the course shows no code.
  markdown: { syntaxHighlight: false },
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
