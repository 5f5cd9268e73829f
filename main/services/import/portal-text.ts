import { parseDateLine, pickArticleDate, type ParsedDateLine } from '../../../shared/text/dates';
import {
  emptyFields,
  findDateline,
  found,
  proposed,
  proposeTitle,
  type FieldReports,
  type ImportWarning,
} from './fields';
import { isChromeLine, isCounterLine, isEndOfArticle } from './portal-chrome';
import { classifyBody, type BodyItem, type Paragraph } from './portal-body';

export type { Paragraph } from './portal-body';

export type PortalText = {
  fields: FieldReports;
  paragraphs: Paragraph[];
  warnings: ImportWarning[];
};

/** How far down a page the header (site, category, title, date) can reach. */
const HEADER_ITEMS = 8;

/**
 * Reads text copied from a portal page: the header (site, category, title, date), then the body
 * (lead with its dateline, paragraphs, captions, author), with the page chrome left out.
 */
export function parsePortalText(text: string): PortalText {
  const items = toItems(text);
  const texts = items.flatMap((item, at) =>
    item.kind === 'text' ? [{ text: item.text, at }] : [],
  );
  const fields = emptyFields();
  const warnings: ImportWarning[] = [];

  const dates = texts.slice(0, HEADER_ITEMS).flatMap((entry, index) => {
    const date = parseDateLine(entry.text);
    if (!date) return [];
    const before = texts[index - 1];
    const distanceToTitle = before && isTitleLike(before.text) ? 1 : 5;
    return [{ date, index, distanceToTitle }];
  });
  const chosen = pickArticleDate(dates);
  const titleIndex = findTitleIndex(
    texts.map((t) => t.text),
    chosen?.index ?? null,
    new Set(dates.map((d) => d.index)),
  );
  if (chosen) fields.publishedAt = found(chosen.date.iso, dateConfidence(chosen.date));
  else warnings.push({ code: 'date-missing' });

  if (titleIndex !== null) {
    fields.title = found(
      texts[titleIndex].text,
      chosen && chosen.index === titleIndex + 1 ? 0.9 : 0.6,
    );
    readSiteAndCategory(
      texts
        .slice(0, titleIndex)
        .map((t) => t.text)
        .filter((t) => !parseDateLine(t)),
      fields,
    );
  }

  let bodyStart = Math.max(titleIndex ?? -1, chosen?.index ?? -1) + 1;
  while (
    bodyStart < texts.length &&
    (isCounterLine(texts[bodyStart].text) || parseDateLine(texts[bodyStart].text))
  )
    bodyStart++;
  const bodyItems = bodyStart < texts.length ? items.slice(texts[bodyStart].at) : [];
  const body = classifyBody(bodyItems, warnings);

  const lead = body.paragraphs.find((p) => p.role === 'lead');
  if (lead) {
    fields.lead = found(lead.text, 0.8);
    const dateline = findDateline(lead.text);
    if (dateline) fields.dateline = found(dateline, 0.9);
  }
  if (body.author) fields.author = found(body.author.text, body.author.confidence);
  if (body.paragraphs.length > 0)
    fields.body = found(
      body.paragraphs
        .map((p) => p.text)
        .join('\n\n')
        .slice(0, 300),
      0.8,
    );
  else warnings.push({ code: 'empty-body' });

  if (titleIndex === null) {
    warnings.push({ code: 'title-missing' });
    const guess = proposeTitle(lead?.text ?? body.paragraphs[0]?.text ?? '');
    if (guess) fields.title = proposed(guess, 0.3);
  }
  return { fields, paragraphs: body.paragraphs, warnings };
}

function toItems(text: string): BodyItem[] {
  const items: BodyItem[] = [];
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    const line = raw
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim();
    if (!line) {
      // Portals surround pictures with lines holding only a non-breaking space.
      if (raw.includes('\u00a0')) items.push({ kind: 'gap' });
      continue;
    }
    if (isEndOfArticle(line)) break;
    if (isChromeLine(line)) continue;
    items.push({ kind: 'text', text: line });
  }
  return items;
}

function dateConfidence(date: ParsedDateLine): number {
  if (date.kind === 'labelled' || date.kind === 'bracketed') return 0.95;
  if (date.hasTime) return 0.85;
  return date.kind === 'administrative' ? 0.7 : 0.5;
}

export function isTitleLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (
    line.length >= 10 &&
    line.length <= 300 &&
    words >= 3 &&
    !/[.;,:]$/u.test(line) &&
    !parseDateLine(line) &&
    !findDateline(line) &&
    !isCounterLine(line)
  );
}

/** The title is the line just above the article's date; with no date, the first title-like line before a paragraph. */
function findTitleIndex(
  lines: string[],
  dateIndex: number | null,
  dateIndexes: Set<number>,
): number | null {
  if (dateIndex !== null) {
    const above = dateIndex - 1;
    return above >= 0 && !dateIndexes.has(above) && isTitleLike(lines[above]) ? above : null;
  }
  for (let i = 0; i < Math.min(lines.length - 1, HEADER_ITEMS); i++) {
    if (
      isTitleLike(lines[i]) &&
      !isSiteLike(lines[i]) &&
      lines[i + 1].length > lines[i].length * 1.5
    )
      return i;
  }
  return null;
}

const SITE =
  /(cổng thông tin|trang thông tin|cổng ttđt|báo điện tử|^báo\s|\.vn\b|\.gov\b|portal)/iu;

function isSiteLike(line: string): boolean {
  return SITE.test(line);
}

function readSiteAndCategory(header: string[], fields: FieldReports): void {
  if (header.length === 0) return;
  const first = header[0];
  if (isSiteLike(first) || header.length >= 2)
    fields.site = found(first, isSiteLike(first) ? 0.85 : 0.5);
  const last = header[header.length - 1];
  const categoryLike = last.length <= 60 && last.split(/\s+/).length <= 8 && !/[.]$/.test(last);
  if (categoryLike && (header.length >= 2 || !isSiteLike(last)))
    fields.category = found(last, header.length >= 2 ? 0.75 : 0.55);
}
