/**
 * Knowledge checks in content/quizzes/*.yaml: one quiz per lesson, and the final assessment.
 * Shape and per-question rules are checked here; that each lesson exists is checked in src/content.ts.
 */
import { z } from 'astro/zod';
import { driverSchema } from './driver';

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase words joined by hyphens, such as "why-discounts"',
  );

const text = z.string().trim().min(2);

/** "lesson-id#heading-id": the passage a learner should reread. */
const lessonAnchor = z
  .string()
  .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write it as "lesson-id#heading-id"');

const base = {
  id,
  /** The question as the learner reads it. */
  prompt: text,
  /** Shown after answering, whatever the answer: why the right answer is right. */
  explanation: text,
  lessonAnchor,
  /** Trust drivers the question tests; the assessment's breakdown groups missed questions by them. */
  drivers: z.array(driverSchema).default([]),
};

export const optionSchema = z
  .object({
    id,
    text,
    correct: z.boolean().default(false),
    /** Why this option is right or wrong; shown when it is chosen. */
    feedback: text,
  })
  .strict();

const singleSchema = z
  .object({ ...base, type: z.literal('single'), options: z.array(optionSchema).min(2).max(6) })
  .strict();
const multipleSchema = z
  .object({ ...base, type: z.literal('multiple'), options: z.array(optionSchema).min(2).max(6) })
  .strict();

export const orderItemSchema = z.object({ id, text, feedback: text }).strict();
/** Items listed in the correct order; the learner sees them shuffled. */
const orderSchema = z
  .object({ ...base, type: z.literal('order'), items: z.array(orderItemSchema).min(3).max(5) })
  .strict();

export const matchPairSchema = z
  .object({
    id,
    /** The behaviour the learner matches. */
    text,
    /** The trust driver it shows. */
    driver: driverSchema,
    feedback: text,
  })
  .strict();
const matchSchema = z
  .object({ ...base, type: z.literal('match'), pairs: z.array(matchPairSchema).min(3).max(5) })
  .strict();

export const questionSchema = z
  .discriminatedUnion('type', [singleSchema, multipleSchema, orderSchema, matchSchema])
  .superRefine((question, context) => {
    const ids =
      question.type === 'order'
        ? question.items.map((item) => item.id)
        : question.type === 'match'
          ? question.pairs.map((pair) => pair.id)
          : question.options.map((option) => option.id);
    const repeated = ids.filter((value, index) => ids.indexOf(value) !== index);
    if (repeated.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `question '${question.id}': option id '${repeated[0] ?? ''}' is used more than once`,
      });
    }
    if (question.type === 'single') {
      const correct = question.options.filter((option) => option.correct).length;
      if (correct !== 1) {
        context.addIssue({
          code: 'custom',
          message: `question '${question.id}': a single-answer question needs exactly 1 correct option, not ${correct}`,
        });
      }
    }
    if (question.type === 'multiple' && !question.options.some((option) => option.correct)) {
      context.addIssue({
        code: 'custom',
        message: `question '${question.id}': a multiple-answer question needs at least 1 correct option`,
      });
    }
  });

export const quizSchema = z
  .object({
    /** The lesson id for a lesson's quiz; "final-assessment" for the assessment. */
    id,
    /** The lesson the quiz checks; for the assessment, the course's last lesson. */
    lesson: id,
    /** The quiz's name, such as "Final assessment"; lesson quizzes leave it out. */
    title: text.optional(),
    /** Questions drawn per lesson per attempt; the lesson is the lessonAnchor's lesson. Unset: ask them all. */
    draw: z.number().int().positive().optional(),
    /** Every question, or with `draw`, the bank an attempt draws from. Lesson quizzes ask 3–5 (checked in tests). */
    questions: z
      .array(questionSchema)
      .min(3, 'ask at least 3 questions')
      .max(80, 'keep the quiz to at most 80 questions'),
  })
  .strict()
  .superRefine((quiz, context) => {
    const ids = quiz.questions.map((question) => question.id);
    const repeated = ids.find((value, index) => ids.indexOf(value) !== index);
    if (repeated)
      context.addIssue({
        code: 'custom',
        path: ['questions'],
        message: `question id '${repeated}' is used more than once`,
      });
    if (quiz.draw === undefined) return;
    const perLesson = new Map<string, number>();
    for (const question of quiz.questions) {
      // Same rule as lessonOf in src/lib/quiz/draw.ts, kept here so the schema imports nothing from lib.
      const lesson = question.lessonAnchor.split('#')[0] ?? '';
      perLesson.set(lesson, (perLesson.get(lesson) ?? 0) + 1);
    }
    for (const [lesson, count] of perLesson) {
      if (count < quiz.draw)
        context.addIssue({
          code: 'custom',
          path: ['questions'],
          message: `lesson '${lesson}' has ${count} question${count === 1 ? '' : 's'}, fewer than the ${quiz.draw} drawn per attempt`,
        });
    }
  });

export type Quiz = z.infer<typeof quizSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
