import { z } from 'zod';

/** Long work (import, reindex, export) reports through one shape so one progress bar serves all. */
export const JobProgressSchema = z.object({
  jobId: z.string(),
  kind: z.enum(['import', 'reindex', 'export', 'backup', 'move-archive']),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  current: z.string().nullable(),
  error: z.string().nullable(),
});
export type JobProgress = z.infer<typeof JobProgressSchema>;
export type JobKind = JobProgress['kind'];
