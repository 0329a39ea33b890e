/**
 * Imports flow one way: pages → layouts → components → islands and scripts → stores → lib →
 * schemas, with the UI strings (i18n) beside lib and the build's own integrations on top of lib.
 * This reads every import in src/ and says which one crosses a layer the wrong way, and finds any
 * import cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

/** Each layer, and the layers it may import. */
const allowed: Record<string, readonly string[]> = {
  schemas: ['schemas'],
  lib: ['lib', 'schemas'],
  i18n: ['i18n', 'lib', 'schemas'],
  stores: ['stores', 'lib', 'schemas'],
  islands: ['islands', 'stores', 'lib', 'schemas', 'i18n'],
  scripts: ['scripts', 'islands', 'stores', 'lib', 'schemas', 'i18n'],
  content: ['content', 'lib', 'schemas'],
  components: ['components', 'islands', 'scripts', 'stores', 'lib', 'schemas', 'i18n', 'content'],
  layouts: ['layouts', 'components', 'islands', 'scripts', 'lib', 'schemas', 'i18n', 'content'],
  pages: [
    'pages',
    'layouts',
    'components',
    'islands',
    'scripts',
    'lib',
    'schemas',
    'i18n',
    'content',
  ],
  integrations: ['integrations', 'lib', 'schemas'],
  styles: ['styles'],
};

function layerOf(file: string): string {
  const path = relative(src, file);
  if (path === 'content.ts' || path === 'content.config.ts') return 'content';
  return path.split(/[\\/]/)[0] ?? '';
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(astro|tsx?)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const extensions = ['', '.ts', '.tsx', '.astro', '/index.ts'];

/** The src/ files a file imports (relative imports of code; styles and JSON are not layers). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:import|export)\s[^'"`]*?from\s*['"](\.[^'"]+)['"]/g),
    ...source.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g),
    ...source.matchAll(/import\s+['"](\.[^'"]+\.(?:ts|tsx))['"]/g),
  ].map((match) => match[1] ?? '');
  return specifiers
    .map((specifier) => resolve(dirname(file), specifier))
    .flatMap((base) => {
      const found = extensions
        .map((ext) => base + ext)
        .find((path) => existsSync(path) && statSync(path).isFile());
      return found && found.startsWith(src) && /\.(astro|tsx?)$/.test(found) ? [found] : [];
    });
}

const graph = new Map(files(src).map((file) => [file, importsOf(file)]));

describe('the import graph', () => {
  it('has every file in a known layer', () => {
    const unknown = [...graph.keys()].filter((file) => !(layerOf(file) in allowed));
    expect(unknown.map((file) => relative(src, file))).toEqual([]);
  });

  it('flows one way', () => {
    const wrong = [...graph].flatMap(([file, imports]) =>
      imports
        .filter((target) => !(allowed[layerOf(file)] ?? []).includes(layerOf(target)))
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((f) => relative(src, f)).join(' → '),
        );
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
