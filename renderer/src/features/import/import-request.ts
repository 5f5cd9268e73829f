import type { ChannelInput } from '../../../../shared/ipc';
import type {
  DuplicateMode,
  FileOverride,
  ImportFileInput,
  ImportInspection,
} from '../../../../shared/ipc/import';

export type FieldEdits = {
  title?: string;
  publishedAt?: string | null;
  category?: string | null;
  author?: string | null;
};

export type PreviewFile = {
  key: string;
  name: string;
  input: ImportFileInput;
  inspection: ImportInspection | null;
  error: string | null;
  encoding?: FileOverride['encoding'];
  duplicateMode?: DuplicateMode;
  edits: FieldEdits;
};

/** Only what the person changed travels as an override; untouched files import as read. */
export function buildStartRequest(
  files: PreviewFile[],
  duplicateMode: DuplicateMode,
): ChannelInput<'import.start'> {
  const overrides: Record<string, FileOverride> = {};
  for (const file of files) {
    const override: FileOverride = {};
    if (file.encoding) override.encoding = file.encoding;
    if (file.duplicateMode) override.duplicateMode = file.duplicateMode;
    const fields = changedFields(file);
    if (fields) override.fields = fields;
    if (Object.keys(override).length > 0) overrides[file.key] = override;
  }
  return {
    files: files.filter((f) => !f.error).map((f) => ({ key: f.key, file: f.input })),
    duplicateMode,
    ...(Object.keys(overrides).length > 0 ? { overrides } : {}),
  };
}

function changedFields(file: PreviewFile): FileOverride['fields'] | null {
  const draft = file.inspection?.draft;
  const fields: NonNullable<FileOverride['fields']> = {};
  const { title, publishedAt, category, author } = file.edits;
  if (title !== undefined && title.trim() && title !== draft?.title) fields.title = title.trim();
  if (publishedAt !== undefined && publishedAt !== draft?.publishedAt)
    fields.publishedAt = publishedAt;
  if (category !== undefined && category !== draft?.category) fields.category = category;
  if (author !== undefined && author !== draft?.author) fields.author = author;
  // A proposed title the person left as it is gets confirmed, so it is saved as what they saw.
  if (!fields.title && file.inspection?.fields.title.status === 'proposed' && draft?.title)
    fields.title = draft.title;
  return Object.keys(fields).length > 0 ? fields : null;
}

export function summarize(rows: { outcome: string }[]): {
  imported: number;
  skipped: number;
  failed: number;
} {
  const count = (...outcomes: string[]) => rows.filter((r) => outcomes.includes(r.outcome)).length;
  return {
    imported: count('imported', 'replaced', 'kept-both'),
    skipped: count('skipped-duplicate'),
    failed: count('failed'),
  };
}
