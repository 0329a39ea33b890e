/**
 * Same-page #anchors in dist/ resolve. linkinator checks links between pages (and their
 * fragments); it does not check a page's links to its own ids, which the lessons use.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileFor } from '../tools/page-weight';

const pages = builtPages(distDir, globSync(`${distDir}/**/*.html`));

describe('same-page anchors', () => {
  for (const page of pages) {
    it(`every #fragment link on ${page} has a target`, () => {
      const html = readFileSync(fileFor(distDir, page), 'utf8');
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
      const fragments = [...html.matchAll(/\shref="#([^"]*)"/g)].map((match) => match[1] ?? '');
      const missing = fragments.filter(
        (fragment) => fragment !== '' && !ids.has(decodeURIComponent(fragment)),
      );
      expect(missing, `${page} links to ids it does not have`).toEqual([]);
    });
  }
});
