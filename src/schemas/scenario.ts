/**
 * A branching role-play in content/scenarios/*.yaml. The shape is checked here; the graph
 * (links, reachability, cycles, trade-offs) is checked by src/lib/scenario/validate.ts.
 */
import { z } from 'astro/zod';

/** Largest yen amount a scenario may state: ¥100 billion, far above any one account. */
export const MAX_YEN = 100_000_000_000;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens, such as "offer-15"');

const yen = z
  .number()
  .int('use a whole number of yen')
  .min(-MAX_YEN, 'is below the sane range')
  .max(MAX_YEN, 'is above the sane range');

const delta = z
  .number()
  .int('use a whole number')
  .min(-25, 'must be at least −25')
  .max(25, 'must be at most +25');

/** Integer change per driver, −25 to +25; a driver left out does not move. */
export const effectsSchema = z
  .object({
    intention: delta.optional(),
    competence: delta.optional(),
    customerFocus: delta.optional(),
    communication: delta.optional(),
    valueCreation: delta.optional(),
  })
  .strict();

export const stanceSchema = z.enum(['win-win', 'win-lose', 'neutral']);

export const choiceSchema = z
  .object({
    /** Unique within its node. */
    id,
    /** The learner's words. */
    label: z.string().trim().min(3),
    /** The node or ending this choice leads to. */
    next: id,
    /** Whether the reply seeks a result good for both sides, only for the seller, or neither. */
    stance: stanceSchema,
    /** How the buyer's trust in each driver moves. */
    effects: effectsSchema,
    /** Change in yen to the value secured in this conversation. */
    deal: yen.default(0),
    /** What the buyer visibly does in response. */
    reaction: z.string().trim().min(3),
    /** One or two sentences naming the driver and the reason. */
    why: z.string().trim().min(10),
    /** Lesson passage behind the consequence: "lesson-id" or "lesson-id#heading-id". */
    lessonAnchor: z
      .string()
      .regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'write it as "lesson-id#heading-id"')
      .optional(),
    /** A discussion prompt for trainers in presenter mode. */
    facilitator: z.string().trim().min(10).optional(),
  })
  .strict();

export const nodeSchema = z
  .object({
    id,
    /** Narration shown before the buyer speaks: what is happening. */
    situation: z.string().trim().min(3).optional(),
    /** The buyer's line. */
    says: z.string().trim().min(3),
    /** The learner's options. */
    choices: z
      .array(choiceSchema)
      .min(2, 'offer at least 2 choices')
      .max(4, 'offer at most 4 choices'),
  })
  .strict();

export const outcomeSchema = z.enum(['reorder', 'one-off', 'lost']);

export const endingSchema = z
  .object({
    id,
    /** Reorder, one-off sale or lost account. */
    outcome: outcomeSchema,
    /** A short name for the ending. */
    title: z.string().trim().min(3),
    /** What happened, and why, in two or three sentences. */
    text: z.string().trim().min(10),
    /** Projected value of the relationship over the next three years, in yen. */
    lifetime: yen.refine((value) => value >= 0, 'cannot be negative'),
    /** One sentence explaining the projection. */
    basis: z.string().trim().min(10),
  })
  .strict();

export const personaSchema = z
  .object({
    /** Family name first, as the buyer would give it: "Yamada Kenji". */
    name: z.string().trim().min(2),
    /** How the learner addresses them: "Yamada-san". */
    address: z.string().trim().min(2),
    role: z.string().trim().min(3),
    company: z.string().trim().min(3),
    /** What the learner knows before the conversation starts. */
    situation: z.string().trim().min(10),
  })
  .strict();

export const scenarioSchema = z
  .object({
    /** Matches the file name; used in addresses and progress. */
    id,
    title: z.string().trim().min(3).max(80),
    summary: z.string().trim().min(20).max(240),
    /** The lesson this scenario practises (a lesson id). */
    lesson: id,
    minutes: z.number().int().min(1).max(30),
    /** Currency of every amount in the scenario. */
    currency: z.literal('JPY'),
    /** The deal value on the table when the conversation opens, in yen. */
    opening: yen.refine((value) => value >= 0, 'cannot be negative'),
    persona: personaSchema,
    /** The first node. */
    start: id,
    nodes: z.array(nodeSchema).min(1),
    endings: z.array(endingSchema).min(1),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Ending = z.infer<typeof endingSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Stance = z.infer<typeof stanceSchema>;
export type Effects = z.infer<typeof effectsSchema>;
