/**
 * For the LMS packages: after the build (and after the search index), rewrites the site built
 * under the marker base path so that every address is relative and the package works from any
 * folder an LMS serves it from. Active only when the build is for a package (see
 * src/integrations/package-course.ts, which sets the marker as BASE_PATH).
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inlineScriptsUsing, relativizeScript, relativizeText } from '../lib/build/relative-paths';

/** The base path a package is built under, replaced in every file afterwards. */
export const PACKAGE_MARKER = '/__shinrai_package_root__/';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Page data is read by pages elsewhere: its addresses must lead from those pages. */
function consumerOf(path: string): string | undefined {
  if (path.endsWith('.html') || path.endsWith('.css')) return path;
  // A lesson's knowledge check, fetched by the lesson's page (routes: quizData).
  if (/^quizzes\/[^/]+\.json$/.test(path)) return 'lessons/lesson/index.html';
  return undefined;
}

export default function relativePackage(): AstroIntegration {
  return {
    name: 'shinrai:relative-package',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (process.env['BASE_PATH'] !== PACKAGE_MARKER) return;
        const root = fileURLToPath(dir);
        let changed = 0;
        for (const file of filesUnder(root)) {
          const path = relative(root, file).split(sep).join('/');
          if (!/\.(html|css|js|json|webmanifest)$/.test(path)) continue;
          const text = readFileSync(file, 'utf8');
          if (!text.includes(PACKAGE_MARKER)) continue;
          let out: string;
          if (path.endsWith('.js')) {
            out = relativizeScript(text, PACKAGE_MARKER, path);
          } else {
            const consumer = consumerOf(path);
            if (!consumer)
              throw new Error(
                `${path}: holds site addresses, but no rule says which page reads it`,
              );
            if (path.endsWith('.html') && inlineScriptsUsing(text, PACKAGE_MARKER) > 0)
              throw new Error(
                `${path}: an inline script holds a site address, and its CSP hash would break`,
              );
            out = relativizeText(text, PACKAGE_MARKER, consumer);
          }
          writeFileSync(file, out);
          changed += 1;
        }
        logger.info(`package: made the addresses in ${changed} files relative`);
      },
    },
  };
}
