/** The five trust drivers as a zod enum. Ids are stable: they key scores and progress. */
import { z } from 'astro/zod';
import { driverIds } from './driver-ids';

export { driverIds, type Driver } from './driver-ids';

/** One of the five trust drivers. */
export const driverSchema = z.enum(driverIds);
