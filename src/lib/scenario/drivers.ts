/** Which trust drivers a reply moves, and how strongly a scenario exercises each of them. */
import { driverIds, type Driver } from '../../schemas/driver-ids';
import type { Scenario } from '../../schemas/scenario';

export function driverWeight(scenario: Scenario, driver: Driver): number {
  return scenario.nodes
    .flatMap((node) => node.choices)
    .reduce((sum, choice) => sum + Math.abs(choice.effects[driver] ?? 0), 0);
}

/** The drivers a scenario moves most, strongest first. */
export function mainDrivers(scenario: Scenario, count: number): Driver[] {
  return [...driverIds]
    .sort((a, b) => driverWeight(scenario, b) - driverWeight(scenario, a))
    .slice(0, count);
}

/** The drivers a set of changes actually moves (a reply's effects or a step's deltas), in driver order. */
export function movedDrivers(changes: {
  readonly [driver in Driver]?: number | undefined;
}): Driver[] {
  return driverIds.filter((driver) => (changes[driver] ?? 0) !== 0);
}
