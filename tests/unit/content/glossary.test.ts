/** The shipped glossary: 25–40 valid terms, cross-references that resolve, lessons that exist. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { glossarySchema } from '../../../src/schemas/glossary';
import { formatIssues } from '../../../src/lib/content/format-issues';
import { shippedLessonIds } from './shipped';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'glossary');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const ids = new Set(files.map((file) => file.replace('.yaml', '')));
const lessonIds = shippedLessonIds();

describe('shipped glossary', () => {
  it('holds 25–40 terms', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files.length).toBeLessThanOrEqual(40);
  });

  it('includes the course’s key terms', () => {
    for (const id of [
      'trusted-advisor',
      'product-pusher',
      'win-win',
      'win-lose',
      'intention',
      'competence',
      'customer-focus',
      'communication',
      'value-creation',
      'reorder',
      'nemawashi',
      'meishi',
    ]) {
      expect(ids, `missing ${id}`).toContain(id);
    }
  });

  for (const file of files) {
    it(`content/glossary/${file} is valid and its references resolve`, () => {
      const result = glossarySchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
      if (!result.success)
        throw new Error(formatIssues(`content/glossary/${file}`, result.error.issues));
      expect(result.data.related.filter((id) => !ids.has(id))).toEqual([]);
      expect(result.data.lessons.filter((id) => !lessonIds.has(id))).toEqual([]);
    });
  }
});
