import { z } from 'zod';
import { ERROR_CODES } from './errors';

/** Long work (import, reindex, export) reports through one shape so one progress bar serves all. */
export const JobProgressSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['import', 'reindex', 'export', 'backup', 'move-archive']),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  current: z.string().nullable(),
  error: z.string().nullable(),
  /** The failure's code when the work threw an AppError: the UI says it in the user's language. */
  errorCode: z.enum(ERROR_CODES).nullable().optional(),
  /** Bytes written so far, for work that writes a file (an export). */
  bytes: z.number().int().nonnegative().nullable().optional(),
  /**
   * Work done in steps names the step, so done/total starting again from 0 reads as the next
   * step, not as the work going backwards. Names: see JOB_PHASES.
   */
  phase: z
    .object({
      name: z.string(),
      step: z.number().int().min(1),
      steps: z.number().int().min(1),
    })
    .nullable()
    .optional(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;
export type JobKind = JobProgress['kind'];

/** The steps of a search index rebuild, in order: reading the articles, packing the index, saving it. */
export const REINDEX_PHASES = ['read', 'pack', 'save'] as const;
export type ReindexPhase = (typeof REINDEX_PHASES)[number];
