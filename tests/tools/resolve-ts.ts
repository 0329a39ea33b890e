/**
 * Lets Node run the course's TypeScript modules directly (`node --import ./tests/tools/resolve-ts.ts …`):
 * they import each other without extensions, as Vite and Vitest allow, so a relative import that
 * Node can't find is tried again as a .ts file.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
