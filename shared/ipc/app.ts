import { z } from 'zod';
import { SettingsPatchSchema, SettingsSchema } from '../settings';

export const appChannels = {
  'app.info': {
    input: z.void(),
    output: z.object({
      name: z.string(),
      version: z.string(),
      platform: z.string(),
      shell: z.enum(['electron', 'web']),
      archivePath: z.string(),
      userDataPath: z.string(),
    }),
  },
  'app.openExternal': {
    input: z.object({ url: z.string().max(4096) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  'settings.get': { input: z.void(), output: SettingsSchema },
  'settings.set': { input: SettingsPatchSchema, output: SettingsSchema },
  'settings.reset': {
    input: z.object({ section: z.enum(['reader', 'all']) }).strict(),
    output: SettingsSchema,
  },
  /** "Lưu thông tin chẩn đoán": logs, versions, archive figures and settings (nothing personal) as one zip. */
  'app.saveDiagnostics': {
    input: z.void(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
  'jobs.cancel': {
    input: z.object({ jobId: z.string().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;
