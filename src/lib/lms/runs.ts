/**
 * Which scenario runs suspend data gives up first when it must shrink: the oldest across all
 * scenarios, and each scenario's newest run only once every older run has gone, so the dashboard
 * keeps a last result per scenario for as long as it can. A scenario's endings are never given
 * up: "played to an ending" is what the course counts, and the runs are only its history.
 */
import type { Progress, ScenarioRun } from '../../schemas/progress';
import { byFinish, keptEndings } from '../progress/limits';

/** A run and where it sits in the document. */
export interface PlacedRun {
  scenarioId: string;
  index: number;
  run: ScenarioRun;
}

/** Oldest first, the same way on every device: by finish, then scenario, then place. */
function byAge(a: PlacedRun, b: PlacedRun): number {
  const finish = byFinish(a.run, b.run);
  if (finish !== 0) return finish;
  if (a.scenarioId !== b.scenarioId) return a.scenarioId < b.scenarioId ? -1 : 1;
  return a.index - b.index;
}

/** Every run, first to be dropped first: older runs, then each scenario's newest. */
export function runsInDropOrder(progress: Progress): PlacedRun[] {
  const older: PlacedRun[] = [];
  const newest: PlacedRun[] = [];
  for (const [scenarioId, scenario] of Object.entries(progress.scenarios)) {
    const placed = scenario.runs.map((run, index) => ({ scenarioId, index, run }));
    const last = placed.reduce<PlacedRun | undefined>(
      (latest, each) => (latest && byAge(latest, each) > 0 ? latest : each),
      undefined,
    );
    for (const each of placed) (each === last ? newest : older).push(each);
  }
  return [...older.sort(byAge), ...newest.sort(byAge)];
}

/**
 * The document without the given runs (placed in this same document by runsInDropOrder); their
 * endings stay in their scenarios' endings.
 */
export function withoutRuns(progress: Progress, dropped: readonly PlacedRun[]): Progress {
  if (dropped.length === 0) return progress;
  const droppedBy = new Map<string, PlacedRun[]>();
  for (const each of dropped) {
    droppedBy.set(each.scenarioId, [...(droppedBy.get(each.scenarioId) ?? []), each]);
  }
  // Built with fromEntries, which defines keys, so no scenario id is ever assigned as a setter.
  const scenarios = Object.fromEntries(
    Object.entries(progress.scenarios).map(([scenarioId, scenario]) => {
      const gone = droppedBy.get(scenarioId);
      if (!gone) return [scenarioId, scenario];
      const indexes = new Set(gone.map((each) => each.index));
      return [
        scenarioId,
        {
          runs: scenario.runs.filter((_, index) => !indexes.has(index)),
          endings: keptEndings([...scenario.endings, ...gone.map((each) => each.run.ending)]),
        },
      ];
    }),
  );
  return { ...progress, scenarios };
}
