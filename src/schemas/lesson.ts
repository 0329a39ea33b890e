/** Frontmatter of a lesson in content/lessons/*.mdx. */
import { z } from 'astro/zod';
import { driverSchema } from './driver';

export const lessonSchema = z
  .object({
    /** The lesson title, shown as the page's only h1. */
    title: z.string().trim().min(3).max(80),
    /** Position in the course, 1-based; lessons follow the article's order. */
    order: z.number().int().min(1),
    /** One sentence for lists and search results. */
    summary: z.string().trim().min(20).max(200),
    /** Each completes "You will be able to…". */
    objectives: z
      .array(z.string().trim().min(10))
      .min(2, 'list at least 2 objectives')
      .max(4, 'list at most 4 objectives'),
    /** The key-takeaway box that closes the lesson. */
    takeaway: z.string().trim().min(40),
    /** Reading time in whole minutes. */
    minutes: z.number().int().min(1).max(30),
    /** The trust drivers the lesson touches, without repeats. */
    drivers: z
      .array(driverSchema)
      .min(1, 'name at least one trust driver')
      .refine((list) => new Set(list).size === list.length, 'a driver is listed twice'),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
