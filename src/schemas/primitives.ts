/**
 * The rules every id, time and address follows, as plain functions: the zod schemas (at build time
 * and in the browser) check them, and the code that writes progress applies the same ones before
 * it writes, so nothing is ever saved that the schema would refuse to read back.
 */

/** Lowercase words joined by hyphens: "trust-outweighs-price", "offer-15". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** Exactly the form Date#toISOString writes, which orders correctly as text. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A time written by toISOString for a moment that exists: "2024-99-99…" is refused. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_TIME.test(value)) return false;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value;
}

export const MAX_PATH_LENGTH = 300;

/**
 * A path on this site, such as "/lessons/x/#heading": one leading slash, never two (which a
 * browser reads as another host, "//evil.example"), no scheme, no backslash, nothing to execute.
 * Percent-escapes are allowed, because the browser writes non-ASCII paths that way.
 */
const COURSE_PATH = /^\/(?![/\\])[A-Za-z0-9\-/#._~%]*$/;

export function isCoursePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_PATH_LENGTH && COURSE_PATH.test(value);
}
