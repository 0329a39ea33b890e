/**
 * Random walks, over every shipped scenario and over generated ones: every walk ends in at most
 * as many steps as there are nodes, scores stay in 0–100, the deal never falls below 0, and
 * choose never changes its input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  choose,
  currentNode,
  isFinished,
  start,
  trustOf,
  type RunState,
} from '../../../../src/lib/scenario/engine';
import { validateScenario } from '../../../../src/lib/scenario/validate';
import type { Scenario } from '../../../../src/schemas/scenario';
import { driverIds } from '../../../../src/schemas/driver';
import { shippedScenarios } from '../../content/shipped';

/** Walks the scenario choosing by the given indexes; checks the invariants at every step. */
function walk(scenario: Scenario, picks: readonly number[]): RunState {
  let state = start(scenario);
  for (let step = 0; !isFinished(state); step++) {
    expect(step, 'the walk is longer than the number of nodes').toBeLessThan(scenario.nodes.length);
    const node = currentNode(state);
    if (!node) throw new Error(`walk stopped at '${state.at}', which is neither node nor ending`);
    const choice = node.choices[(picks[step] ?? 0) % node.choices.length];
    if (!choice) throw new Error('no choice');
    const frozen = JSON.stringify(state);
    const next = choose(state, choice.id);
    expect(JSON.stringify(state), 'choose changed its input').toBe(frozen);
    for (const driver of driverIds) {
      expect(next.drivers[driver]).toBeGreaterThanOrEqual(0);
      expect(next.drivers[driver]).toBeLessThanOrEqual(100);
    }
    expect(trustOf(next)).toBeGreaterThanOrEqual(0);
    expect(trustOf(next)).toBeLessThanOrEqual(100);
    expect(next.deal, 'the deal fell below 0').toBeGreaterThanOrEqual(0);
    state = next;
  }
  return state;
}

const picks = fc.array(fc.nat({ max: 3 }), { minLength: 40, maxLength: 40 });

/** Generated acyclic scenarios: node i may only point to later nodes or to an ending. */
const generatedScenario: fc.Arbitrary<Scenario> = fc
  .integer({ min: 1, max: 12 })
  .chain((size) =>
    fc.tuple(
      fc.constant(size),
      fc.array(
        fc.array(
          fc.record({
            target: fc.nat({ max: 100 }),
            effect: fc.integer({ min: -25, max: 25 }),
            driver: fc.constantFrom(...driverIds),
            deal: fc.integer({ min: -5_000_000, max: 5_000_000 }),
          }),
          { minLength: 2, maxLength: 4 },
        ),
        { minLength: size, maxLength: size },
      ),
    ),
  )
  .map(([size, nodes]) => ({
    id: 'generated',
    title: 'Generated',
    summary: 'A generated scenario for property tests.',
    lesson: 'trust-outweighs-price',
    minutes: 5,
    currency: 'JPY' as const,
    opening: 10_000_000,
    persona: {
      name: 'Test Buyer',
      address: 'Test-san',
      role: 'Buyer',
      company: 'Test',
      situation: 'Generated.',
    },
    start: 'n0',
    nodes: nodes.map((choices, index) => ({
      id: `n${index}`,
      says: 'Line',
      choices: choices.map((choice, choiceIndex) => {
        const later = size - index - 1;
        const pick = later === 0 ? 0 : choice.target % (later + 1);
        return {
          id: `c${choiceIndex}`,
          label: 'Reply',
          next: pick === 0 ? 'end' : `n${index + pick}`,
          stance: choiceIndex === 0 ? ('win-lose' as const) : ('win-win' as const),
          effects: { [choice.driver]: choice.effect },
          deal: choice.deal,
          reaction: 'Reacts',
          why: 'Because of a reason.',
        };
      }),
    })),
    endings: [
      {
        id: 'end',
        outcome: 'reorder' as const,
        title: 'End',
        text: 'The end of it.',
        lifetime: 1,
        basis: 'A basis sentence.',
      },
    ],
  }));

describe('random walks', () => {
  for (const { file, scenario } of shippedScenarios()) {
    it(`over ${file} always reach an ending with scores in range`, () => {
      fc.assert(
        fc.property(picks, (choices) => void walk(scenario, choices)),
        { numRuns: 200 },
      );
    });
  }

  it('over generated scenarios always reach an ending with scores in range', () => {
    fc.assert(
      fc.property(generatedScenario, picks, (scenario, choices) => {
        expect(
          validateScenario(scenario, { lessonIds: new Set(['trust-outweighs-price']) }).filter(
            (problem) => !problem.message.includes('cannot be reached'),
          ),
        ).toEqual([]);
        walk(scenario, choices);
      }),
      { numRuns: 300 },
    );
  });
});
