import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Pure logic and schemas: fast, no build needed.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      // Checks over the built site in dist/: run after `astro build`.
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
