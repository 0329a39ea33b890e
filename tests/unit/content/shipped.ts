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

/** Heading ids as Astro makes them (github-slugger) for the ## and ### headings of a lesson. */
export function headingIds(lessonId: string): Set<string> {
  const source = readFileSync(join(root, 'content', 'lessons', `${lessonId}.mdx`), 'utf8');
  return new Set(
    [...source.matchAll(/^#{2,3} (.+)$/gm)].map((match) =>
      (match[1] ?? '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
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
