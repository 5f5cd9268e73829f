import { z } from 'zod';
import { JobProgressSchema } from '../jobs';
import { SettingsSchema } from '../settings';

/** Main → renderer notifications. The preload's `api.on` and the host's event stream carry these. */
export const MENU_COMMANDS = [
  'reader.fontLarger',
  'reader.fontSmaller',
  'reader.fontReset',
  'navigate.library',
  'navigate.reports',
  'navigate.settings',
  'import.open',
  'find.open',
  'help.saveDiagnostics',
] as const;

export const events = {
  'job.progress': JobProgressSchema,
  'settings.changed': SettingsSchema,
  'menu.command': z.object({ command: z.enum(MENU_COMMANDS) }),
  /** Reports written in main (by any window, a quote, a compile); empty ids: the folder was replaced. */
  'reports.changed': z.object({ ids: z.array(z.string()) }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
