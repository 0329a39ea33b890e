/** The five trust drivers from the article, in its order. Ids are stable: they key scores and progress. */
import { z } from 'astro/zod';

export const driverIds = [
  'intention',
  'competence',
  'customerFocus',
  'communication',
  'valueCreation',
] as const;

/** One of the five trust drivers. */
export const driverSchema = z.enum(driverIds);

export type Driver = z.infer<typeof driverSchema>;
