/** The shipped scenarios: valid graphs, the required size, and the article's trade-off in the numbers. */
import { describe, expect, it } from 'vitest';
import { allRuns, advisorRun } from '../../../src/lib/scenario/paths';
import { tradeOffProblems } from '../../../src/lib/scenario/economics';
import { formatProblems, validateScenario } from '../../../src/lib/scenario/validate';
import { scenarioTells } from '../../../src/lib/content/tells';
import { headingIds, shippedLessonIds, shippedScenarios } from './shipped';

const lessonIds = shippedLessonIds();
const shipped = shippedScenarios();

describe('shipped scenarios', () => {
  it('number nine, with at least one for every lesson', () => {
    expect(shipped).toHaveLength(9);
    const practised = new Set(shipped.map(({ scenario }) => scenario.lesson));
    for (const lesson of lessonIds) {
      expect(practised, `no scenario practises ${lesson}`).toContain(lesson);
    }
  });

  for (const { file, scenario } of shipped) {
    describe(file, () => {
      it('is a valid graph with sane numbers', () => {
        expect(formatProblems(file, validateScenario(scenario, { lessonIds }))).toBe('');
      });

      it('gives no tells: replies of a size, win-win not usually the longest, no deal left when lost', () => {
        expect(formatProblems(file, scenarioTells(scenario))).toBe('');
      });

      it('has its id as its file name', () => {
        expect(file).toBe(`content/scenarios/${scenario.id}.yaml`);
      });

      it('has at least 8 decisions, 3 endings of every outcome and a path of 5 decisions', () => {
        expect(scenario.nodes.length).toBeGreaterThanOrEqual(8);
        expect(new Set(scenario.endings.map((ending) => ending.outcome))).toEqual(
          new Set(['reorder', 'one-off', 'lost']),
        );
        const longest = Math.max(...allRuns(scenario).map((run) => run.history.length));
        expect(longest).toBeGreaterThanOrEqual(5);
      });

      it('shows the trade-off: a bigger deal now for win-lose, the most lifetime value for the advisor', () => {
        expect(formatProblems(file, tradeOffProblems(scenario))).toBe('');
      });

      it('ends the advisor path in a reorder', () => {
        const ending = scenario.endings.find(
          (candidate) => candidate.id === advisorRun(scenario).at,
        );
        expect(ending?.outcome).toBe('reorder');
      });

      it('links every consequence to a lesson passage that exists', () => {
        const broken = scenario.nodes.flatMap((node) =>
          node.choices
            .filter((choice) => {
              if (!choice.lessonAnchor) return false;
              const [lesson = '', heading] = choice.lessonAnchor.split('#');
              if (!lessonIds.has(lesson)) return true;
              return heading !== undefined && !headingIds(lesson).has(heading);
            })
            .map((choice) => `${node.id}/${choice.id}: ${choice.lessonAnchor ?? ''}`),
        );
        expect(broken).toEqual([]);
      });

      it('tempts on the first decision: one choice lowers trust and one does not', () => {
        const first = scenario.nodes.find((node) => node.id === scenario.start);
        const totals = (first?.choices ?? []).map((choice) =>
          Object.values(choice.effects).reduce<number>((sum, value) => sum + (value ?? 0), 0),
        );
        expect(totals.some((total) => total < 0)).toBe(true);
        expect(totals.some((total) => total >= 0)).toBe(true);
      });
    });
  }
});
