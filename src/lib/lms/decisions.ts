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
import { clampScore, overallTrust, startingScores, type DriverScores } from '../scenario/trust';
import { own } from '../records';

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
  let drivers: DriverScores = startingScores();
  for (const choiceId of path) {
    const node = own(choices.nodes, at);
    const choice = node === undefined ? undefined : own(node, choiceId);
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
