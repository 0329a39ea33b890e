/**
 * What a page costs on first view, read from the built files in dist/: the HTML, the CSS it links
 * or inlines, and the JavaScript it loads, following static imports from every module script,
 * modulepreload and island (component and renderer). Dynamic import() is not followed: that code
 * loads only when the learner uses the feature, such as search, but also code a page imports
 * the moment it has loaded, so this is a lower bound: the budgets hold the browser's figure
 * (tests/tools/browser-weight.ts). Kept as a fast cross-check, in tests/dist and the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  files: number;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  /** The JavaScript files counted, as site paths; islands' runtime (Preact, the renderer) among them. */
  jsFiles: string[];
  /** Code the page fetches later by dynamic import (progress, search): reported, not budgeted. */
  deferredJs: Weight;
  total: Weight;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function weigh(chunks: readonly (string | Buffer)[]): Weight {
  return {
    files: chunks.length,
    raw: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk), 0),
    gzip: chunks.reduce((sum, chunk) => sum + gzipSize(chunk), 0),
  };
}

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter(Boolean);
}

/** The dist file that serves a site path such as /lessons/ or /_astro/x.js. */
/** The base path the build was made for (BASE_PATH, as astro.config.mjs reads it): "/" usually. */
const base = `/${(process.env['BASE_PATH'] ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export function fileFor(dist: string, sitePath: string): string {
  const onSite = sitePath.startsWith(base) ? `/${sitePath.slice(base.length)}` : sitePath;
  const clean = decodeURI(onSite.split(/[?#]/)[0] ?? '/');
  return clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

const staticImport =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"']+\.m?js)["']/g;

/** A module specifier as a site path: absolute ones stand as they are, relative ones resolve. */
function resolve(from: string, specifier: string): string {
  return specifier.startsWith('/')
    ? posix.normalize(specifier)
    : posix.normalize(posix.join(posix.dirname(from), specifier));
}

function followImports(dist: string, entries: readonly string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const sitePath = queue.shift();
    if (sitePath === undefined || seen.has(sitePath)) continue;
    const file = fileFor(dist, sitePath);
    if (!existsSync(file)) throw new Error(`${sitePath} is referenced but not in dist/`);
    const source = readFileSync(file, 'utf8');
    seen.set(sitePath, source);
    for (const specifier of attributeValues(source, staticImport))
      queue.push(resolve(sitePath, specifier));
  }
  return seen;
}

export function measurePage(dist: string, page: string): PageWeight {
  const html = readFileSync(fileFor(dist, page), 'utf8');

  const stylesheets = attributeValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g);
  const inlineStyles = attributeValues(html, /<style[^>]*>([\s\S]*?)<\/style>/g);
  const css = weigh([
    ...stylesheets.map((href) => readFileSync(fileFor(dist, href))),
    ...inlineStyles,
  ]);

  const moduleScripts = [
    ...attributeValues(html, /<script[^>]+src="([^"]+)"/g),
    ...attributeValues(html, /<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
    // Islands that wake only when scrolled near (client:visible) are not part of the first view.
    ...attributeValues(html, /<astro-island(?![^>]*client="visible")[^>]*component-url="([^"]+)"/g),
    ...attributeValues(html, /<astro-island(?![^>]*client="visible")[^>]*renderer-url="([^"]+)"/g),
  ];
  const inlineScripts = attributeValues(html, /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g);
  const modules = followImports(dist, moduleScripts);
  // Inline module scripts may import bundles too.
  const inlineImports = followImports(
    dist,
    inlineScripts.flatMap((code) => attributeValues(code, staticImport)),
  );
  for (const [path, source] of inlineImports) modules.set(path, source);
  const js = weigh([...modules.values(), ...inlineScripts]);

  // Rolldown writes dynamic imports with template literals, so accept ` as well as quotes.
  const dynamicImport = /import\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;
  const lazyEntries = [
    ...[...modules.entries()].flatMap(([path, source]) =>
      attributeValues(source, dynamicImport).map((specifier) => resolve(path, specifier)),
    ),
    // Inline scripts live in the page, so their imports are relative to the site root.
    ...inlineScripts.flatMap((code) =>
      attributeValues(code, dynamicImport).map((specifier) => resolve('/', specifier)),
    ),
  ];
  const lazy = followImports(dist, lazyEntries);
  const deferredJs = weigh(
    [...lazy].filter(([path]) => !modules.has(path)).map(([, source]) => source),
  );

  const htmlWeight = weigh([html]);
  return {
    page,
    html: htmlWeight,
    css,
    js,
    jsFiles: [...modules.keys()],
    deferredJs,
    total: {
      files: htmlWeight.files + css.files + js.files,
      raw: htmlWeight.raw + css.raw + js.raw,
      gzip: htmlWeight.gzip + css.gzip + js.gzip,
    },
  };
}

/** Every built page as a site path: dist/lessons/x/index.html → /lessons/x/, dist/404.html → /404.html. */
export function builtPages(dist: string, htmlFiles: readonly string[]): string[] {
  return htmlFiles
    .map((file) => file.slice(dist.length).split('\\').join('/'))
    .map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
    .sort();
}

export const distDir = join(dirname(new URL(import.meta.url).pathname), '..', '..', 'dist');
