/**
 * The kinds of page the bench reports, one built page standing for each, and the action a
 * learner takes first on it: what that action fetches is the page's code "on first use".
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import messages from '../../src/i18n/en.json' with { type: 'json' };

export interface FirstUseAction {
  /** In the learner's words, as the report names it. */
  action: string;
  act: (page: Page) => Promise<void>;
}

export interface PageType {
  type: string;
  page: string;
  firstUse: FirstUseAction;
}

const root = join(import.meta.dirname, '..', '..');

function firstId(collection: string): string | undefined {
  const dir = join(root, 'content', collection);
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .sort()
    .map((file) => file.replace(/\.(ya?ml|mdx?)$/, ''))[0];
}

export const scenarioId = firstId('scenarios') ?? 'discount-request';
export const lessonId = 'trust-outweighs-price';

interface ScenarioChoice {
  label: string;
  effects?: Record<string, number>;
}

/** The first reply on offer at the start that moves trust, so the meter has something to show. */
export function replyThatMovesTrust(id = scenarioId): string {
  const scenario = parse(
    readFileSync(join(root, 'content', 'scenarios', `${id}.yaml`), 'utf8'),
  ) as { start: string; nodes: { id: string; choices: ScenarioChoice[] }[] };
  const choices = scenario.nodes.find((node) => node.id === scenario.start)?.choices ?? [];
  const moves = (choice: ScenarioChoice) =>
    Object.values(choice.effects ?? {}).some((value) => value !== 0);
  const choice = choices.find(moves) ?? choices[0];
  if (!choice) throw new Error(`content/scenarios/${id}.yaml: no choice at the start node`);
  return choice.label;
}

export const openSearch: FirstUseAction = {
  action: 'opening search',
  act: async (page) => {
    await page.getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').waitFor();
  },
};

/** Marks the quiz shows on a checked answer, from the UI strings. */
export const feedbackMarks = [
  messages['quiz.correct'],
  messages['quiz.incorrect'],
  messages['quiz.partial'].split('{')[0] ?? '',
];

/** Scrolls to the knowledge check, which wakes it; it is live once "Check answer" can be pressed. */
export async function answerFirstQuestion(page: Page): Promise<void> {
  await page.locator('.knowledge-check').scrollIntoViewIfNeeded();
  const check = page.getByRole('button', { name: messages['quiz.check'] }).first();
  await check.and(page.locator(':enabled')).waitFor();
  await page.getByRole('radio').first().check();
}

const checkFirstAnswer: FirstUseAction = {
  action: 'scrolling to the knowledge check and checking the first answer',
  act: async (page) => {
    await answerFirstQuestion(page);
    await page.getByRole('button', { name: messages['quiz.check'] }).first().click();
    await page
      .getByText(new RegExp(feedbackMarks.join('|')))
      .first()
      .waitFor();
  },
};

const firstChoice: FirstUseAction = {
  action: 'making the first choice',
  act: async (page) => {
    await page
      .getByRole('group', { name: messages['scenario.yourResponse'] })
      .getByRole('button', { name: replyThatMovesTrust(), exact: true })
      .click();
  },
};

const firstStep: FirstUseAction = {
  action: 'the first step (→)',
  act: async (page) => {
    await page.keyboard.press('ArrowRight');
  },
};

const searchDiscount: FirstUseAction = {
  action: 'searching for “discount”',
  act: async (page) => {
    await page.getByRole('searchbox').fill('discount');
    await page
      .getByRole('list', { name: messages['search.results'] })
      .locator('li')
      .first()
      .waitFor();
  },
};

const firstAssessmentAnswer: FirstUseAction = {
  action: 'choosing the first answer',
  act: async (page) => {
    await page.getByRole('radio').first().check();
  },
};

export const pageTypes: PageType[] = [
  { type: 'home', page: '/', firstUse: openSearch },
  { type: 'lesson list', page: '/lessons/', firstUse: openSearch },
  { type: 'lesson with its quiz', page: `/lessons/${lessonId}/`, firstUse: checkFirstAnswer },
  { type: 'scenario', page: `/scenarios/${scenarioId}/`, firstUse: firstChoice },
  { type: 'search page', page: '/search/', firstUse: searchDiscount },
  { type: 'presenter view', page: `/present/${scenarioId}/`, firstUse: firstStep },
  { type: 'presenter console', page: `/present/${scenarioId}/console/`, firstUse: firstStep },
  { type: 'progress', page: '/progress/', firstUse: openSearch },
  { type: 'final assessment', page: '/assessment/', firstUse: firstAssessmentAnswer },
  { type: 'glossary', page: '/glossary/', firstUse: openSearch },
];
