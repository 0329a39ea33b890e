/**
 * What a finished run leaves in the learner's progress: the ending and its outcome, the final
 * trust per driver, the deal won this quarter, the position on the pusher → advisor scale and
 * the path of replies. The store adds when it finished and an id.
 */
import type { ScenarioRun } from '../../schemas/progress';
import { currentEnding, type RunState } from './engine';
import { scalePosition } from './scale';

export type RunRecord = Omit<ScenarioRun, 'id' | 'finishedAt'>;

/** The record of a run that has reached an ending; undefined while it is still being played. */
export function runRecord(run: RunState): RunRecord | undefined {
  const ending = currentEnding(run);
  if (!ending) return undefined;
  return {
    ending: ending.id,
    outcome: ending.outcome,
    drivers: { ...run.drivers },
    deal: run.deal,
    scale: scalePosition(run.history).position,
    path: run.history.map((step) => step.choiceId),
  };
}
