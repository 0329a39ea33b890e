/**
 * Every way through a scenario, played out by the engine. Scenarios are small acyclic graphs
 * (a dozen nodes, two to four choices), so listing every path is cheap and exact.
 */
import type { Scenario } from '../../schemas/scenario';
import { choose, currentEnding, currentNode, start, trustOf, type RunState } from './engine';

const MAX_PATHS = 20_000;

export function allRuns(scenario: Scenario): RunState[] {
  const finished: RunState[] = [];
  const pending: RunState[] = [start(scenario)];
  while (pending.length > 0) {
    const state = pending.pop();
    if (!state) break;
    const node = currentNode(state);
    if (!node) {
      if (currentEnding(state)) finished.push(state);
      continue;
    }
    if (state.history.length > scenario.nodes.length) continue; // a cycle; validate() reports it
    for (const choice of node.choices) pending.push(choose(state, choice.id));
    if (finished.length + pending.length > MAX_PATHS) {
      throw new Error(`Scenario '${scenario.id}' has more than ${MAX_PATHS} paths.`);
    }
  }
  return finished;
}

function lifetimeOf(state: RunState): number {
  return currentEnding(state)?.lifetime ?? 0;
}

/**
 * The trusted advisor's path: the run that ends with the most buyer trust (ties go to the
 * larger lifetime value, then the shorter path).
 */
// Scenario objects are never changed, so the advisor run can be remembered per object.
const advisorRuns = new WeakMap<Scenario, RunState>();

export function advisorRun(scenario: Scenario): RunState {
  const known = advisorRuns.get(scenario);
  if (known) return known;
  const runs = allRuns(scenario);
  const best = runs.reduce<RunState | undefined>((leader, run) => {
    if (!leader) return run;
    const byTrust = trustOf(run) - trustOf(leader);
    if (byTrust !== 0) return byTrust > 0 ? run : leader;
    const byLifetime = lifetimeOf(run) - lifetimeOf(leader);
    if (byLifetime !== 0) return byLifetime > 0 ? run : leader;
    return run.history.length < leader.history.length ? run : leader;
  }, undefined);
  if (!best) throw new Error(`Scenario '${scenario.id}' has no path to an ending.`);
  advisorRuns.set(scenario, best);
  return best;
}

/** What a trusted advisor would say at a node: the choice on the advisor path, else the kindest. */
export function advisorChoiceAt(scenario: Scenario, nodeId: string): string | undefined {
  const onPath = advisorRun(scenario).history.find((step) => step.nodeId === nodeId);
  if (onPath) return onPath.choiceId;
  const node = scenario.nodes.find((candidate) => candidate.id === nodeId);
  const total = (effects: Record<string, number | undefined>) =>
    Object.values(effects).reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return node?.choices.reduce((best, choice) =>
    total(choice.effects) > total(best.effects) ? choice : best,
  ).id;
}
