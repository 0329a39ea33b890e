/** Ordered, prefiltered content for pages, so no page repeats getCollection(...).sort(...). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { href } from './lib/routes';
import { orderLessons } from './lib/course/outline';
import { quizTells, scenarioTells } from './lib/content/tells';
import { formatProblems, validateScenario } from './lib/scenario/validate';

export type Lesson = CollectionEntry<'lessons'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type QuizEntry = CollectionEntry<'quizzes'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** The id of the quiz that is the course's final assessment rather than a lesson's check. */
export const ASSESSMENT_ID = 'final-assessment';

/** Every lesson in course order; throws with the file names when two lessons share a place. */
export async function getLessons(): Promise<Lesson[]> {
  return orderLessons(await getCollection('lessons'));
}

export function lessonHref(lesson: Pick<Lesson, 'id'>): string {
  return href('lesson', { id: lesson.id });
}

export function totalMinutes(lessons: readonly Lesson[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.data.minutes, 0);
}

/**
 * Every scenario, checked as a graph against the lessons that exist and for tells that give the
 * answer away, in the order of the lessons they practise. A broken scenario stops the build with
 * every problem named by file, node and choice.
 */
export async function getScenarios(): Promise<ScenarioEntry[]> {
  const lessons = await getLessons();
  const lessonIds = new Set(lessons.map((lesson) => lesson.id));
  const entries = await getCollection('scenarios');
  const report = entries
    .map((entry) => {
      const file = entry.filePath ?? `content/scenarios/${entry.id}.yaml`;
      const problems = [
        ...validateScenario(entry.data, { lessonIds }),
        ...scenarioTells(entry.data),
      ];
      if (entry.data.id !== entry.id) {
        problems.push({
          where: 'scenario',
          message: `id '${entry.data.id}' must match the file name '${entry.id}'`,
        });
      }
      return formatProblems(file, problems);
    })
    .filter(Boolean);
  if (report.length > 0) throw new Error(`Scenario content is broken:\n${report.join('\n')}`);

  const lessonOrder = new Map(lessons.map((lesson) => [lesson.id, lesson.data.order]));
  return entries.sort(
    (a, b) =>
      (lessonOrder.get(a.data.lesson) ?? 0) - (lessonOrder.get(b.data.lesson) ?? 0) ||
      a.data.title.localeCompare(b.data.title),
  );
}

export function scenarioHref(scenario: Pick<ScenarioEntry, 'id'>): string {
  return href('scenario', { id: scenario.id });
}

/** One page per scenario, with the scenario as its prop: the getStaticPaths of every [id] route. */
export async function scenarioPaths() {
  const scenarios = await getScenarios();
  return scenarios.map((scenario) => ({ params: { id: scenario.id }, props: { scenario } }));
}

/** Presenter mode for a scenario: the audience view, or its console or trainer script. */
export function presentHref(scenarioId: string, view?: 'console' | 'script'): string {
  const params = { id: scenarioId };
  if (view === 'console') return href('presentConsole', params);
  if (view === 'script') return href('presentScript', params);
  return href('present', params);
}

/**
 * Every quiz, each checked against the lessons that exist: a lesson quiz must belong to a real
 * lesson, and every question's passage must point into one. All quizzes are then checked together
 * for tells (the right answer always the longest, one pattern of correct options), because a
 * learner meets them as one course, not file by file.
 */
export async function getQuizzes(): Promise<QuizEntry[]> {
  const lessonIds = new Set((await getLessons()).map((lesson) => lesson.id));
  const entries = await getCollection('quizzes');
  const problems = entries.flatMap((entry) => {
    const file = entry.filePath ?? `content/quizzes/${entry.id}.yaml`;
    const found: string[] = [];
    if (entry.data.id !== entry.id)
      found.push(`${file}: id '${entry.data.id}' must match the file name`);
    if (!lessonIds.has(entry.data.lesson))
      found.push(`${file}: lesson '${entry.data.lesson}' does not exist`);
    for (const question of entry.data.questions) {
      const lesson = question.lessonAnchor.split('#')[0] ?? '';
      if (!lessonIds.has(lesson)) {
        found.push(
          `${file}: question '${question.id}': lessonAnchor points to lesson '${lesson}', which does not exist`,
        );
      }
    }
    return found;
  });
  const tells = quizTells(
    entries.map((entry) => ({
      file: entry.filePath ?? `content/quizzes/${entry.id}.yaml`,
      quiz: entry.data,
    })),
  );
  if (tells.length > 0) problems.push(formatProblems('content/quizzes', tells));
  if (problems.length > 0) throw new Error(`Quiz content is broken:\n${problems.join('\n')}`);
  return entries;
}

export async function getAssessment(): Promise<QuizEntry | undefined> {
  return (await getQuizzes()).find((quiz) => quiz.id === ASSESSMENT_ID);
}

/** Glossary terms; broken cross-references or lesson ids stop the build with the file named. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
  const lessonIds = new Set((await getLessons()).map((lesson) => lesson.id));
  const entries = await getCollection('glossary');
  const ids = new Set(entries.map((entry) => entry.id));
  const problems = entries.flatMap((entry) => {
    const file = entry.filePath ?? `content/glossary/${entry.id}.yaml`;
    return [
      ...entry.data.related
        .filter((id) => !ids.has(id))
        .map((id) => `${file}: related term '${id}' does not exist`),
      ...entry.data.lessons
        .filter((id) => !lessonIds.has(id))
        .map((id) => `${file}: lesson '${id}' does not exist`),
    ];
  });
  if (problems.length > 0) throw new Error(`Glossary content is broken:\n${problems.join('\n')}`);
  // The glossary page orders and groups them as the page's locale sorts (groupByInitial).
  return entries;
}
