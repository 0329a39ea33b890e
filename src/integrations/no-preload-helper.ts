/**
 * After the build, removes Vite's preload helper from the browser bundle wherever it has nothing
 * to preload (see src/lib/build/preload-helper.ts), and deletes its file once nothing uses it.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'vite';
import { unwrapPreloads, usesHelper } from '../lib/build/preload-helper';

export default function noPreloadHelper(): AstroIntegration {
  return {
    name: 'shinrai:no-preload-helper',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const assets = join(fileURLToPath(dir), '_astro');
        const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
        let unwrapped = 0;
        for (const file of scripts) {
          const path = join(assets, file);
          const code = readFileSync(path, 'utf8');
          const next = unwrapPreloads(code, (source) => parseSync(file, source).program);
          if (next !== code) {
            writeFileSync(path, next);
            unwrapped++;
          }
        }
        const helpers = scripts.filter((file) => file.startsWith('preload-helper.'));
        const stillUsed = scripts.some(
          (file) =>
            !file.startsWith('preload-helper.') &&
            usesHelper(readFileSync(join(assets, file), 'utf8')),
        );
        if (!stillUsed) for (const file of helpers) rmSync(join(assets, file));
        logger.info(
          `unwrapped dynamic imports in ${unwrapped} scripts; preload helper ${stillUsed ? 'kept (still needed)' : 'removed'}`,
        );
      },
    },
  };
}
