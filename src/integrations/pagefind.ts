/**
 * Builds the Pagefind search index from the finished site, through Pagefind's Node API, so
 * `npm run build` and `npm start` always ship a current index. Pages mark what is searchable with
 * data-pagefind-body; navigation and quiz answers carry data-pagefind-ignore.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

export default function pagefind(): AstroIntegration {
  return {
    name: 'shinrai:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // No forced language: Pagefind keeps one index per <html lang>, and segments Japanese.
        const { index, errors } = await createIndex();
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0)
          throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await close();
        logger.info(
          `pagefind: indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
