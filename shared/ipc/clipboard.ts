import { z } from 'zod';

export const clipboardChannels = {
  /**
   * The clipboard's plain text, for "Dán dạng văn bản thuần". `text` is null where the shell has
   * no clipboard of its own to read (the loopback host): the page asks the browser instead.
   */
  'clipboard.readText': {
    input: z.void(),
    output: z.object({ text: z.string().nullable() }),
  },
} as const;
