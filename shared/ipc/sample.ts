import { z } from 'zod';

/** The small sample archive shipped in assets/sample, offered by the empty library. */
export const sampleChannels = {
  'archive.loadSample': {
    input: z.void(),
    output: z.object({
      added: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
    }),
  },
} as const;
