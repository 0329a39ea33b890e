/** A glossary term in content/glossary/<id>.yaml. */
import { z } from 'astro/zod';

const id = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'use lowercase words joined by hyphens, such as "trusted-advisor"',
  );

export const glossarySchema = z
  .object({
    /** The term as it is written in the course. */
    term: z.string().trim().min(2).max(60),
    /** One or two sentences in the course's own words. */
    definition: z.string().trim().min(20).max(400),
    /** The Japanese term where one is in common use. */
    japanese: z
      .object({
        /** Kanji or kana, as written in Japanese. */
        written: z.string().trim().min(1),
        /** Hepburn romanization with macrons. */
        romaji: z.string().trim().min(1),
      })
      .strict()
      .optional(),
    /** Ids of related glossary terms. */
    related: z.array(id).default([]),
    /** Ids of the lessons that use the term. */
    lessons: z.array(id).min(1, 'name at least one lesson that uses the term'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossarySchema>;
