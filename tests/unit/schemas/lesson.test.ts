import { describe, expect, it } from 'vitest';
import { lessonSchema } from '../../../src/schemas/lesson';
import { formatIssues } from '../../../src/lib/content/format-issues';
import { fakeLessonFrontmatter } from '../fakes';

function errorsFor(frontmatter: unknown): string {
  const result = lessonSchema.safeParse(frontmatter);
  return result.success ? '' : formatIssues('content/lessons/bad.mdx', result.error.issues);
}

describe('lessonSchema', () => {
  it('accepts complete frontmatter', () => {
    const parsed = lessonSchema.parse(fakeLessonFrontmatter());
    expect(parsed.drivers).toEqual(['intention', 'valueCreation']);
  });

  it('names the file and every bad field in bad frontmatter', () => {
    const bad = {
      ...fakeLessonFrontmatter(),
      objectives: ['only one objective is listed'],
      drivers: ['honesty'],
      minutes: 0,
    };
    expect(errorsFor(bad)).toMatchInlineSnapshot(`
      "content/lessons/bad.mdx: objectives: list at least 2 objectives
      content/lessons/bad.mdx: minutes: Too small: expected number to be >=1
      content/lessons/bad.mdx: drivers[0]: Invalid option: expected one of "intention"|"competence"|"customerFocus"|"communication"|"valueCreation""
    `);
  });

  it('reports a missing takeaway by name', () => {
    const { takeaway: _omitted, ...withoutTakeaway } = fakeLessonFrontmatter();
    expect(errorsFor(withoutTakeaway)).toContain('content/lessons/bad.mdx: takeaway:');
  });

  it('refuses more than four objectives', () => {
    const objectives = Array.from({ length: 5 }, (_, i) => `do the thing number ${i + 1}`);
    expect(errorsFor(fakeLessonFrontmatter({ objectives }))).toContain(
      'objectives: list at most 4 objectives',
    );
  });

  it('refuses a driver listed twice', () => {
    expect(errorsFor(fakeLessonFrontmatter({ drivers: ['competence', 'competence'] }))).toContain(
      'drivers: a driver is listed twice',
    );
  });

  it('refuses unknown fields, which are usually typos', () => {
    expect(errorsFor({ ...fakeLessonFrontmatter(), minuets: 4 })).toContain('minuets');
  });
});
