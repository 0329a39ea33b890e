import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from '../../tools/build-age';

const at = (time: string) => new Date(`${time}Z`);

/** A project folder whose files were last changed at the given times. */
function fakeProject(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'shinrai-build-age-'));
  for (const [path, time] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), '');
    utimesSync(join(root, path), at(time), at(time));
  }
  return root;
}

describe('staleBuild', () => {
  it('passes a build newer than every source', () => {
    const root = fakeProject({
      'dist/index.html': '2026-11-29T10:00:00',
      'src/i18n/en.json': '2026-11-29T09:00:00',
      'content/lessons/a.mdx': '2026-11-29T09:30:00',
      'astro.config.mjs': '2026-11-01T00:00:00',
    });
    expect(staleBuild(root)).toBeUndefined();
  });

  it('names the newest source when it changed after the build', () => {
    const root = fakeProject({
      'dist/index.html': '2026-11-29T10:00:00',
      'src/i18n/en.json': '2026-11-29T10:05:00',
      'public/favicon.svg': '2026-11-29T10:07:30',
    });
    expect(staleBuild(root)).toMatchInlineSnapshot(
      `"dist/ is older than the sources (public/favicon.svg changed at 2026-11-29 10:07:30 UTC; dist/ was built at 2026-11-29 10:00:00 UTC). Run \`npm run build\` first, or \`npm test\`."`,
    );
  });

  it('counts astro.config.mjs as a source', () => {
    const root = fakeProject({
      'dist/index.html': '2026-11-29T10:00:00',
      'astro.config.mjs': '2026-11-29T11:00:00',
    });
    expect(staleBuild(root)).toMatch(/^dist\/ is older than the sources \(astro\.config\.mjs/);
  });

  it('refuses a missing build', () => {
    const root = fakeProject({ 'src/pages/index.astro': '2026-11-29T09:00:00' });
    expect(staleBuild(root)).toMatchInlineSnapshot(
      `"dist/ has not been built (no dist/index.html). Run \`npm run build\` first, or \`npm test\`."`,
    );
  });
});
