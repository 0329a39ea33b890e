/// <reference types="astro/client" />

// Astro's language server types .astro imports itself; this fallback serves tools that only see
// TypeScript (typescript-eslint), so a .ts module may import components without `error` types.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

interface ImportMetaEnv {
  /** "true" in a build for the LMS packages: every address names its index.html (src/lib/site.ts). */
  readonly PUBLIC_INDEX_FILES?: string;
}
