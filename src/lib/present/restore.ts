/**
 * Reads a classroom session from an untrusted source (localStorage or the other window) and
 * checks it against the scenario it claims to be about, so that only a state the screens can show
 * is ever shown: a path the scenario has, a selected reply that is on offer, votes only for the
 * replies of the decisions reached, and a timer that ends within its own length from now.
 * Nothing here throws: anything that does not fit becomes a reason the interface can show, and
 * the caller starts a fresh session or ignores the message.
 */
import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import type { SessionState } from '../../schemas/session';
import { reads } from '../checks';
import { readSession } from './guard';
import { currentNode, isFinished, replay, type RunState } from '../scenario/engine';
import { isDecisionPhase, isOpenPhase, newer, nodeInFocus } from './session';

export type Restored =
  | { ok: true; state: SessionState }
  | { ok: false; reason: 'empty' | 'not-json' | 'invalid' | 'other-scenario' | 'stale' };

/** How far two windows' clocks may differ and a timer still be believed. */
const CLOCK_SKEW_MS = 60_000;

function replayed(scenario: Scenario, path: readonly string[]): RunState | undefined {
  try {
    return replay(scenario, path);
  } catch {
    return undefined; // a reply that is not in this version of the scenario
  }
}

/** The node of each decision along a path, plus the one it is at if not finished. */
function nodesAlong(run: RunState): (ScenarioNode | undefined)[] {
  const taken = run.history.map((step) =>
    run.scenario.nodes.find((node) => node.id === step.nodeId),
  );
  return [...taken, currentNode(run)];
}

/** Votes only for the replies of decisions reached, at most one record beyond the path. */
function votesFit(run: RunState, votes: SessionState['votes']): boolean {
  const nodes = nodesAlong(run);
  if (votes.length > nodes.length) return false;
  return votes.every((record, index) => {
    const offered = nodes[index]?.choices.map((choice) => choice.id) ?? [];
    return Object.keys(record).every((id) => offered.includes(id));
  });
}

function pathFits(scenario: Scenario, state: SessionState): RunState | undefined {
  const run = replayed(scenario, state.path);
  if (!run) return undefined;
  if (state.phase === 'intro' && state.path.length > 0) return undefined;
  if (isOpenPhase(state.phase) && currentNode(run) === undefined) return undefined;
  if (isDecisionPhase(state.phase) && !isOpenPhase(state.phase) && state.path.length === 0) {
    return undefined; // a reveal or its prompt needs a reply revealed
  }
  if (!isDecisionPhase(state.phase) && state.phase !== 'intro' && !isFinished(run)) {
    return undefined; // the outcome or the class debrief needs an ending
  }
  return run;
}

function selectedFits(scenario: Scenario, state: SessionState): boolean {
  if (state.selected === undefined) return true;
  if (isOpenPhase(state.phase)) {
    const node = nodeInFocus(scenario, state);
    return node?.choices.some((choice) => choice.id === state.selected) ?? false;
  }
  // After a reveal the highlighted reply is the one the room took, or nothing.
  return state.phase !== 'intro' && state.selected === state.path.at(-1);
}

function timerFits(timer: SessionState['timer'], now: number): boolean {
  if (timer.pausedLeft !== undefined && timer.pausedLeft > timer.length) return false;
  if (timer.endsAt === undefined) return true;
  return timer.endsAt <= now + timer.length * 1000 + CLOCK_SKEW_MS;
}

function firstRunFits(scenario: Scenario, state: SessionState): boolean {
  if (!state.firstRun) return true;
  const run = replayed(scenario, state.firstRun.path);
  return run !== undefined && isFinished(run) && votesFit(run, state.firstRun.votes);
}

/** Whether a parsed session is one this scenario's screens can show, at time `now`. */
export function fits(scenario: Scenario, state: SessionState, now: number): boolean {
  const run = pathFits(scenario, state);
  return (
    run !== undefined &&
    votesFit(run, state.votes) &&
    selectedFits(scenario, state) &&
    timerFits(state.timer, now) &&
    firstRunFits(scenario, state)
  );
}

export function restoreSession(scenario: Scenario, value: unknown, now: number): Restored {
  if (value === undefined || value === null) return { ok: false, reason: 'empty' };
  const state = reads(readSession, value);
  if (!state) return { ok: false, reason: 'invalid' };
  if (state.scenarioId !== scenario.id) return { ok: false, reason: 'other-scenario' };
  if (!fits(scenario, state, now)) return { ok: false, reason: 'stale' };
  return { ok: true, state };
}

export function restoreSessionText(
  scenario: Scenario,
  text: string | undefined,
  now: number,
): Restored {
  if (text === undefined || text === '') return { ok: false, reason: 'empty' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return restoreSession(scenario, value, now);
}

/**
 * What a window shows after another window sends it a session: the sent one if it fits the
 * scenario and is newer, otherwise what it already had. A forged or stale message changes nothing.
 */
export function received(
  scenario: Scenario,
  current: SessionState,
  value: unknown,
  now: number,
): SessionState {
  const restored = restoreSession(scenario, value, now);
  return restored.ok && newer(current, restored.state) !== current ? restored.state : current;
}
