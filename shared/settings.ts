import { z } from 'zod';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const FONT_SIZE = { MIN: 12, MAX: 40, STEP: 2, DEFAULT: 18 } as const;
export const LINE_HEIGHT = { MIN: 1.2, MAX: 2.2, STEP: 0.1, DEFAULT: 1.6 } as const;
export const CONTENT_WIDTH = { MIN: 480, MAX: 1200, STEP: 40, DEFAULT: 720 } as const;
export const READER_FONTS = ['serif', 'sans'] as const;
export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;

export const ReaderSettingsSchema = z.object({
  fontSize: z.number().int().min(FONT_SIZE.MIN).max(FONT_SIZE.MAX),
  lineHeight: z.number().min(LINE_HEIGHT.MIN).max(LINE_HEIGHT.MAX),
  contentWidth: z.number().int().min(CONTENT_WIDTH.MIN).max(CONTENT_WIDTH.MAX),
  fontFamily: z.enum(READER_FONTS),
  theme: z.enum(THEMES),
});
export type ReaderSettings = z.infer<typeof ReaderSettingsSchema>;

export const CITATION_STYLES = ['inline', 'footnote'] as const;

/** The report editor's preferences: spell-check, the personal word list, how citations print. */
export const EditorSettingsSchema = z.object({
  spellcheck: z.boolean(),
  personalWords: z.array(z.string().min(1).max(100)).max(10_000),
  citationStyle: z.enum(CITATION_STYLES),
  /** Page view zoom, percent. */
  zoom: z.number().int().min(50).max(200),
});
export type EditorSettings = z.infer<typeof EditorSettingsSchema>;

/**
 * The agency, place, signer and recipients of the last report, offered for the next one so
 * nobody types them twice (keys of ReportFields; kept loose here so settings never depend on
 * the report schema's evolution).
 */
export const ReportDefaultsSchema = z.record(z.string(), z.unknown());

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES),
  reader: ReaderSettingsSchema,
  editor: EditorSettingsSchema,
  reportDefaults: ReportDefaultsSchema,
  /** Where the archive was moved to (a USB drive, a shared folder); null means the default folder. */
  archivePath: z.string().nullable(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = z
  .object({
    language: z.enum(LANGUAGES),
    reader: ReaderSettingsSchema.partial().strict(),
    editor: EditorSettingsSchema.partial().strict(),
    reportDefaults: ReportDefaultsSchema,
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'vi',
  reader: {
    fontSize: FONT_SIZE.DEFAULT,
    lineHeight: LINE_HEIGHT.DEFAULT,
    contentWidth: CONTENT_WIDTH.DEFAULT,
    fontFamily: 'serif',
    theme: 'light',
  },
  editor: { spellcheck: true, personalWords: [], citationStyle: 'inline', zoom: 100 },
  reportDefaults: {},
  archivePath: null,
};
