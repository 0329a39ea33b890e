/**
 * Layout for the debrief's map: decisions flow left to right by their longest distance from the
 * start, and every ending sits in the last column. Pure numbers; the island draws them as SVG.
 */
import type { Outcome, Scenario } from '../../schemas/scenario';

export interface MapNode {
  id: string;
  kind: 'decision' | 'ending';
  column: number;
  row: number;
  outcome?: Outcome;
}

export interface MapEdge {
  from: string;
  to: string;
  choiceId: string;
}

export interface ScenarioMap {
  nodes: MapNode[];
  edges: MapEdge[];
  columns: number;
  rows: number;
}

export function mapLayout(scenario: Scenario): ScenarioMap {
  const depth = new Map<string, number>([[scenario.start, 0]]);
  // Longest-path depths; the graph is acyclic, so relaxing once per node is enough.
  for (let pass = 0; pass < scenario.nodes.length; pass++) {
    for (const node of scenario.nodes) {
      const here = depth.get(node.id);
      if (here === undefined) continue;
      for (const choice of node.choices) {
        if ((depth.get(choice.next) ?? -1) < here + 1) depth.set(choice.next, here + 1);
      }
    }
  }
  const lastDecisionColumn = Math.max(0, ...scenario.nodes.map((node) => depth.get(node.id) ?? 0));
  const endingColumn = lastDecisionColumn + 1;

  const rowsUsed = new Map<number, number>();
  const place = (column: number) => {
    const row = rowsUsed.get(column) ?? 0;
    rowsUsed.set(column, row + 1);
    return row;
  };

  const decisions: MapNode[] = [...scenario.nodes]
    .sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0))
    .map((node) => {
      const column = depth.get(node.id) ?? 0;
      return { id: node.id, kind: 'decision', column, row: place(column) };
    });
  const endings: MapNode[] = scenario.endings.map((ending) => ({
    id: ending.id,
    kind: 'ending',
    column: endingColumn,
    row: place(endingColumn),
    outcome: ending.outcome,
  }));

  const edges = scenario.nodes.flatMap((node) =>
    node.choices.map((choice) => ({ from: node.id, to: choice.next, choiceId: choice.id })),
  );
  return {
    nodes: [...decisions, ...endings],
    edges,
    columns: endingColumn + 1,
    rows: Math.max(...rowsUsed.values()),
  };
}
