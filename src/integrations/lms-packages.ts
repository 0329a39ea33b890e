/**
 * The LMS packages, after a build for them (`npm run package`, which builds under the marker
 * base path; otherwise this does nothing). Once the search index is written, it makes every
 * address relative, so a package works from whatever folder its LMS serves it from, then writes
 * packages/shinrai-scorm12.zip, shinrai-scorm2004.zip and shinrai-cmi5.zip: the whole course,
 * its manifest at the root (imsmanifest.xml, or cmi5.xml) and the schema files the manifest names.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PACKAGE_MARKER } from './package-marker';
import {
  cmi5Manifest,
  schemaFiles,
  scorm12Manifest,
  scorm2004Manifest,
  type ManifestInput,
  type PackageKind,
} from '../lib/lms/manifest';
import { PASS_PERCENT } from '../lib/quiz/assessment';
import { routeIn } from '../lib/routes';
import { inlineScriptsUsing, relativizeScript, relativizeText } from '../lib/build/relative-paths';

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

export default function lmsPackages(): AstroIntegration {
  let project = process.cwd();
  return {
    name: 'shinrai:lms-packages',
    hooks: {
      'astro:config:done': ({ config }) => {
        project = fileURLToPath(config.root);
      },
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
        writePackages(project, root, logger);
      },
    },
  };
}

/**
 * The course's IRI in cmi5.xml; its one AU is this plus '/au' (cmi5Ids). An LMS keys a learner's
 * records on these, so they never change between versions of the course.
 */
const CMI5_COURSE_ID = 'https://shinrai.example/xapi/courses/shinrai';

/** The manifest's file name and text for a package. */
function manifestOf(kind: PackageKind, input: ManifestInput): [string, string] {
  if (kind === 'cmi5') return ['cmi5.xml', cmi5Manifest({ ...input, activityId: CMI5_COURSE_ID })];
  return [
    'imsmanifest.xml',
    kind === 'scorm12' ? scorm12Manifest(input) : scorm2004Manifest(input),
  ];
}

/** Writes the zips to packages/ in the project, from the relative build in `built`. */
function writePackages(
  project: string,
  built: string,
  logger: { info(message: string): void },
): void {
  const files = filesUnder(built).map((file) => relative(built, file).split(sep).join('/'));
  const { version } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as {
    version: string;
  };
  const input: ManifestInput = {
    identifier: 'shinrai',
    title: 'Shinrai: trust-based selling for B2B in Japan',
    description:
      'Win loyalty and reorders through trust instead of discounts: eight lessons, nine role-plays and a final assessment.',
    version,
    // The launch page holds the LMS session (src/pages/lms/launch.astro).
    launch: routeIn({ base: '', locale: 'en', indexFiles: true }, 'lmsLaunch', undefined).slice(1),
    files,
    masteryPercent: PASS_PERCENT,
    language: 'en',
  };
  const course: Zippable = {};
  for (const file of files) course[file] = readFileSync(join(built, file));
  const out = join(project, 'packages');
  mkdirSync(out, { recursive: true });
  for (const kind of ['scorm12', 'scorm2004', 'cmi5'] as const) {
    const [name, manifest] = manifestOf(kind, input);
    const zip: Zippable = { ...course, [name]: strToU8(manifest) };
    for (const schema of schemaFiles(kind)) {
      zip[schema] = readFileSync(join(project, 'src', 'lms-schemas', kind, schema));
    }
    const bytes = zipSync(zip, { level: 9 });
    writeFileSync(join(out, `shinrai-${kind}.zip`), bytes);
    logger.info(
      `package: packages/shinrai-${kind}.zip, ${files.length} files, ${Math.round(bytes.length / 1024)} KB`,
    );
  }
}
