import { describe, expect, it } from 'vitest';
import { formatProblems, validateScenario } from '../../../../src/lib/scenario/validate';
import type { Scenario } from '../../../../src/schemas/scenario';
import { fakeChoice, fakeEnding, fakeNode, fakeScenario } from '../../fakes';

const lessonIds = new Set(['trust-outweighs-price']);
const problemsIn = (scenario: Scenario) =>
  formatProblems('content/scenarios/fake.yaml', validateScenario(scenario, { lessonIds }));

describe('validateScenario', () => {
  it('accepts a sound scenario', () => {
    expect(problemsIn(fakeScenario())).toBe('');
  });

  it('reports a missing start', () => {
    expect(problemsIn(fakeScenario({ start: 'nowhere' }))).toContain(
      "content/scenarios/fake.yaml: scenario: start 'nowhere' is not a node",
    );
  });

  it('reports duplicate ids across nodes and endings, and duplicate choice ids', () => {
    const base = fakeScenario();
    const scenario = fakeScenario({
      nodes: [
        ...base.nodes,
        fakeNode({
          id: 'reorder',
          choices: [fakeChoice({ id: 'same', stance: 'win-lose' }), fakeChoice({ id: 'same' })],
        }),
      ],
    });
    const text = problemsIn(scenario);
    expect(text).toContain("scenario: the id 'reorder' is used more than once");
    expect(text).toContain("node 'reorder': the choice id 'same' is used more than once");
  });

  it('names the node and choice whose next points nowhere', () => {
    const scenario = fakeScenario({
      nodes: [fakeNode({ id: 'ask', next: 'close' }), ...fakeScenario().nodes.slice(1)],
    });
    expect(problemsIn(scenario)).toContain(
      "content/scenarios/fake.yaml: node 'ask', choice 'listen': points to 'close', which does not exist",
    );
  });

  it('reports nodes and endings that cannot be reached from the start', () => {
    const base = fakeScenario();
    const scenario = fakeScenario({
      nodes: [...base.nodes, fakeNode({ id: 'orphan', next: 'reorder' })],
      endings: [...base.endings, fakeEnding({ id: 'lost', outcome: 'lost', lifetime: 0 })],
    });
    const text = problemsIn(scenario);
    expect(text).toContain("node 'orphan': cannot be reached from the start");
    expect(text).toContain("ending 'lost': cannot be reached from the start");
  });

  it('reports nodes from which no ending can be reached, and the cycle that traps them', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({ id: 'ask', next: 'loop-a' }),
        fakeNode({ id: 'loop-a', next: 'loop-b' }),
        fakeNode({ id: 'loop-b', next: 'loop-a' }),
      ],
      endings: [fakeEnding()],
    });
    const text = problemsIn(scenario);
    expect(text).toContain("node 'loop-a': no ending can be reached from here");
    expect(text).toContain("node 'loop-a': is part of a cycle: loop-a → loop-b → loop-a");
  });

  it('reports a cycle even when an ending is still reachable', () => {
    const scenario = fakeScenario({
      nodes: [
        {
          ...fakeNode({ id: 'ask' }),
          choices: [
            fakeChoice({ id: 'again', next: 'ask', stance: 'win-lose' }),
            fakeChoice({ id: 'done', next: 'reorder' }),
          ],
        },
      ],
      endings: [fakeEnding()],
    });
    expect(problemsIn(scenario)).toContain("node 'ask': is part of a cycle: ask → ask");
  });

  it('reports a decision with fewer than two choices', () => {
    const scenario = fakeScenario({
      nodes: [fakeNode({ id: 'ask', choices: [fakeChoice({ stance: 'win-lose' })] })],
      endings: [fakeEnding()],
    });
    expect(problemsIn(scenario)).toContain("node 'ask': a decision needs at least 2 choices");
  });

  it('reports effects outside −25 to +25', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({
          id: 'ask',
          choices: [
            fakeChoice({ id: 'wild', stance: 'win-lose', effects: { competence: -40 } }),
            fakeChoice({ id: 'calm' }),
          ],
        }),
      ],
      endings: [fakeEnding()],
    });
    expect(problemsIn(scenario)).toContain(
      "node 'ask', choice 'wild': competence effect -40 is outside −25 to +25",
    );
  });

  it('reports a decision with no win-lose choice', () => {
    const scenario = fakeScenario({
      nodes: [fakeNode({ id: 'ask', choices: [fakeChoice({ id: 'a' }), fakeChoice({ id: 'b' })] })],
      endings: [fakeEnding()],
    });
    expect(problemsIn(scenario)).toContain(
      "node 'ask': offers no tempting win-lose choice; every decision needs one",
    );
  });

  it('reports a lesson that does not exist', () => {
    expect(problemsIn(fakeScenario({ lesson: 'no-such-lesson' }))).toContain(
      "scenario: lesson 'no-such-lesson' does not exist",
    );
  });

  it('reports deal amounts that are not whole yen in range', () => {
    const scenario = fakeScenario({
      nodes: [
        fakeNode({
          id: 'ask',
          choices: [
            fakeChoice({ id: 'fraction', stance: 'win-lose', deal: 1.5 }),
            fakeChoice({ id: 'huge', deal: 1e15 }),
          ],
        }),
      ],
      endings: [fakeEnding()],
    });
    const text = problemsIn(scenario);
    expect(text).toContain(
      "node 'ask', choice 'fraction': deal 1.5 is not a whole yen amount in range",
    );
    expect(text).toContain(
      "node 'ask', choice 'huge': deal 1000000000000000 is not a whole yen amount",
    );
  });

  it('reports an ending without lifetime or basis', () => {
    const broken = { ...fakeEnding(), lifetime: undefined, basis: '' } as unknown as ReturnType<
      typeof fakeEnding
    >;
    const text = problemsIn(
      fakeScenario({ endings: [broken, fakeScenario().endings[1] ?? broken] }),
    );
    expect(text).toContain("ending 'reorder': needs a lifetime value");
    expect(text).toContain("ending 'reorder': needs a basis");
  });

  it('reports every problem at once, not only the first', () => {
    const scenario = fakeScenario({ lesson: 'gone', start: 'nowhere' });
    expect(validateScenario(scenario, { lessonIds }).length).toBeGreaterThanOrEqual(2);
  });
});
