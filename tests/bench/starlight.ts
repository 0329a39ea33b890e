/**
 * Starlight beside Shinrai: builds a Starlight site from Shinrai's own lessons in a directory
 * outside the repository (installed there with npm, nothing committed) so the bench can measure
 * both the same way. Any failure, offline included, skips this part with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { starlightLesson, stubComponent } from './starlight-lesson.ts';

export const versions = { astro: '7.3.5', starlight: '0.42.4' } as const;

export const starlightDir =
  process.env['SHINRAI_BENCH_STARLIGHT'] ?? join(homedir(), '.cache', 'shinrai-bench', 'starlight');

const shinraiRoot = join(import.meta.dirname, '..', '..');

export type StarlightBuild = { root: string; buildMs: number } | { skipped: string };

const tail = (text: string) => text.trim().split('\n').slice(-6).join('\n');
/** npm's own lines about what went wrong, without its stack trace. */
const npmReason = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((line) => !/^npm error\s+at /.test(line))
    .slice(0, 4)
    .join('\n');

function installedVersion(root: string, name: string): string | undefined {
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return undefined;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
}

function install(root: string): string | undefined {
  if (
    installedVersion(root, 'astro') === versions.astro &&
    installedVersion(root, '@astrojs/starlight') === versions.starlight
  )
    return undefined;
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify(
      {
        name: 'shinrai-bench-starlight',
        private: true,
        type: 'module',
        dependencies: { astro: versions.astro, '@astrojs/starlight': versions.starlight },
      },
      null,
      2,
    ),
  );
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.error) return `npm install failed: ${result.error.message}`;
  if (result.status !== 0) return `npm install failed:\n${npmReason(result.stderr)}`;
  return undefined;
}

function writeSite(root: string): void {
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      '',
      'export default defineConfig({',
      '  integrations: [',
      '    starlight({',
      "      title: 'Shinrai',",
      "      sidebar: [{ label: 'Lessons', items: [{ autogenerate: { directory: 'lessons' } }] }],",
      '    }),',
      '  ],',
      '});',
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = {',
      '  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),',
      '};',
      '',
    ].join('\n'),
  );
  mkdirSync(join(root, 'src', 'components'), { recursive: true });
  writeFileSync(join(root, 'src', 'components', 'Stub.astro'), stubComponent);
  const docs = join(root, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(join(docs, 'lessons'), { recursive: true });
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Shinrai\n---\n\nThe course, in Starlight.\n');
  const lessons = join(shinraiRoot, 'content', 'lessons');
  for (const file of readdirSync(lessons).filter((name) => name.endsWith('.mdx')))
    writeFileSync(
      join(docs, 'lessons', file),
      starlightLesson(readFileSync(join(lessons, file), 'utf8'), '../../../components/Stub.astro'),
    );
}

/** Installs (once), writes and builds the Starlight site; says why not when it cannot. */
export function buildStarlight(): StarlightBuild {
  try {
    mkdirSync(starlightDir, { recursive: true });
    const installProblem = install(starlightDir);
    if (installProblem) return { skipped: installProblem };
    writeSite(starlightDir);
    const started = performance.now();
    const result = spawnSync(
      process.execPath,
      [join(starlightDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
      { cwd: starlightDir, encoding: 'utf8', timeout: 300_000 },
    );
    const buildMs = performance.now() - started;
    if (result.error) return { skipped: `astro build failed: ${result.error.message}` };
    if (result.status !== 0)
      return { skipped: `astro build failed:\n${tail(result.stdout + result.stderr)}` };
    return { root: starlightDir, buildMs };
  } catch (error) {
    return { skipped: `could not set up ${starlightDir}: ${String(error)}` };
  }
}
