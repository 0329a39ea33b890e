/** What most presenter screens are drawn from: the scenario, the class session and its run. */
import type { Scenario, ScenarioNode } from '../../schemas/scenario';
import type { RunState } from '../../lib/scenario/engine';
import type { SessionState } from '../../lib/present/session';

export interface SessionView {
  scenario: Scenario;
  state: SessionState;
  run: RunState;
}

/** A screen about one decision of the session. */
export interface DecisionView {
  scenario: Scenario;
  state: SessionState;
  node: ScenarioNode;
}
