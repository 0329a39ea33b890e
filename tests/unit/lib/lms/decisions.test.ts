import { describe, expect, it } from 'vitest';
import { runDecisions, scenarioChoices } from '../../../../src/lib/lms/decisions';
import { replay } from '../../../../src/lib/scenario/engine';
import { allRuns } from '../../../../src/lib/scenario/paths';
import { fakeChoice, fakeNode, fakeScenario } from '../../fakes';
import { shippedScenarios } from '../../content/shipped';

describe('scenarioChoices', () => {
  it('keeps only where each reply leads, its stance and its effects', () => {
    expect(scenarioChoices(fakeScenario())).toEqual({
      start: 'ask',
      nodes: {
        ask: {
          listen: ['follow-up', 'win-win', { intention: 6 }],
          discount: ['follow-up', 'win-lose', { intention: -10 }],
        },
        'follow-up': {
          options: ['reorder', 'win-win', { valueCreation: 8 }],
          push: ['one-off', 'win-lose', { customerFocus: -12 }],
        },
      },
    });
  });
});

describe('runDecisions', () => {
  it('gives each decision its node, reply, stance and trust change, in order', () => {
    expect(runDecisions(scenarioChoices(fakeScenario()), ['discount', 'push'])).toEqual([
      { nodeId: 'ask', choiceId: 'discount', stance: 'win-lose', trustChange: -2 },
      { nodeId: 'follow-up', choiceId: 'push', stance: 'win-lose', trustChange: -2 },
    ]);
  });

  it('agrees with the scenario engine, where drivers stop at 100', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({
          id: 'ask',
          next: 'again',
          choices: [
            fakeChoice({ id: 'big', next: 'again', effects: { intention: 40, competence: 40 } }),
            fakeChoice({ id: 'small', next: 'again', effects: { intention: 1 } }),
          ],
        }),
        fakeNode({
          id: 'again',
          choices: [
            fakeChoice({ id: 'more', next: 'reorder', effects: { intention: 40, competence: 40 } }),
            fakeChoice({ id: 'less', next: 'reorder', stance: 'neutral', effects: {} }),
          ],
        }),
      ],
    });
    const path = ['big', 'more'];
    const engine = replay(scenario, path).history.map((step) => step.trustAfter - step.trustBefore);
    const decisions = runDecisions(scenarioChoices(scenario), path) ?? [];
    expect(decisions.map((decision) => decision.trustChange)).toEqual(engine);
    // 50 + 40 + 40 stops at 100: the second reply moves trust less than the first.
    expect(engine).toEqual([16, 4]);
  });

  it('reports nothing for a path the scenario no longer has', () => {
    const choices = scenarioChoices(fakeScenario());
    expect(runDecisions(choices, ['listen', 'vanished'])).toBeUndefined();
    expect(runDecisions(choices, ['constructor'])).toBeUndefined();
  });
});

describe('runDecisions and the scenario engine', () => {
  it('agree on every path of every shipped scenario', () => {
    for (const { scenario } of shippedScenarios()) {
      for (const run of allRuns(scenario)) {
        const path = run.history.map((step) => step.choiceId);
        expect(runDecisions(scenarioChoices(scenario), path)).toEqual(
          run.history.map((step) => ({
            nodeId: step.nodeId,
            choiceId: step.choiceId,
            stance: step.stance,
            trustChange: step.trustAfter - step.trustBefore,
          })),
        );
      }
    }
  });
});
