/**
 * xmllint (libxml2-utils) for the manifest tests: schema validation in a temporary package root
 * holding only the schema files the package ships, and XPath to read a manifest back.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { schemaFiles, validationSchema, type PackageKind } from '../../../../src/lib/lms/manifest';

const root = join(import.meta.dirname, '..', '..', '..', '..');

/** The schema folder: LMS_SCHEMAS_DIR (relative to the project root, or absolute), else src/lms-schemas. */
export const schemasDir = resolve(root, process.env['LMS_SCHEMAS_DIR'] ?? 'src/lms-schemas');

function xmllint(args: string[], stdin?: string) {
  const run = spawnSync('xmllint', args, {
    encoding: 'utf8',
    ...(stdin === undefined ? {} : { input: stdin }),
  });
  if (run.error)
    throw new Error(
      `xmllint could not run (${run.error.message}). Install libxml2-utils (Debian: apt-get install libxml2-utils).`,
    );
  return { status: run.status, stdout: run.stdout, output: `${run.stdout}${run.stderr}` };
}

/** The manifest's file name in each kind of package. */
export const manifestName: Record<PackageKind, string> = {
  scorm12: 'imsmanifest.xml',
  scorm2004: 'imsmanifest.xml',
  cmi5: 'cmi5.xml',
};

/**
 * `xmllint --noout --nonet --schema wrapper.xsd <manifest>` in a folder with the manifest and
 * only the schema files the package ships (cmi5 ships none, so CourseStructure.xsd stands in).
 */
export function validate(
  kind: PackageKind,
  manifest: string,
): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), `shinrai-${kind}-`));
  try {
    const files = kind === 'cmi5' ? ['CourseStructure.xsd'] : schemaFiles(kind);
    for (const file of files) copyFileSync(join(schemasDir, kind, file), join(dir, file));
    writeFileSync(join(dir, 'wrapper.xsd'), validationSchema(kind));
    writeFileSync(join(dir, manifestName[kind]), manifest);
    const { status, output } = xmllint([
      '--noout',
      '--nonet',
      '--schema',
      join(dir, 'wrapper.xsd'),
      join(dir, manifestName[kind]),
    ]);
    return { status, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The string value of an XPath 1.0 expression over the XML (names by local-name()). */
export function xpath(xml: string, expression: string): string {
  const { status, stdout, output } = xmllint(
    ['--nonet', '--xpath', `string(${expression})`, '-'],
    xml,
  );
  if (status !== 0) throw new Error(`xmllint --xpath '${expression}' failed:\n${output}`);
  // xmllint ends a string result with a line break of its own.
  return stdout.replace(/\n$/, '');
}

/** How many nodes an XPath 1.0 expression selects. */
export function count(xml: string, expression: string): number {
  return Number(xpath(xml, `count(${expression})`));
}
