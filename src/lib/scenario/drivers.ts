/** How strongly a scenario exercises each trust driver: the sum of every reply's effect on it, either way. */
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
