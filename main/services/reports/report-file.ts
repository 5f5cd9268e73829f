import { z } from 'zod';
import { countWords, docText, DocSchema, type DocNode } from '../../../shared/report/document';
import { DEFAULT_FIELDS } from '../../../shared/report/fields';
import { ReportFileSchema, type ReportFile } from '../../../shared/report/report';
import type { FsLike } from '../fs/fs-like';
import { describeIssue, readJson } from '../archive/json-file';

/** A report file as read from disk: whole, absent, or damaged (never to be overwritten). */
export type ReportRead =
  { kind: 'ok'; report: ReportFile } | { kind: 'missing' } | { kind: 'damaged'; reason: string };

/** Files written before reports had fields and revisions: a title and the editor's JSON. */
const LegacyFileSchema = z.object({
  meta: z.object({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  content: DocSchema,
});

export function wordsOf(content: DocNode): number {
  return countWords(docText(content));
}

export async function readReportFile(fs: FsLike, file: string): Promise<ReportRead> {
  const result = await readJson(fs, file);
  if (result.kind === 'missing') return { kind: 'missing' };
  if (result.kind === 'bad') return { kind: 'damaged', reason: result.reason };
  return parseReport(result.value);
}

export function parseReport(value: unknown): ReportRead {
  const parsed = ReportFileSchema.safeParse(value);
  if (parsed.success) return { kind: 'ok', report: parsed.data };
  const legacy = LegacyFileSchema.safeParse(value);
  if (legacy.success) {
    const { meta, content } = legacy.data;
    const upgraded = ReportFileSchema.safeParse({
      meta: {
        ...meta,
        revision: 0,
        words: wordsOf(content),
        layout: 'nd30',
        final: false,
        deletedAt: null,
      },
      fields: { ...DEFAULT_FIELDS, summary: meta.title.slice(0, 500) },
      content,
    });
    if (upgraded.success) return { kind: 'ok', report: upgraded.data };
  }
  return { kind: 'damaged', reason: describeIssue(parsed.error.issues) };
}
