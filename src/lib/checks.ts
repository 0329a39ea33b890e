/**
 * Small readers for untrusted data (stored progress, a classroom session from another window):
 * each checks one value and returns a clean copy, or throws Invalid naming the path and the rule.
 * They replace a schema library in the browser; the zod schemas stay the documented shapes, and
 * tests hold each guard to its schema's verdict.
 */
import { isId, isTimestamp } from '../schemas/primitives';

/** Where the first problem was found: "lessons.x.visitedAt: not a real time". */
export class Invalid extends Error {}

export type Path = readonly (string | number)[];

export function fail(path: Path, message: string): never {
  throw new Invalid(`${path.join('.')}: ${message}`);
}

export function object(value: unknown, path: Path): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'expected an object');
  }
  return value as Record<string, unknown>;
}

export function int(value: unknown, path: Path, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path, 'expected an integer');
  if (value < min || value > max) fail(path, `expected ${min} to ${max}`);
  return value;
}

export function text(value: unknown, path: Path, max = Number.POSITIVE_INFINITY): string {
  if (typeof value !== 'string') fail(path, 'expected text');
  if (value.length > max) fail(path, `longer than ${max}`);
  return value;
}

export function timestamp(value: unknown, path: Path): string {
  if (!isTimestamp(value)) fail(path, 'not a real time');
  return value;
}

export function id(value: unknown, path: Path): string {
  if (!isId(value)) fail(path, 'not an id');
  return value;
}

export function array<T>(
  value: unknown,
  path: Path,
  max: number,
  item: (v: unknown, p: Path) => T,
): T[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  if (value.length > max) fail(path, `more than ${max} items`);
  return value.map((entry, index) => item(entry, [...path, index]));
}

export function record<T>(value: unknown, path: Path, entry: (v: unknown, p: Path) => T) {
  const source = object(value, path);
  const result: Record<string, T> = {};
  for (const key of Object.keys(source)) {
    if (key === '__proto__') continue; // never assigned, as the schema library does
    id(key, [...path, key]);
    result[key] = entry(source[key], [...path, key]);
  }
  return result;
}

/** An optional field: absent (or undefined) stays absent. */
export function optional<T>(
  source: Record<string, unknown>,
  key: string,
  path: Path,
  read: (v: unknown, p: Path) => T,
): Partial<Record<string, T>> {
  const value = source[key];
  return value === undefined ? {} : { [key]: read(value, [...path, key]) };
}

/** Whether a value reads, without throwing: the clean copy, or undefined. */
export function reads<T>(read: (value: unknown) => T, value: unknown): T | undefined {
  try {
    return read(value);
  } catch (error) {
    if (error instanceof Invalid) return undefined;
    throw error;
  }
}

export function boolean(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') fail(path, 'expected true or false');
  return value;
}
