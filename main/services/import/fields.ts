import type { FieldReport, ImportField, ImportWarningCode } from '../../../shared/ipc/import';

export type FieldReports = Record<ImportField, FieldReport>;
export type ImportWarning = { code: ImportWarningCode; detail?: string };

export const found = (value: string, confidence: number): FieldReport => ({
  value,
  confidence,
  status: 'found',
});
export const proposed = (value: string, confidence: number): FieldReport => ({
  value,
  confidence,
  status: 'proposed',
});
export const missing = (): FieldReport => ({ value: null, confidence: 0, status: 'missing' });

export function emptyFields(): FieldReports {
  return {
    title: missing(),
    publishedAt: missing(),
    site: missing(),
    category: missing(),
    author: missing(),
    lead: missing(),
    dateline: missing(),
    body: missing(),
  };
}

const MAX_PROPOSED_TITLE = 160;

/** The first sentence of the body, shortened at a word boundary: offered as a title, never assumed. */
export function proposeTitle(firstParagraph: string): string | null {
  const text = firstParagraph.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const sentence = /^(.+?[.!?…])(\s+\p{Lu}|$)/u.exec(text)?.[1] ?? text;
  if (sentence.length <= MAX_PROPOSED_TITLE) return sentence.replace(/[.]$/, '');
  const cut = sentence.slice(0, MAX_PROPOSED_TITLE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trim()}…`;
}

/** Datelines that open a lead: "(KGO) -", "(Chinhphu.vn) -", "CTTĐT -", "VOV.VN -". */
const DATELINE = /^(\([^()\n]{2,30}\)|[A-ZĐ][A-ZĐ0-9.]{1,15}(?:\.VN)?)\s*[-–—]\s+/u;

export function findDateline(paragraph: string): string | null {
  const match = DATELINE.exec(paragraph);
  return match ? match[0].trim() : null;
}
