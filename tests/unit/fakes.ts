/** Small factories so tests state only what matters to them. */
import type { LessonFrontmatter } from '../../src/schemas/lesson';

export function fakeLessonFrontmatter(
  overrides: Partial<LessonFrontmatter> = {},
): LessonFrontmatter {
  return {
    title: 'Why trust outweighs price',
    order: 2,
    summary: 'A discount can win one deal, but only trust brings the buyer back.',
    objectives: [
      'explain why a discount wins a deal but not a customer',
      'name two costs of cutting price',
    ],
    takeaway: 'Trust keeps customers coming back; a price cut only wins the order in front of you.',
    minutes: 5,
    drivers: ['intention', 'valueCreation'],
    ...overrides,
  };
}

export function fakeLessonEntry(id: string, order: number) {
  return { id, filePath: `content/lessons/${id}.mdx`, data: { order } };
}
