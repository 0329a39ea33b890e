/**
 * Playing a scenario. Pure: every function returns a new state and never changes its input,
 * so a run can be rewound, replayed and stored as the list of choices made.
 */
import { driverIds, type Driver } from '../../schemas/driver-ids';
import type { Choice, Ending, Scenario, ScenarioNode, Stance } from '../../schemas/scenario';
import { clampScore, overallTrust, startingScores, type DriverScores } from './trust';

/**
 * One decision taken: what was chosen and what it actually moved: drivers after clamping to
 * 0–100, and the deal after stopping at 0, so a learner never sees a loss bigger than the table.
 */
export interface Step {
  nodeId: string;
  choiceId: string;
  stance: Stance;
  deltas: Readonly<Record<Driver, number>>;
  dealDelta: number;
  trustBefore: number;
  trustAfter: number;
}

export interface RunState {
  readonly scenario: Scenario;
  /** The node being played, or the ending reached. */
  readonly at: string;
  readonly drivers: DriverScores;
  /** Value secured in this conversation so far, in yen; never below 0. */
  readonly deal: number;
  readonly history: readonly Step[];
}

export function start(scenario: Scenario): RunState {
  return {
    scenario,
    at: scenario.start,
    drivers: startingScores(),
    deal: scenario.opening,
    history: [],
  };
}

export function nodeById(scenario: Scenario, id: string): ScenarioNode | undefined {
  return scenario.nodes.find((node) => node.id === id);
}

export function endingById(scenario: Scenario, id: string): Ending | undefined {
  return scenario.endings.find((ending) => ending.id === id);
}

export function currentNode(state: RunState): ScenarioNode | undefined {
  return nodeById(state.scenario, state.at);
}

export function currentEnding(state: RunState): Ending | undefined {
  return endingById(state.scenario, state.at);
}

export function trustOf(state: RunState): number {
  return overallTrust(state.drivers);
}

export function choose(state: RunState, choiceId: string): RunState {
  const node = currentNode(state);
  if (!node) throw new Error(`The run has ended at '${state.at}'; there is nothing to choose.`);
  const choice: Choice | undefined = node.choices.find((option) => option.id === choiceId);
  if (!choice) throw new Error(`Node '${node.id}' has no choice '${choiceId}'.`);

  const drivers = Object.fromEntries(
    driverIds.map((driver) => [
      driver,
      clampScore(state.drivers[driver] + (choice.effects[driver] ?? 0)),
    ]),
  ) as Record<Driver, number>;
  const deltas = Object.fromEntries(
    driverIds.map((driver) => [driver, drivers[driver] - state.drivers[driver]]),
  ) as Record<Driver, number>;

  // A deal cannot be worth less than nothing: a lost deal stops at 0, whatever the choice says.
  const deal = Math.max(0, state.deal + choice.deal);
  const step: Step = {
    nodeId: node.id,
    choiceId: choice.id,
    stance: choice.stance,
    deltas,
    dealDelta: deal - state.deal,
    trustBefore: overallTrust(state.drivers),
    trustAfter: overallTrust(drivers),
  };
  return {
    scenario: state.scenario,
    at: choice.next,
    drivers,
    deal,
    history: [...state.history, step],
  };
}

/** Plays the given choices from the start. */
export function replay(scenario: Scenario, choiceIds: readonly string[]): RunState {
  return choiceIds.reduce(choose, start(scenario));
}

/** The state just before decision `stepIndex` (0-based), for a "what if" from there. */
export function rewindTo(state: RunState, stepIndex: number): RunState {
  const kept = state.history.slice(0, Math.max(0, stepIndex)).map((step) => step.choiceId);
  return replay(state.scenario, kept);
}

export function isFinished(state: RunState): boolean {
  return currentEnding(state) !== undefined;
}
