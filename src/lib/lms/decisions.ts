/**
 * A scenario run's decisions as an LRS reports them: which reply was chosen at which node, its
 * stance, and how much it moved the buyer's overall trust. A stored run keeps only its path of
 * choice ids (src/schemas/progress.ts), and a choice's trust change depends on where the drivers
 * stood (they stop at 0 and 100), so the run is replayed from the start. The launch page holds
 * each scenario's choices in the compact shape below, built at build time by scenarioChoices.
 */
import type { Driver } from '../../schemas/driver-ids';
import type { Effects, Scenario, Stance } from '../../schemas/scenario';
import { driverIds } from '../../schemas/driver-ids';

/**
 * src/lib/scenario/trust.ts's rules (drivers start at 50, stop at 0 and 100, overall trust is
 * their rounded mean), restated: importing that module here splits it into a chunk of its own
 * that every scenario page then fetches, over their JavaScript budget. A unit test holds the two
 * to the same answers (tests/unit/lib/lms/decisions.test.ts).
 */
const STARTING_SCORE = 50;
const clampScore = (value: number) => Math.min(100, Math.max(0, Math.round(value)));
const overallTrust = (scores: Readonly<Record<Driver, number>>) =>
  Math.round(driverIds.reduce((sum, driver) => sum + scores[driver], 0) / driverIds.length);

/** A reply: the node or ending it leads to, its stance, and its effect on each driver. */
export type CompactChoice = [next: string, stance: Stance, effects: Effects];

/** One scenario's graph of replies, as small as it can be: by node id, then by choice id. */
export interface ScenarioChoices {
  start: string;
  nodes: Record<string, Record<string, CompactChoice>>;
}

export function scenarioChoices(scenario: Scenario): ScenarioChoices {
  return {
    start: scenario.start,
    nodes: Object.fromEntries(
      scenario.nodes.map((node) => [
        node.id,
        Object.fromEntries(
          node.choices.map((choice) => [choice.id, [choice.next, choice.stance, choice.effects]]),
        ),
      ]),
    ),
  };
}

export interface Decision {
  nodeId: string;
  choiceId: string;
  stance: Stance;
  /** Overall trust after the reply minus before it, as the scenario showed it. */
  trustChange: number;
}

/**
 * Each decision of the path, in order; undefined when the path does not fit the scenario (the
 * content changed since the run was recorded), so nothing invented is ever reported.
 */
export function runDecisions(
  choices: ScenarioChoices,
  path: readonly string[],
): Decision[] | undefined {
  const decisions: Decision[] = [];
  let at = choices.start;
  let drivers = Object.fromEntries(driverIds.map((driver) => [driver, STARTING_SCORE])) as Record<
    Driver,
    number
  >;
  for (const choiceId of path) {
    // Own properties only (as src/lib/records.ts reads them): a path is outside data.
    const node = Object.hasOwn(choices.nodes, at) ? choices.nodes[at] : undefined;
    const choice = node && Object.hasOwn(node, choiceId) ? node[choiceId] : undefined;
    if (!choice) return undefined;
    const [next, stance, effects] = choice;
    const after = Object.fromEntries(
      driverIds.map((driver) => [driver, clampScore(drivers[driver] + (effects[driver] ?? 0))]),
    ) as Record<Driver, number>;
    decisions.push({
      nodeId: at,
      choiceId,
      stance,
      trustChange: overallTrust(after) - overallTrust(drivers),
    });
    drivers = after;
    at = next;
  }
  return decisions;
}
