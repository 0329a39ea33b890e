/** Reads the shipped content from disk for tests that check it as a whole. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '../../../src/schemas/scenario';
import { formatIssues } from '../../../src/lib/content/format-issues';

const root = join(import.meta.dirname, '..', '..', '..');

export function shippedLessonIds(): Set<string> {
  return new Set(
    readdirSync(join(root, 'content', 'lessons'))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, '')),
  );
}

/**
 * The explicit ids of a lesson's ## and ### headings (`## Intention {#intention}`): the only ones
 * quizzes and scenarios may link to, since they stay the same when the heading is translated.
 */
export function headingIdList(lessonId: string): string[] {
  const source = readFileSync(join(root, 'content', 'lessons', `${lessonId}.mdx`), 'utf8');
  return [...source.matchAll(/^#{2,3} .+ \{#([a-z0-9-]+)\}$/gm)].map((match) => match[1] ?? '');
}

export function headingIds(lessonId: string): Set<string> {
  return new Set(headingIdList(lessonId));
}

/** Headings without an explicit id, as "file: heading", to name in a failing test. */
export function headingsWithoutIds(): string[] {
  return [...shippedLessonIds()].flatMap((lessonId) => {
    const source = readFileSync(join(root, 'content', 'lessons', `${lessonId}.mdx`), 'utf8');
    return [...source.matchAll(/^#{2,3} (.+)$/gm)]
      .map((match) => match[1] ?? '')
      .filter((heading) => !/ \{#[a-z0-9-]+\}$/.test(heading))
      .map((heading) => `content/lessons/${lessonId}.mdx: ${heading}`);
  });
}

export interface ShippedScenario {
  file: string;
  scenario: Scenario;
}

export function shippedScenarios(): ShippedScenario[] {
  const dir = join(root, 'content', 'scenarios');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const path = `content/scenarios/${file}`;
      const result = scenarioSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success) throw new Error(formatIssues(path, result.error.issues));
      return { file: path, scenario: result.data };
    });
}
