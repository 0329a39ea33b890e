/**
 * What the packager tells the manifest writers about a package, and the checks that keep every
 * manifest valid against its schema whatever the course's title or file names hold.
 */
import { illegalXmlChar } from './xml';

export type PackageKind = 'scorm12' | 'scorm2004' | 'cmi5';

export interface ManifestInput {
  /**
   * The package's identifier, an xs:ID: a letter or '_', then letters, digits, '.', '-' or '_'.
   * The organisation, item and resource identifiers add a suffix to it.
   */
  identifier: string;
  /** The course title an LMS lists. */
  title: string;
  /**
   * What the course covers, for cmi5's required descriptions (the title stands in without one).
   * SCORM keeps descriptions in LOM metadata, which these manifests leave out.
   */
  description?: string | undefined;
  /** The package version, at most 20 characters (IMS CP 1.1.2's limit). */
  version: string;
  /** The package-relative file the LMS launches, e.g. 'lms/launch.html'; one of `files`. */
  launch: string;
  /** Every package-relative file path of the course, '/'-separated (not the manifest or schemas). */
  files: readonly string[];
  /** The course pass mark in percent, a whole number from 0 to 100 (PASS_PERCENT). */
  masteryPercent: number;
  /** The language of the title and description, an xs:language tag such as 'en' or 'ja'. */
  language: string;
}

export interface Cmi5Input extends ManifestInput {
  /** The course's IRI, e.g. 'https://example.com/shinrai'; the AU's IRI adds '/au' to it. */
  activityId: string;
}

/** IMS CP 1.1.2 (SCORM 1.2) limits a title to 200 characters and a version to 20. */
const SCORM12_TITLE_MAX = 200;
const VERSION_MAX = 20;

/** A string's length as XML Schema counts it: in characters (code points), not UTF-16 units. */
const characters = (text: string): number => Array.from(text).length;

const xsId = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const xsLanguage = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;
/**
 * An absolute IRI (RFC 3987: a scheme, no spaces or <>"{}|\^`), without a fragment, so that
 * '/au' appended makes another IRI rather than a fragment of this one.
 */
const absoluteIri = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s#<>"{}|\\^`]+$/;

/** Why a file path cannot go into a package, or undefined when it can. */
function pathProblem(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path.startsWith('/')) return 'must be relative to the package root, without a leading /';
  if (path.includes('\\')) return "must separate folders with '/', not '\\'";
  if (path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..'))
    return "has an empty, '.' or '..' folder";
  const illegal = illegalXmlChar(path);
  return illegal ? `holds ${illegal}, which XML cannot carry` : undefined;
}

/** Every reason the input cannot make a valid manifest of this kind, in plain words. */
export function manifestProblems(input: ManifestInput | Cmi5Input, kind: PackageKind): string[] {
  const problems: string[] = [];
  if (!xsId.test(input.identifier))
    problems.push(
      `identifier '${input.identifier}' must start with a letter or '_' and hold only letters, digits, '.', '-' and '_' (an xs:ID)`,
    );
  const texts = { title: input.title, description: input.description, version: input.version };
  for (const [field, text] of Object.entries(texts)) {
    const illegal = text === undefined ? undefined : illegalXmlChar(text);
    if (illegal) problems.push(`${field} holds ${illegal}, which XML cannot carry`);
  }
  if (input.title.trim() === '') problems.push('title is empty');
  if (kind === 'scorm12' && characters(input.title) > SCORM12_TITLE_MAX)
    problems.push(
      `title has ${characters(input.title)} characters; SCORM 1.2 allows ${SCORM12_TITLE_MAX}`,
    );
  if (input.version === '' || characters(input.version) > VERSION_MAX)
    problems.push(`version '${input.version}' must have 1 to ${VERSION_MAX} characters`);
  if (!xsLanguage.test(input.language))
    problems.push(`language '${input.language}' is not a language tag such as 'en' or 'ja'`);
  if (
    !Number.isInteger(input.masteryPercent) ||
    input.masteryPercent < 0 ||
    input.masteryPercent > 100
  )
    problems.push(`masteryPercent ${input.masteryPercent} must be a whole number from 0 to 100`);
  if (input.files.length === 0) problems.push('files is empty: a package needs its files');
  for (const path of input.files) {
    const problem = pathProblem(path);
    if (problem) problems.push(`file '${path}' ${problem}`);
  }
  const repeated = input.files.filter((path, index) => input.files.indexOf(path) !== index);
  for (const path of new Set(repeated)) problems.push(`file '${path}' is listed twice`);
  if (!input.files.includes(input.launch))
    problems.push(`launch '${input.launch}' is not one of the files`);
  if (kind === 'cmi5' && !('activityId' in input && absoluteIri.test(input.activityId)))
    problems.push(
      `activityId '${'activityId' in input ? input.activityId : ''}' must be an absolute IRI without spaces or '#', e.g. 'https://example.com/shinrai'`,
    );
  return problems;
}

/** Throws one error naming every problem, so the packager stops before writing a bad zip. */
export function assertManifestInput(input: ManifestInput | Cmi5Input, kind: PackageKind): void {
  const problems = manifestProblems(input, kind);
  if (problems.length > 0)
    throw new Error(
      `Cannot write the ${kind} manifest:\n${problems.map((problem) => `- ${problem}`).join('\n')}`,
    );
}
