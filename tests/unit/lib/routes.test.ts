/**
 * Every internal address comes from src/lib/routes.ts, under the base path and the locale, and
 * nothing else in src/ writes one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  anchorHref,
  assetIn,
  courseAddressIn,
  normalizeBase,
  routeIn,
  siteAddressIn,
} from '../../../src/lib/routes';

const root = join(import.meta.dirname, '..', '..', '..');

describe('routeIn', () => {
  const atRoot = { base: '/', locale: 'en' } as const;
  const inLms = { base: '/training/shinrai', locale: 'en' } as const;
  const japanese = { base: '/training/shinrai/', locale: 'ja' } as const;

  it('builds every address from the route, its parameters, the base path and the locale', () => {
    expect(routeIn(atRoot, 'home', undefined)).toBe('/');
    expect(routeIn(atRoot, 'lesson', { id: 'trust-outweighs-price' })).toBe(
      '/lessons/trust-outweighs-price/',
    );
    expect(routeIn(inLms, 'lesson', { id: 'a', heading: 'b' })).toBe(
      '/training/shinrai/lessons/a/#b',
    );
    expect(routeIn(inLms, 'presentConsole', { id: 'x' })).toBe(
      '/training/shinrai/present/x/console/',
    );
    expect(routeIn(japanese, 'glossary', undefined)).toBe('/training/shinrai/ja/glossary/');
    expect(routeIn(atRoot, 'search', { query: 'discount & price' })).toBe(
      '/search/?q=discount%20%26%20price',
    );
    expect(routeIn(atRoot, 'quizData', { id: 'a' })).toBe('/quizzes/a.json');
  });

  it('normalizes the base path however it is written', () => {
    for (const base of ['', '/', '//']) expect(normalizeBase(base)).toBe('/');
    for (const base of ['training/shinrai', '/training/shinrai', '/training/shinrai/'])
      expect(normalizeBase(base)).toBe('/training/shinrai/');
    expect(assetIn('/training/shinrai', '/pagefind/pagefind.js')).toBe(
      '/training/shinrai/pagefind/pagefind.js',
    );
  });

  it('names index.html for an LMS package, keeping fragments, queries and files', () => {
    const inPackage = { base: '/', locale: 'en', indexFiles: true } as const;
    expect(routeIn(inPackage, 'home', undefined)).toBe('/index.html');
    expect(routeIn(inPackage, 'lesson', { id: 'a', heading: 'b' })).toBe('/lessons/a/index.html#b');
    expect(routeIn(inPackage, 'search', { query: 'a/b' })).toBe('/search/index.html?q=a%2Fb');
    expect(routeIn(inPackage, 'term', { id: 'kacho' })).toBe('/glossary/index.html#kacho');
    expect(routeIn(inPackage, 'quizData', { id: 'a' })).toBe('/quizzes/a.json');
  });

  it('keeps where the learner is from the site root, whatever folder serves the site', () => {
    expect(courseAddressIn('/', '/lessons/a/')).toBe('/lessons/a/');
    expect(courseAddressIn('/lms/content/42/', '/lms/content/42/lessons/a/index.html')).toBe(
      '/lessons/a/',
    );
    expect(courseAddressIn('/lms/content/42/', '/lms/content/42/index.html')).toBe('/');
    expect(siteAddressIn('/lms/content/7/', true, '/lessons/a/#b')).toBe(
      '/lms/content/7/lessons/a/index.html#b',
    );
    expect(siteAddressIn('/training/shinrai/', false, '/scenarios/x/')).toBe(
      '/training/shinrai/scenarios/x/',
    );
  });

  it('escapes ids, so an id can never leave its folder', () => {
    expect(routeIn(atRoot, 'scenario', { id: '../x' })).toBe('/scenarios/..%2Fx/');
  });

  it('turns a lesson anchor into the passage it names', () => {
    expect(anchorHref('five-drivers-of-trust#intention')).toBe(
      '/lessons/five-drivers-of-trust/#intention',
    );
    expect(anchorHref('five-drivers-of-trust')).toBe('/lessons/five-drivers-of-trust/');
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(astro|tsx?|mjs)$/.test(name) ? [path] : [];
  });
}

describe('internal addresses', () => {
  it('are written only by src/lib/routes.ts and the site root it builds on', () => {
    // An attribute that starts at the site root (href="/"), or a quoted path like '/lessons/'.
    const rootPath = /(?:(?:href|src)=["'{`]?\/)|(?:['"`]\/[a-z][\w-]*[/.])/;
    const offenders = sources(join(root, 'src'))
      .filter((file) => !['routes.ts', 'site.ts'].some((own) => file.endsWith(join('lib', own))))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, index) => ({ line, at: `${relative(root, file)}:${index + 1}` }))
          .filter(({ line }) => !/^\s*(\*|\/\/|import |} from )/.test(line))
          .filter(({ line }) => rootPath.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});
