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

import type { Choice, Ending, Scenario, ScenarioNode } from '../../src/schemas/scenario';

export function fakeChoice(overrides: Partial<Choice> = {}): Choice {
  return {
    id: 'listen',
    label: 'Could you tell me more about what is driving this?',
    next: 'reorder',
    stance: 'win-win',
    effects: { intention: 5 },
    deal: 0,
    reaction: 'She nods and opens her notebook.',
    why: 'Intention: asking first shows you want a result that works for both sides.',
    ...overrides,
  };
}

/** A decision with one win-win and one win-lose reply, both leading to `next`. */
export function fakeNode(overrides: Partial<ScenarioNode> & { next?: string } = {}): ScenarioNode {
  const { next = 'reorder', ...rest } = overrides;
  return {
    id: 'ask',
    says: 'Your competitor has offered us fifteen percent less.',
    choices: [
      fakeChoice({ id: 'listen', next, stance: 'win-win', effects: { intention: 6 } }),
      fakeChoice({
        id: 'discount',
        next,
        stance: 'win-lose',
        effects: { intention: -10 },
        deal: 2_000_000,
      }),
    ],
    ...rest,
  };
}

export function fakeEnding(overrides: Partial<Ending> = {}): Ending {
  return {
    id: 'reorder',
    outcome: 'reorder',
    title: 'The reorder',
    text: 'She renews and brings you into the next plant project.',
    lifetime: 90_000_000,
    basis: 'Quarterly reorders at the current volume for three years.',
    ...overrides,
  };
}

/** Two decisions in a row, then one of two endings. */
export function fakeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'fake',
    title: 'A fake scenario',
    summary: 'A buyer asks for a discount and the learner decides how to answer.',
    lesson: 'trust-outweighs-price',
    minutes: 5,
    currency: 'JPY',
    opening: 10_000_000,
    persona: {
      name: 'Yamada Kenji',
      address: 'Yamada-san',
      role: 'Purchasing section manager',
      company: 'Naniwa Precision (fictional)',
      situation: 'A long-standing customer who has received a cheaper quote.',
    },
    start: 'ask',
    nodes: [
      fakeNode({ id: 'ask', next: 'follow-up' }),
      {
        id: 'follow-up',
        says: 'So what can you do for us?',
        choices: [
          fakeChoice({
            id: 'options',
            next: 'reorder',
            stance: 'win-win',
            effects: { valueCreation: 8 },
          }),
          fakeChoice({
            id: 'push',
            next: 'one-off',
            stance: 'win-lose',
            effects: { customerFocus: -12 },
            deal: 3_000_000,
          }),
        ],
      },
    ],
    endings: [
      fakeEnding(),
      fakeEnding({ id: 'one-off', outcome: 'one-off', title: 'One order', lifetime: 13_000_000 }),
    ],
    ...overrides,
  };
}

import type { Question, Quiz } from '../../src/schemas/quiz';

type Option = Extract<Question, { type: 'single' | 'multiple' }>['options'][number];

function fakeOptions(texts: readonly string[], correct: readonly boolean[]): Option[] {
  return texts.map((text, index) => ({
    id: `option-${String(index + 1)}`,
    text,
    correct: correct[index] ?? false,
    feedback: 'Why this option is right or wrong.',
  }));
}

/** A single-answer question with the given option texts; `correct` is the index of the right one. */
export function fakeSingle(id: string, texts: readonly string[], correct = 0): Question {
  return {
    id,
    type: 'single',
    prompt: 'What would a trusted advisor do?',
    explanation: 'Because trust is earned over time.',
    lessonAnchor: 'trust-outweighs-price',
    drivers: [],
    options: fakeOptions(
      texts,
      texts.map((_, index) => index === correct),
    ),
  };
}

/** A multiple-answer question with one option per flag, every option the same length. */
export function fakeMultiple(id: string, correct: readonly boolean[]): Question {
  return {
    id,
    type: 'multiple',
    prompt: 'Which of these build trust?',
    explanation: 'Each builds or spends trust.',
    lessonAnchor: 'trust-outweighs-price',
    drivers: [],
    options: fakeOptions(
      correct.map(() => 'Send a short written summary'),
      correct,
    ),
  };
}

export function fakeQuiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    id: 'trust-outweighs-price',
    lesson: 'trust-outweighs-price',
    questions: [],
    ...overrides,
  };
}

import type { Progress, ScenarioRun } from '../../src/schemas/progress';
import { emptyProgress } from '../../src/lib/progress/model';

/** A finished run: an advisor's path to the reorder, unless told otherwise. */
export function fakeRun(overrides: Partial<ScenarioRun> = {}): ScenarioRun {
  const finishedAt = overrides.finishedAt ?? '2026-11-02T09:00:00.000Z';
  const path = overrides.path ?? ['listen', 'options'];
  return {
    id: `${finishedAt}|${path.join('/')}`,
    finishedAt,
    ending: 'reorder',
    outcome: 'reorder',
    drivers: {
      intention: 62,
      competence: 55,
      customerFocus: 58,
      communication: 54,
      valueCreation: 66,
    },
    deal: 10_000_000,
    scale: 100,
    path,
    ...overrides,
  };
}

/** A progress document: empty, with whatever records a test gives it. */
export function fakeProgress(overrides: Partial<Progress> = {}): Progress {
  return { ...emptyProgress(), updatedAt: '2026-11-02T09:00:00.000Z', ...overrides };
}
