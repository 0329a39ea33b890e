/**
 * The progress document's version and limits, as plain values: the browser reads them without
 * bundling the schema library (see src/lib/progress/guard.ts), and src/schemas/progress.ts uses
 * the same ones, so the two can never disagree.
 */
export const PROGRESS_VERSION = 1;

export const PROGRESS_LIMITS = {
  /** Runs kept per scenario; beyond this the oldest are dropped. */
  runsPerScenario: 500,
  /** Ending ids kept per scenario: far more than any scenario has. */
  endingsPerScenario: 100,
  /** Choices in one run: far longer than any path through a scenario. */
  pathLength: 60,
  /** Attempts and question counts stop here rather than overflow into nonsense. */
  count: 1_000_000,
  /** Answers kept per question, and the length of an option id or page title. */
  answersPerQuestion: 20,
  text: 300,
} as const;
