import { describe, expect, it } from 'vitest';
import { headingIdList, headingsWithoutIds, shippedLessonIds } from './shipped';

describe('lesson headings', () => {
  it('each carry an explicit id, so links to them survive translation', () => {
    expect(headingsWithoutIds()).toEqual([]);
  });

  it('have ids that are unique within their lesson', () => {
    for (const lessonId of shippedLessonIds()) {
      const ids = headingIdList(lessonId);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(repeated, `content/lessons/${lessonId}.mdx repeats heading ids`).toEqual([]);
    }
  });
});
