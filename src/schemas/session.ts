/**
 * A classroom session as stored in localStorage (one key per scenario, apart from the learner's
 * progress) and as sent between the audience window and the presenter console. Both are
 * untrusted, so they are parsed with this schema; src/lib/present/restore.ts then checks the
 * path against the scenario. Written with zod/mini because it ships to the browser.
 */
import * as z from 'zod/mini';
import { isId } from './primitives';
import { MAX_OPTIONS, MAX_REV, SESSION_VERSION, phases } from './session-limits';

export { MAX_OPTIONS, MAX_REV, SESSION_VERSION, phases };

const id = z.string().check(z.refine(isId));
const count = z.int().check(z.minimum(0), z.maximum(999));
const votes = z
  .record(id, count)
  .check(z.refine((record) => Object.keys(record).length <= MAX_OPTIONS, 'too many options'));
const path = z.array(id).check(z.maxLength(200));
const decisions = z.array(votes).check(z.maxLength(200));
const epoch = z.number().check(z.minimum(0));

export const timerSchema = z.object({
  /** Chosen length in seconds. */
  length: z.int().check(z.minimum(10), z.maximum(3600)),
  /** Epoch milliseconds at which a running timer reaches zero. */
  endsAt: z.optional(epoch),
  /** Seconds left on a paused timer. */
  pausedLeft: z.optional(z.int().check(z.minimum(0), z.maximum(3600))),
});

export const sessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  scenarioId: id,
  phase: z.enum(phases),
  /** The replies the room has taken, in order. */
  path,
  /** The show of hands at each decision, by decision index: option id → count. */
  votes: decisions,
  /** The option highlighted: the one +/− adjusts while voting, the room's reply when confirming. */
  selected: z.optional(id),
  meterHidden: z.boolean(),
  /** Keep the meter hidden until the first reveal, so the room cannot play to it. */
  hideUntilReveal: z.boolean(),
  blank: z.boolean(),
  timer: timerSchema,
  /** The room's first path to an ending, kept when it replays from a decision. */
  firstRun: z.optional(z.object({ path, votes: decisions })),
  /** Increases with every change; with `by`, orders changes made in two windows at once. */
  rev: z.int().check(z.minimum(0), z.maximum(MAX_REV)),
  /** Which window made the latest change. */
  by: z.string().check(z.maxLength(40)),
});

export type Phase = (typeof phases)[number];
export type Timer = z.infer<typeof timerSchema>;
export type SessionState = z.infer<typeof sessionSchema>;
