/**
 * The article's economic argument, checked in each scenario's numbers: a win-lose move can win a
 * bigger deal this quarter, but the advisor's path ends with the most valuable relationship.
 */
import type { Scenario } from '../../schemas/scenario';
import { currentEnding, type RunState } from './engine';
import { advisorRun, allRuns } from './paths';
import type { Problem } from './validate';

export function lifetimeOf(state: RunState): number {
  return currentEnding(state)?.lifetime ?? 0;
}

/** How much more the advisor's path is worth over three years than this run. */
export function costOfPath(state: RunState): number {
  return lifetimeOf(advisorRun(state.scenario)) - lifetimeOf(state);
}

export function tradeOffProblems(scenario: Scenario): Problem[] {
  const problems: Problem[] = [];
  const advisor = advisorRun(scenario);
  const runs = allRuns(scenario);
  const richest = Math.max(...runs.map(lifetimeOf));
  if (lifetimeOf(advisor) < richest) {
    problems.push({
      where: 'scenario',
      message: `the highest-trust path ends at '${advisor.at}' worth ${lifetimeOf(advisor)} yen, but another ending is worth ${richest}; the advisor path must have the highest lifetime value`,
    });
  }
  const tempting = runs.some(
    (run) => run.history.some((step) => step.stance === 'win-lose') && run.deal > advisor.deal,
  );
  if (!tempting) {
    problems.push({
      where: 'scenario',
      message: `no win-lose path wins a bigger deal this quarter than the advisor path (${advisor.deal} yen); the temptation must be real`,
    });
  }
  return problems;
}
