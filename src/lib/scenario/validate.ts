/**
 * Checks a scenario's graph and numbers, reporting every problem rather than the first, each
 * naming the node and choice, so an author can fix a file in one pass. Pure; the build calls it
 * for every scenario and fails with these messages.
 */
import { driverIds } from '../../schemas/driver-ids';
import { MAX_YEN, type Scenario } from '../../schemas/scenario';

export interface Problem {
  /** "node 'ask-price', choice 'offer-15'", or "scenario" for whole-file problems. */
  where: string;
  message: string;
}

export interface ValidationContext {
  /** Ids of the lessons that exist. */
  lessonIds: ReadonlySet<string>;
}

const at = (nodeId: string, choiceId?: string) =>
  choiceId ? `node '${nodeId}', choice '${choiceId}'` : `node '${nodeId}'`;

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

function isSaneYen(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_YEN;
}

export function validateScenario(scenario: Scenario, context: ValidationContext): Problem[] {
  const problems: Problem[] = [];
  const report = (where: string, message: string) => problems.push({ where, message });

  const nodeIds = new Set(scenario.nodes.map((node) => node.id));
  const endingIds = new Set(scenario.endings.map((ending) => ending.id));
  const allIds = [...scenario.nodes.map((node) => node.id), ...scenario.endings.map((e) => e.id)];
  const known = new Set(allIds);

  for (const id of duplicates(allIds)) report('scenario', `the id '${id}' is used more than once`);
  if (!context.lessonIds.has(scenario.lesson)) {
    report('scenario', `lesson '${scenario.lesson}' does not exist`);
  }
  if (!nodeIds.has(scenario.start)) {
    report('scenario', `start '${scenario.start}' is not a node`);
  }
  if (!isSaneYen(scenario.opening) || scenario.opening < 0) {
    report('scenario', `opening ${scenario.opening} is not a whole yen amount in range`);
  }

  for (const node of scenario.nodes) {
    if (node.choices.length < 2) report(at(node.id), 'a decision needs at least 2 choices');
    for (const id of duplicates(node.choices.map((choice) => choice.id))) {
      report(at(node.id), `the choice id '${id}' is used more than once`);
    }
    if (!node.choices.some((choice) => choice.stance === 'win-lose')) {
      report(at(node.id), 'offers no tempting win-lose choice; every decision needs one');
    }
    for (const choice of node.choices) {
      if (!known.has(choice.next)) {
        report(at(node.id, choice.id), `points to '${choice.next}', which does not exist`);
      }
      for (const driver of driverIds) {
        const value = choice.effects[driver];
        if (value !== undefined && (!Number.isInteger(value) || value < -25 || value > 25)) {
          report(at(node.id, choice.id), `${driver} effect ${value} is outside −25 to +25`);
        }
      }
      if (!isSaneYen(choice.deal)) {
        report(at(node.id, choice.id), `deal ${choice.deal} is not a whole yen amount in range`);
      }
    }
  }

  for (const ending of scenario.endings) {
    if (!isSaneYen(ending.lifetime) || ending.lifetime < 0) {
      report(`ending '${ending.id}'`, 'needs a lifetime value: whole yen, not negative');
    }
    if (typeof ending.basis !== 'string' || ending.basis.trim().length < 10) {
      report(`ending '${ending.id}'`, 'needs a basis: one sentence explaining the lifetime value');
    }
  }

  const successors = (id: string): string[] =>
    scenario.nodes
      .find((node) => node.id === id)
      ?.choices.map((choice) => choice.next)
      .filter((next) => known.has(next)) ?? [];

  // Reachable from the start.
  const reachable = new Set<string>();
  const queue = nodeIds.has(scenario.start) ? [scenario.start] : [];
  while (queue.length > 0) {
    const id = queue.shift() ?? '';
    if (reachable.has(id)) continue;
    reachable.add(id);
    queue.push(...successors(id));
  }
  if (nodeIds.has(scenario.start)) {
    for (const id of allIds) {
      if (!reachable.has(id)) {
        report(endingIds.has(id) ? `ending '${id}'` : at(id), 'cannot be reached from the start');
      }
    }
  }

  // Can reach an ending.
  const leadsToEnding = new Set<string>(endingIds);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of scenario.nodes) {
      if (!leadsToEnding.has(node.id) && successors(node.id).some((id) => leadsToEnding.has(id))) {
        leadsToEnding.add(node.id);
        grew = true;
      }
    }
  }
  for (const node of scenario.nodes) {
    if (!leadsToEnding.has(node.id)) report(at(node.id), 'no ending can be reached from here');
  }

  // Cycles: a conversation always moves forward.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done' || endingIds.has(id)) return;
    if (state.get(id) === 'visiting') {
      const loop = [...trail.slice(trail.indexOf(id)), id].join(' → ');
      report(at(id), `is part of a cycle: ${loop}`);
      return;
    }
    state.set(id, 'visiting');
    for (const next of successors(id)) visit(next, [...trail, id]);
    state.set(id, 'done');
  };
  for (const node of scenario.nodes) visit(node.id, []);

  return problems;
}

export function formatProblems(file: string, problems: readonly Problem[]): string {
  return problems.map((problem) => `${file}: ${problem.where}: ${problem.message}`).join('\n');
}
