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
import { cleanByline } from './byline';
import { isLabelledExport, parseLabelledExport } from './labelled-export';
import {
  breadcrumbLeaf,
  isChromeLine,
  isCounterLine,
  isEndOfArticle,
  isSourceFooter,
} from './portal-chrome';
import { classifyBody, guessAuthor, type BodyItem, type Paragraph } from './portal-body';
import { findDocumentTitle, isCapsSection, looksLikeDocument } from './portal-document';

export type { Paragraph } from './portal-body';

export type PortalText = {
  fields: FieldReports;
  paragraphs: Paragraph[];
  warnings: ImportWarning[];
  sourceUrl?: string | null;
};

/** How far down a page the header (site, category, title, date) can reach when nothing is in the way. */
const HEADER_ITEMS = 8;
/** A page copied whole from the top of the site brings menus, weather and a breadcrumb first. */
const WHOLE_PAGE_HEADER = 60;

/**
 * Reads text copied from a portal page: the header (site, category, title, date), then the body
 * (lead with its dateline, paragraphs, captions, author), with the page chrome left out.
 */
export function parsePortalText(text: string): PortalText {
  if (isLabelledExport(text)) return parseLabelledExport(text);
  const { items, breadcrumb } = toItems(text);
  const texts = items.flatMap((item, at) =>
    item.kind === 'text' ? [{ text: item.text, at }] : [],
  );
  const lines = texts.map((t) => t.text);
  const fields = emptyFields();
  const warnings: ImportWarning[] = [];

  const dates = headerDates(lines);
  const chosen = pickArticleDate(dates);
  const document = looksLikeDocument(lines);
  let header = findTitle(lines, chosen?.index ?? null, new Set(dates.map((d) => d.index)));
  if (document && (!header || !chosen || chosen.date.kind === 'administrative')) {
    const title = findDocumentTitle(lines);
    header = title && {
      titleIndex: title.index,
      categoryIndex: null,
      confidence: title.confidence,
    };
  }
  if (chosen) fields.publishedAt = found(chosen.date.iso, dateConfidence(chosen.date));
  else warnings.push({ code: 'date-missing' });
  const titleIndex = header?.titleIndex ?? null;

  if (header) {
    fields.title =
      header.confidence >= 0.6
        ? found(lines[header.titleIndex], header.confidence)
        : proposed(lines[header.titleIndex], header.confidence);
    if (header.confidence < 0.6) warnings.push({ code: 'title-uncertain' });
    if (!document)
      readSiteAndCategory(
        lines.slice(0, header.titleIndex).filter((t) => !parseDateLine(t)),
        fields,
      );
    if (header.categoryIndex !== null) fields.category = found(lines[header.categoryIndex], 0.8);
  }
  if (fields.category.status === 'missing' && breadcrumb) fields.category = found(breadcrumb, 0.7);

  let bodyStart = Math.max(titleIndex ?? -1, chosen?.index ?? -1) + 1;
  while (
    bodyStart < texts.length &&
    (isCounterLine(texts[bodyStart].text) || parseDateLine(texts[bodyStart].text))
  )
    bodyStart++;
  const bodyItems = bodyStart < texts.length ? items.slice(texts[bodyStart].at) : [];
  const body = classifyBody(withoutSourceFooters(bodyItems, warnings), warnings);
  // A document opens on its first section heading, which is no lead.
  if (document && body.paragraphs[0] && isCapsSection(body.paragraphs[0].text))
    body.paragraphs[0] = { ...body.paragraphs[0], role: 'paragraph' };

  const lead = body.paragraphs.find((p) => p.role === 'lead');
  if (lead) {
    fields.lead = found(lead.text, 0.8);
    const dateline = findDateline(lead.text);
    if (dateline) fields.dateline = found(dateline, 0.9);
  }
  const bylineAuthor = chosen?.author ?? null;
  if (body.author) fields.author = found(body.author.text, body.author.confidence);
  else if (bylineAuthor) fields.author = found(bylineAuthor, 0.8);
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

type DateCandidate = {
  date: ParsedDateLine;
  index: number;
  distanceToTitle: number;
  author: string | null;
};

/**
 * Date lines of the page's header: the first lines, or, when the copy starts at the top of the
 * site, everything before the first paragraph of prose. A byline carrying the date ("Nguyên
 * Minh - 07/03/2026 08:47") counts, and names the author.
 */
function headerDates(lines: string[]): DateCandidate[] {
  const prose = lines.findIndex((line) => line.length >= 160 && /[.!?…”"]$/u.test(line));
  const end = Math.max(HEADER_ITEMS, Math.min(prose < 0 ? lines.length : prose, WHOLE_PAGE_HEADER));
  const out: DateCandidate[] = [];
  for (let index = 0; index < Math.min(end, lines.length); index++) {
    const byline = parseDateLine(lines[index]) ? null : bylineDate(lines[index]);
    const date = byline?.date ?? parseDateLine(lines[index]);
    if (!date) continue;
    const above = lines[index - 1];
    const twoAbove = lines[index - 2];
    const distanceToTitle =
      above && isTitleLike(above)
        ? 1
        : above && twoAbove && isCategoryLine(above) && isTitleLike(twoAbove)
          ? 2
          : 5;
    out.push({ date, index, distanceToTitle, author: byline?.author ?? null });
  }
  return out;
}

/** "Nguyên Minh - 07/03/2026 08:47": a name, a dash, the date. */
function bylineDate(line: string): { author: string; date: ParsedDateLine } | null {
  const match = /^(.{2,50}?)\s+[-–|]\s+(\d{1,2}[/\-.]\d{1,2}[/\-.]\d{4}.*)$/u.exec(line);
  if (!match) return null;
  const date = parseDateLine(match[2]);
  const name = cleanByline(match[1])?.name;
  return date && name && guessAuthor(name) ? { author: name, date } : null;
}

/** Aggregators' "Nguồn TTXVN: <address>" left standing at the end of the copy. */
function withoutSourceFooters(items: BodyItem[], warnings: ImportWarning[]): BodyItem[] {
  const kept = [...items];
  for (;;) {
    const lastText = kept.findLastIndex((item) => item.kind === 'text');
    const last = kept[lastText];
    if (!last || last.kind !== 'text' || !isSourceFooter(last.text)) return kept;
    warnings.push({ code: 'chrome-removed', detail: last.text.slice(0, 80) });
    kept.splice(lastText);
  }
}

/** Bullets a list keeps when copied: "• <headline>", "  • 12/03/2021 08:15". */
const BULLET = /^[•◦▪▫●○■□·‣⁃∙]\s*/u;

function toItems(text: string): { items: BodyItem[]; breadcrumb: string | null } {
  const items: BodyItem[] = [];
  let breadcrumb: string | null = null;
  for (const raw of text.normalize('NFC').split(/\r\n|\r|\n/)) {
    const line = raw
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
      .replace(BULLET, '');
    if (!line) {
      // Portals surround pictures with lines holding only a non-breaking space.
      if (raw.includes('\u00a0')) items.push({ kind: 'gap' });
      continue;
    }
    if (isEndOfArticle(line)) break;
    const leaf = breadcrumbLeaf(line);
    if (leaf) {
      breadcrumb ??= leaf;
      continue;
    }
    if (isChromeLine(line)) continue;
    items.push({ kind: 'text', text: line });
  }
  return { items, breadcrumb };
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

type TitleChoice = { titleIndex: number; categoryIndex: number | null; confidence: number };

/** A category name on its own short line: "Kinh tế", "Văn hóa - Xã hội", "Thời sự". */
function isCategoryLine(line: string): boolean {
  const count = line.split(/\s+/).length;
  return line.length <= 40 && count <= 6 && !/[.;,:!?]$/u.test(line) && !parseDateLine(line);
}

/**
 * The title is the line just above the article's date, unless that line is the short category
 * name and a long headline stands above it; with no date, the first title-like line before a
 * paragraph.
 */
function findTitle(
  lines: string[],
  dateIndex: number | null,
  dateIndexes: Set<number>,
): TitleChoice | null {
  if (dateIndex !== null) {
    const above = dateIndex - 1;
    const headline = lines[above - 1];
    if (
      above >= 1 &&
      isCategoryLine(lines[above]) &&
      headline &&
      !dateIndexes.has(above - 1) &&
      isTitleLike(headline) &&
      headline.split(/\s+/).length >= 6 &&
      headline.length >= lines[above].length * 1.5
    )
      return { titleIndex: above - 1, categoryIndex: above, confidence: 0.85 };
    return above >= 0 && !dateIndexes.has(above) && isTitleLike(lines[above])
      ? { titleIndex: above, categoryIndex: null, confidence: 0.9 }
      : null;
  }
  for (let i = 0; i < Math.min(lines.length - 1, HEADER_ITEMS); i++) {
    if (
      isTitleLike(lines[i]) &&
      !isSiteLike(lines[i]) &&
      lines[i + 1].length > lines[i].length * 1.5
    )
      return { titleIndex: i, categoryIndex: null, confidence: 0.6 };
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
