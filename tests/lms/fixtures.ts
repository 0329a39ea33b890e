/** Progress as an LMS might hold it from earlier visits, in the course's own ids. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Progress } from '../../src/schemas/progress';

const content = join(import.meta.dirname, '..', '..', 'content');
const ids = (folder: string, extension: string) =>
  readdirSync(join(content, folder))
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length));

export const lessonIds = ids('lessons', '.mdx');
export const scenarioIds = ids('scenarios', '.yaml');

const at = '2026-11-20T09:00:00.000Z';

/** Every lesson completed but `except`, every scenario played to an ending; no assessment yet. */
export function almostDone(except?: string): Progress {
  return {
    version: 1,
    lessons: Object.fromEntries(
      lessonIds.map((id) => [
        id,
        id === except ? { visitedAt: at } : { visitedAt: at, completedAt: at },
      ]),
    ),
    quizzes: {},
    scenarios: Object.fromEntries(
      scenarioIds.map((id) => [
        id,
        {
          runs: [
            {
              id: `${at}|${id}`,
              finishedAt: at,
              ending: 'an-ending',
              outcome: 'reorder',
              drivers: {
                intention: 70,
                competence: 70,
                customerFocus: 70,
                communication: 70,
                valueCreation: 70,
              },
              deal: 1_000_000,
              scale: 80,
              path: ['a-choice'],
            },
          ],
          endings: ['an-ending'],
        },
      ]),
    ),
    updatedAt: at,
  };
}
