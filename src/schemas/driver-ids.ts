/**
 * The five trust drivers from the article, in its order, as plain data. Kept apart from the zod
 * schema so code shipped to the browser can list the drivers without bundling zod.
 */
export const driverIds = [
  'intention',
  'competence',
  'customerFocus',
  'communication',
  'valueCreation',
] as const;

export type Driver = (typeof driverIds)[number];
