import { parseDateLine } from '../../../shared/text/dates';
import {
  emptyFields,
  findDateline,
  found,
  proposeTitle,
  proposed,
  type ImportWarning,
} from './fields';
import { classifyBody, type BodyItem, type Paragraph } from './portal-body';
import { isChromeLine, isSourceFooter } from './portal-chrome';
import type { PortalText } from './portal-text';

/**
 * Exports from scraping tools and spreadsheets: "TITLE: …", "DATE: 14/09/2024  07:45",
 * "CONTENT: …" in any order, a value running on over the lines below its label.
 */
const LABELS: Record<string, LabelKind> = {
  title: 'title',
  headline: 'title',
  desc: 'lead',
  description: 'lead',
  introduce: 'lead',
  sapo: 'lead',
  summary: 'lead',
  date: 'date',
  time: 'time',
  category: 'category',
  author: 'author',
  content: 'body',
  body: 'body',
  'source-field': 'site',
  source: 'site',
  url: 'url',
  link: 'url',
  img: 'image',
  image: 'image',
  tags: 'ignored',
};
type LabelKind =
  | 'title'
  | 'lead'
  | 'date'
  | 'time'
  | 'category'
  | 'author'
  | 'body'
  | 'site'
  | 'url'
  | 'image'
  | 'ignored';

const LABEL_LINE = /^\s*([A-Za-z][A-Za-z-]{1,15})\s*:\s?(.*)$/;

function labelOf(line: string): { kind: LabelKind; value: string } | null {
  const match = LABEL_LINE.exec(line);
  const kind = match ? LABELS[match[1].toLowerCase()] : undefined;
  return kind && match ? { kind, value: match[2].trim() } : null;
}

/** At least two known labels among the first lines, one of them the title or the content. */
export function isLabelledExport(text: string): boolean {
  const lines = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim())
    .slice(0, 30);
  const kinds = new Set(lines.map((line) => labelOf(line)?.kind).filter(Boolean));
  return kinds.size >= 2 && (kinds.has('title') || kinds.has('body'));
}

export function parseLabelledExport(text: string): PortalText & { sourceUrl: string | null } {
  const values = new Map<LabelKind, string[]>();
  let current: LabelKind | null = null;
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/[\u00a0\t]/g, ' ').trim();
    const label = labelOf(line);
    if (label) {
      current = label.kind;
      if (!values.has(current)) values.set(current, []);
      if (label.value) values.get(current)!.push(label.value);
    } else if (current && line) values.get(current)!.push(line);
  }
  const one = (kind: LabelKind) => values.get(kind)?.join(' ').replace(/\s+/g, ' ').trim() || null;
  const fields = emptyFields();
  const warnings: ImportWarning[] = [];

  const title = one('title');
  if (title) fields.title = found(title, 0.95);
  const dateText = [one('date'), one('time')].filter(Boolean).join(' ');
  const date = dateText ? parseDateLine(dateText) : null;
  if (date) fields.publishedAt = found(date.iso, date.hasTime ? 0.95 : 0.8);
  else warnings.push({ code: 'date-missing', ...(dateText ? { detail: dateText } : {}) });
  const category = one('category');
  if (category) fields.category = found(category, 0.9);
  const author = one('author');
  if (author) fields.author = found(author, 0.9);
  const site = one('site');
  const urlValue = one('url') ?? (site && /^https?:\/\//i.test(site) ? site : null);
  if (site && !/^https?:\/\//i.test(site)) fields.site = found(site, 0.85);
  const images = values.get('image')?.length ?? 0;
  if (images > 0) warnings.push({ code: 'remote-images', detail: String(images) });

  const bodyLines = (values.get('body') ?? []).filter(
    (line) => !isChromeLine(line) && !isSourceFooter(line),
  );
  const items: BodyItem[] = bodyLines.map((line) => ({ kind: 'text', text: line }));
  const body = classifyBody(items, warnings);
  const lead = one('lead');
  const paragraphs: Paragraph[] = lead
    ? [
        { text: lead, role: 'lead' },
        ...body.paragraphs.map((p): Paragraph =>
          p.role === 'lead' ? { ...p, role: 'paragraph' } : p,
        ),
      ]
    : body.paragraphs;
  const leadText = paragraphs.find((p) => p.role === 'lead')?.text ?? null;
  if (leadText) {
    fields.lead = found(leadText, lead ? 0.9 : 0.7);
    const dateline = findDateline(leadText);
    if (dateline) fields.dateline = found(dateline, 0.9);
  }
  if (!author && body.author) fields.author = found(body.author.text, body.author.confidence);
  if (paragraphs.length > 0)
    fields.body = found(
      paragraphs
        .map((p) => p.text)
        .join('\n\n')
        .slice(0, 300),
      0.9,
    );
  else warnings.push({ code: 'empty-body' });
  if (!title) {
    warnings.push({ code: 'title-missing' });
    const guess = proposeTitle(leadText ?? '');
    if (guess) fields.title = proposed(guess, 0.3);
  }
  return { fields, paragraphs, warnings, sourceUrl: urlValue };
}
