// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  // Every page is plain HTML and CSS unless an island asks for JavaScript.
  build: { inlineStylesheets: 'never' },
});
