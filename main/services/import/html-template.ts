import { parseDateLine, type ParsedDateLine } from '../../../shared/text/dates';
import { findAll, findFirst, pattern } from './dom-find';
import { cleanText } from './html-text';

/**
 * The markup of the common provincial-portal templates (and the big news sites officials copy
 * from), tried before Readability because they name their parts exactly.
 */
const SELECTORS = {
  title: [
    'h1.title',
    'h1.news-title',
    '.title-detail',
    '.detail-title',
    '.article-title',
    '.news-title',
    '.tieude',
    '.title-news',
    'h1',
  ],
  lead: [
    '.tomtat',
    '.sapo',
    '.news-sapo',
    '.detail-sapo',
    '.article-summary',
    '.summary',
    '.chapeau',
    '.lead',
  ],
  body: [
    '.noidung',
    '.noi-dung',
    '.content-detail',
    '.detail-content',
    '.news-content',
    '.article-content',
    '.contentdetail',
    '.fck_detail',
    '.article-body',
    '[itemprop=articleBody]',
  ],
  date: [
    '.ngaydang',
    '.news-date',
    '.publish-date',
    '.post-date',
    '.detail-time',
    '.datetime',
    '.date',
    '.time',
    'time',
  ],
  category: ['.chuyenmuc', '.category', '.cate'],
  author: ['.author', '.tacgia', '.news-author', '.detail-author', '[rel=author]', '.byline'],
};

export type TemplateParts = {
  title: string | null;
  lead: string | null;
  leadElement: Element | null;
  body: Element | null;
  date: ParsedDateLine | null;
  category: string | null;
  author: string | null;
  authorElement: Element | null;
  site: string | null;
  metaTitle: string | null;
  sourceUrl: string | null;
};

function first(doc: Document, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = findAll(doc, pattern(selector)).find((el) => cleanText(el.textContent));
    if (found) return found;
  }
  return null;
}

const meta = (doc: Document, name: string) =>
  cleanText(
    findAll(doc, { tag: 'meta' })
      .find((el) => el.getAttribute('property') === name || el.getAttribute('name') === name)
      ?.getAttribute('content'),
  ) || null;

/** The last entry of a breadcrumb trail: the article's category. */
function breadcrumbLeaf(doc: Document): string | null {
  for (const trail of [
    ...findAll(doc, { cls: 'breadcrumb' }),
    ...findAll(doc, { cls: 'breadcrumbs' }),
  ]) {
    const items = [...trail.getElementsByTagName('li')];
    const leaf = cleanText(
      (items.at(-1) ?? [...trail.getElementsByTagName('a')].at(-1))?.textContent,
    );
    if (leaf) return leaf;
  }
  return null;
}

export function readTemplate(doc: Document): TemplateParts {
  const leadElement = first(doc, SELECTORS.lead);
  const authorElement = first(doc, SELECTORS.author);
  return {
    title: cleanText(first(doc, SELECTORS.title)?.textContent) || null,
    lead: cleanText(leadElement?.textContent) || null,
    leadElement,
    body: first(doc, SELECTORS.body),
    date: readDate(doc),
    category:
      breadcrumbLeaf(doc) ??
      (cleanText(first(doc, SELECTORS.category)?.textContent) || meta(doc, 'article:section')),
    author: cleanText(authorElement?.textContent) || meta(doc, 'author'),
    authorElement,
    site: meta(doc, 'og:site_name') ?? (titleParts(doc)[1] || null),
    metaTitle: meta(doc, 'og:title') ?? (titleParts(doc)[0] || null),
    sourceUrl: readSourceUrl(doc),
  };
}

/** Where the page was saved from: canonical link, og:url, or the browser's "saved from url" comment. */
function readSourceUrl(doc: Document): string | null {
  const candidates = [
    findFirst(doc, { tag: 'link', attr: ['rel', 'canonical'] })?.getAttribute('href'),
    meta(doc, 'og:url'),
  ];
  for (const node of doc.childNodes) {
    if (node.nodeType === 8)
      candidates.push(/saved from url=\(\d+\)(\S+)/i.exec(node.textContent ?? '')?.[1]);
  }
  const url = candidates.find((value) => value && /^https?:\/\//i.test(value.trim()));
  return url ? url.trim().slice(0, 2000) : null;
}

/** "<article title> - <site>" as browsers' <title> usually reads. */
function titleParts(doc: Document): [string, string] {
  const parts = cleanText(doc.getElementsByTagName('title')[0]?.textContent).split(/\s[-|–]\s/);
  return [parts[0] ?? '', parts.length > 1 ? (parts[parts.length - 1] ?? '') : ''];
}

function readDate(doc: Document): ParsedDateLine | null {
  for (const selector of SELECTORS.date) {
    for (const el of findAll(doc, pattern(selector))) {
      const parsed =
        parseDateLine(cleanText(el.textContent)) ?? isoDate(el.getAttribute('datetime'));
      if (parsed) return parsed;
    }
  }
  return isoDate(meta(doc, 'article:published_time'));
}

const VN_OFFSET_MS = 7 * 3600_000;

/** A machine date (meta tag, <time datetime>) moved into Vietnam's offset. */
function isoDate(value: string | null | undefined): ParsedDateLine | null {
  if (!value) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const local = new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 19);
  return { iso: `${local}+07:00`, hasTime: /T\d/.test(value), kind: 'labelled', label: 'meta' };
}
