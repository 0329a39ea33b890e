/** Every built page carries a strict CSP and no inline event handlers. */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileFor } from '../tools/page-weight';

const pages = builtPages(distDir, globSync(`${distDir}/**/*.html`));

function cspOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
}

describe('content security policy', () => {
  for (const page of pages) {
    const html = readFileSync(fileFor(distDir, page), 'utf8');

    it(`${page} allows only its own origin and hashed inline code`, () => {
      const csp = cspOf(html);
      expect(csp, `${page} has no CSP meta element`).toBeDefined();
      expect(csp).toContain("default-src 'self'");
      expect(csp).toMatch(/script-src 'self'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toMatch(/https?:\/\//);
    });

    it(`${page} has no inline event handlers or javascript: links`, () => {
      expect(html.match(/<[^>]+\son[a-z]+=["']/gi) ?? []).toEqual([]);
      expect(html).not.toMatch(/href=["']javascript:/i);
    });

    it(`${page} refers to no other origin`, () => {
      const external = [...html.matchAll(/\s(?:src|href)="(https?:\/\/[^"]+)"/g)]
        .map((match) => match[1] ?? '')
        .filter((url) => !url.startsWith('http://localhost'));
      expect(external).toEqual([]);
    });
  }
});
