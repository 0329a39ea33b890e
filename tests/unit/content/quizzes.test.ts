/** The shipped knowledge checks: valid, one per lesson with mixed types, and an assessment across the course. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema, type Quiz } from '../../../src/schemas/quiz';
import { drawQuestions, lessonOf } from '../../../src/lib/quiz/draw';
import { formatIssues } from '../../../src/lib/content/format-issues';
import { quizTells } from '../../../src/lib/content/tells';
import { formatProblems } from '../../../src/lib/scenario/validate';
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

  it('give no tells across the course: varied multiple-answer patterns, right answers not the longest', () => {
    const quizzes = files.map((file) => ({ file: `content/quizzes/${file}`, quiz: load(file) }));
    expect(formatProblems('content/quizzes', quizTells(quizzes))).toBe('');
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
        it('is a bank of 40 or more, at least 5 per lesson, every lesson covered, each tagged with its drivers', () => {
          const { questions } = quiz();
          expect(questions.length).toBeGreaterThanOrEqual(40);
          const perLesson = Map.groupBy(questions, lessonOf);
          expect([...perLesson.keys()].sort()).toEqual([...lessonIds].sort());
          const thin = [...perLesson]
            .filter(([, pool]) => pool.length < 5)
            .map(([lesson, pool]) => `${lesson}: ${pool.length}`);
          expect(thin).toEqual([]);
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

describe('the final assessment as drawn', () => {
  const bank = () => load('final-assessment.yaml');

  it('draws 2 questions per lesson, 16 in all, in course order', () => {
    const { questions, draw } = bank();
    expect(draw).toBe(2);
    const attempt = drawQuestions(questions, draw, 1234);
    expect(attempt).toHaveLength(2 * lessonIds.size);
    const lessons = [...new Set(attempt.map(lessonOf))];
    expect(lessons).toEqual([...new Set(questions.map(lessonOf))]);
    for (const lesson of lessons)
      expect(attempt.filter((question) => lessonOf(question) === lesson)).toHaveLength(2);
  });

  it('can reach every question in the bank, so a retake is a new test', () => {
    const { questions, draw } = bank();
    const seen = new Set<string>();
    for (let seed = 0; seed < 300; seed++)
      for (const question of drawQuestions(questions, draw, seed)) seen.add(question.id);
    expect(questions.map((question) => question.id).filter((id) => !seen.has(id))).toEqual([]);
  });
});

describe('lesson quizzes', () => {
  for (const file of files.filter((name) => name !== 'final-assessment.yaml')) {
    it(`content/quizzes/${file} asks every question about its own lesson and asks them all`, () => {
      const { questions, lesson, draw } = load(file);
      expect(draw).toBeUndefined();
      expect(
        questions.filter((question) => lessonOf(question) !== lesson).map((q) => q.id),
      ).toEqual([]);
    });
  }
});
