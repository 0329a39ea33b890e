/**
 * The figures a debrief shows, for the learner's debrief and the classroom's alike: this
 * quarter's deal against the relationship's three-year value, and where the path taken sits on
 * the pusher → advisor scale beside the trusted advisor's path.
 */
import { currentEnding, type RunState } from './engine';
import { advisorRun } from './paths';
import { costOfPath, lifetimeOf } from './economics';
import { scalePosition, type ScalePosition } from './scale';

export interface MoneyBar {
  kind: 'quarter' | 'lifetime' | 'advisor';
  /** Yen. */
  value: number;
  /** The bar's length as a share of the longest bar shown, 0–100. */
  width: number;
  /** What the lifetime value assumes, from the ending. */
  basis?: string | undefined;
}

export interface MoneyFigures {
  bars: MoneyBar[];
  /** How much more the advisor's path is worth over three years; 0 or less on the best path. */
  cost: number;
}

/**
 * The deal won this quarter and the relationship's value, with the advisor's path beside them
 * when it was worth more and there is room to show it (`withAdvisor`).
 */
export function moneyBars(run: RunState, { withAdvisor }: { withAdvisor: boolean }): MoneyFigures {
  const lifetime = lifetimeOf(run);
  const cost = costOfPath(run);
  const shown: Omit<MoneyBar, 'width'>[] = [
    { kind: 'quarter', value: run.deal },
    { kind: 'lifetime', value: lifetime, basis: currentEnding(run)?.basis },
  ];
  // The advisor's path is worth exactly `cost` more than this one.
  if (withAdvisor && cost > 0) shown.push({ kind: 'advisor', value: lifetime + cost });
  const largest = Math.max(1, ...shown.map((bar) => bar.value));
  return {
    bars: shown.map((bar) => ({ ...bar, width: Math.round((bar.value / largest) * 100) })),
    cost,
  };
}

/** Where the path taken and the trusted advisor's path sit on the scale. */
export function scaleMarks(run: RunState): { taken: ScalePosition; best: ScalePosition } {
  return {
    taken: scalePosition(run.history),
    best: scalePosition(advisorRun(run.scenario).history),
  };
}
