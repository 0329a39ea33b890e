/**
 * Whether dist/ was built from the sources as they are now. `playwright test` on its own serves
 * whatever dist/ holds, so the end-to-end tests ask this first rather than pass or fail against
 * an old build. The build's time is that of dist/index.html, which every build writes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the site is built from: a change to any of these needs a new build. */
export const buildSources = ['src', 'content', 'public', 'astro.config.mjs'] as const;

interface Newest {
  path: string;
  mtimeMs: number;
}

function newestUnder(path: string): Newest | undefined {
  if (!existsSync(path)) return undefined;
  const stats = statSync(path);
  if (!stats.isDirectory()) return { path, mtimeMs: stats.mtimeMs };
  let newest: Newest | undefined;
  for (const entry of readdirSync(path)) {
    const candidate = newestUnder(join(path, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}

const clock = (mtimeMs: number) => new Date(mtimeMs).toISOString().replace('T', ' ').slice(0, 19);

const advice = 'Run `npm run build` first, or `npm test`.';

/**
 * Why the build under `root` can't be tested as it is, in words; undefined when it is up to
 * date. The build is dist/, or OUT_DIR as astro.config.mjs reads it.
 */
export function staleBuild(
  root: string,
  outDir = process.env['OUT_DIR'] ?? 'dist',
): string | undefined {
  const built = join(root, outDir, 'index.html');
  if (!existsSync(built))
    return `${outDir}/ has not been built (no ${outDir}/index.html). ${advice}`;
  const builtAt = statSync(built).mtimeMs;
  const newest = buildSources
    .map((source) => newestUnder(join(root, source)))
    .reduce<Newest | undefined>(
      (latest, candidate) =>
        candidate && (!latest || candidate.mtimeMs > latest.mtimeMs) ? candidate : latest,
      undefined,
    );
  if (!newest || newest.mtimeMs <= builtAt) return undefined;
  return (
    `${outDir}/ is older than the sources (${relative(root, newest.path)} changed at ` +
    `${clock(newest.mtimeMs)} UTC; ${outDir}/ was built at ${clock(builtAt)} UTC). ${advice}`
  );
}
