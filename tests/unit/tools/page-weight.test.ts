import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, measurePage } from '../../tools/page-weight';
import { budgetFor } from '../../tools/budgets';

function fakeDist(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'shinrai-dist-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('measurePage', () => {
  it('counts islands, their renderer and everything they import statically, once each', () => {
    const dist = fakeDist({
      'lessons/a/index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island><script>inline()</script>',
      '_astro/a.css': 'body{color:red}',
      '_astro/Quiz.js':
        'import{h}from"./preact.js";import"./shared.js";const later=()=>import("./search.js");',
      '_astro/client.js': 'import{r}from"./preact.js";export{r};',
      '_astro/preact.js': 'export const h=1,r=2;',
      '_astro/shared.js': 'export{}from"./preact.js";',
      '_astro/search.js': 'x'.repeat(50_000),
    });
    const weight = measurePage(dist, '/lessons/a/');
    expect(weight.jsFiles.sort()).toEqual([
      '/_astro/Quiz.js',
      '/_astro/client.js',
      '/_astro/preact.js',
      '/_astro/shared.js',
    ]);
    expect(weight.js.files).toBe(5); // four modules and the inline script
    expect(weight.js.raw).toBeLessThan(1000); // the dynamically imported search chunk is not counted…
    expect(weight.deferredJs.files).toBe(1); // …but it is reported as deferred
    expect(weight.deferredJs.raw).toBe(50_000);
    expect(weight.css.files).toBe(1);
    expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip + weight.js.gzip);
  });

  it('names a script the page references but the build did not write', () => {
    const dist = fakeDist({
      'index.html': '<script type="module" src="/_astro/gone.js"></script>',
    });
    expect(() => measurePage(dist, '/')).toThrow('/_astro/gone.js is referenced but not in dist/');
  });
});

describe('builtPages', () => {
  it('turns dist files into site paths', () => {
    expect(builtPages('/d', ['/d/index.html', '/d/lessons/x/index.html', '/d/404.html'])).toEqual([
      '/',
      '/404.html',
      '/lessons/x/',
    ]);
  });
});

describe('budgetFor', () => {
  it('gives each kind of page the allowance in the README', () => {
    const allowance = (page: string) => budgetFor(page).jsGzip / 1024;
    for (const page of ['/', '/lessons/', '/scenarios/', '/about/', '/glossary/', '/404.html'])
      expect(allowance(page), page).toBe(3);
    expect(allowance('/lessons/why/')).toBe(12);
    expect(allowance('/scenarios/discount-request/')).toBe(15);
    expect(allowance('/present/discount-request/')).toBe(25);
    expect(allowance('/progress/')).toBe(20);
  });

  it('states why for every kind the issue left open', () => {
    for (const page of [
      '/search/',
      '/assessment/',
      '/present/',
      '/present/discount-request/console/',
      '/present/discount-request/script/',
    ])
      expect(budgetFor(page).reason, page).toBeTruthy();
  });
});
