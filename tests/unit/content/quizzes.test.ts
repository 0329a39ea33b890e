/** The shipped knowledge checks: valid, one per lesson with mixed types, and an assessment across the course. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema, type Quiz } from '../../../src/schemas/quiz';
import { formatIssues } from '../../../src/lib/content/format-issues';
import { headingIds, shippedLessonIds } from './shipped';

const dir = join(import.meta.dirname, '..', '..', '..', 'content', 'quizzes');
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .sort();
const lessonIds = shippedLessonIds();

function load(file: string): Quiz {
  const result = quizSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
  if (!result.success)
    throw new Error(formatIssues(`content/quizzes/${file}`, result.error.issues));
  return result.data;
}

describe('shipped quizzes', () => {
  it('give every lesson a quiz, plus the final assessment', () => {
    expect(files.map((file) => file.replace('.yaml', '')).sort()).toEqual(
      [...lessonIds, 'final-assessment'].sort(),
    );
  });

  it('use all four question types across the course', () => {
    const types = new Set(
      files.flatMap((file) => load(file).questions.map((question) => question.type)),
    );
    expect([...types].sort()).toEqual(['match', 'multiple', 'order', 'single']);
  });

  for (const file of files) {
    describe(`content/quizzes/${file}`, () => {
      const quiz = () => load(file);

      it('is valid', () => {
        expect(quiz().id).toBe(file.replace('.yaml', ''));
        expect(lessonIds.has(quiz().lesson)).toBe(true);
      });

      it('links every question to a lesson passage that exists', () => {
        const broken = quiz()
          .questions.filter((question) => {
            const [lesson = '', heading] = question.lessonAnchor.split('#');
            return (
              !lessonIds.has(lesson) || (heading !== undefined && !headingIds(lesson).has(heading))
            );
          })
          .map((question) => `${question.id}: ${question.lessonAnchor}`);
        expect(broken).toEqual([]);
      });

      if (file === 'final-assessment.yaml') {
        it('has 15–20 questions drawn from every lesson, each tagged with its drivers', () => {
          const { questions } = quiz();
          expect(questions.length).toBeGreaterThanOrEqual(15);
          expect(questions.length).toBeLessThanOrEqual(20);
          const lessons = new Set(questions.map((question) => question.lessonAnchor.split('#')[0]));
          expect([...lessons].sort()).toEqual([...lessonIds].sort());
          expect(
            questions.filter((question) => question.drivers.length === 0).map((q) => q.id),
          ).toEqual([]);
        });
      } else {
        it('asks 3–5 questions of at least two types, about its own lesson', () => {
          const { questions, lesson } = quiz();
          expect(questions.length).toBeGreaterThanOrEqual(3);
          expect(questions.length).toBeLessThanOrEqual(5);
          expect(new Set(questions.map((question) => question.type)).size).toBeGreaterThanOrEqual(
            2,
          );
          expect(quiz().id).toBe(lesson);
        });
      }
    });
  }
});
