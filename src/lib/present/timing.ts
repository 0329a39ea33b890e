/**
 * How long a classroom session of one scenario takes, for the trainer script. Pure arithmetic
 * over the scenario's paths, so the estimate follows the content when a decision is added.
 */
import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import { allRuns } from '../scenario/paths';

/*
 * The assumption, from running the scenario with a room: five minutes to introduce the buyer and
 * the situation; about four minutes for each decision (one to read the buyer's line and the
 * options, two to discuss, one to vote and reveal); ten minutes of class debrief at the end.
 * Planning for the longest path means the session never runs over, whatever the room chooses.
 */
export const INTRO_MINUTES = 5;
export const MINUTES_PER_DECISION = 4;
export const DEBRIEF_MINUTES = 10;

export interface SessionTiming {
  /** Decisions on the longest path from the start to an ending. */
  decisions: number;
  /** Suggested length of the whole session, in minutes. */
  minutes: number;
}

export function sessionTiming(scenario: Scenario): SessionTiming {
  const decisions = Math.max(0, ...allRuns(scenario).map((run) => run.history.length));
  return {
    decisions,
    minutes: INTRO_MINUTES + decisions * MINUTES_PER_DECISION + DEBRIEF_MINUTES,
  };
}

/**
 * The decision nodes in the order the script prints them: breadth-first from the start, so the
 * opening comes first and each node follows the ones that lead to it as closely as the graph allows.
 */
export function scriptOrder(scenario: Scenario): ScenarioNode[] {
  const byId = new Map(scenario.nodes.map((node) => [node.id, node]));
  const ordered: ScenarioNode[] = [];
  const queue = [scenario.start];
  const seen = new Set(queue);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    const node = byId.get(id);
    if (!node) continue;
    ordered.push(node);
    for (const choice of node.choices) {
      if (!seen.has(choice.next)) {
        seen.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  return ordered;
}
