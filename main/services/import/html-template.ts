import { parseDateLine, parseMachineDate, type ParsedDateLine } from '../../../shared/text/dates';
import { cleanByline, hostLabel, isSiteName } from './byline';
import { findAll, pattern } from './dom-find';
import { pickBody } from './html-boxes';
import { readPageMeta, type PageMeta } from './html-meta';
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
    '.content-detail-sapo',
    '.singular-sapo',
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
    '.maincontent',
  ],
  date: [
    '.ngaydang',
    '.news-date',
    '.publish-date',
    '.post-date',
    '.detail-time',
    '.post-time',
    '.pdate',
    '.datetime',
    '.date',
    '.time',
    'time',
  ],
  category: ['.chuyenmuc', '.category', '.cate'],
  author: [
    '.author',
    '.tacgia',
    '.news-author',
    '.detail-author',
    '.author-info',
    '.detail-author-bot',
    '.author-name',
    '[rel=author]',
    '.byline',
  ],
};

export type TemplateParts = {
  title: string | null;
  titleElement: Element | null;
  lead: string | null;
  leadElement: Element | null;
  body: Element | null;
  date: ParsedDateLine | null;
  /** Where the date came from: the page as shown, or what it says of itself in meta/JSON-LD. */
  dateSource: 'visible' | 'meta' | null;
  category: string | null;
  author: { name: string; confidence: number } | null;
  authorElement: Element | null;
  site: string | null;
  metaTitle: string | null;
  sourceUrl: string | null;
};

export function readTemplate(doc: Document): TemplateParts {
  const meta = readPageMeta(doc);
  const leadElement = first(doc, SELECTORS.lead);
  const titleElement = first(doc, SELECTORS.title);
  const visibleDate = readVisibleDate(doc);
  const machineDate = visibleDate ? null : readMachineDate(meta);
  const site = meta.siteName;
  const byline = readAuthor(doc, meta, { siteName: site, host: hostLabel(meta.sourceUrl) });
  return {
    title: cleanText(titleElement?.textContent) || null,
    titleElement,
    lead: cleanText(leadElement?.textContent) || null,
    leadElement,
    body: pickBody(doc, SELECTORS.body),
    date: visibleDate ?? machineDate,
    dateSource: visibleDate ? 'visible' : machineDate ? 'meta' : null,
    category:
      breadcrumbLeaf(doc) ??
      (cleanText(first(doc, SELECTORS.category)?.textContent) || meta.get('article:section')),
    author: byline.author,
    authorElement: byline.element,
    site,
    metaTitle: meta.title,
    sourceUrl: meta.sourceUrl,
  };
}

/** The date printed next to the headline: what a reader sees comes before what the markup claims. */
function readVisibleDate(doc: Document): ParsedDateLine | null {
  for (const selector of SELECTORS.date) {
    for (const el of findAll(doc, pattern(selector))) {
      const parsed =
        parseDateLine(cleanText(el.textContent)) ??
        parseMachineDateAttr(el.getAttribute('datetime'));
      if (parsed) return parsed;
    }
  }
  return null;
}

function parseMachineDateAttr(value: string | null): ParsedDateLine | null {
  return value ? readMachineDate({ get: () => value, ldDate: null }) : null;
}

function readMachineDate(meta: Pick<PageMeta, 'get' | 'ldDate'>): ParsedDateLine | null {
  return (
    parseMachineDate(meta.get('article:published_time')) ??
    parseMachineDate(meta.get('pubdate')) ??
    meta.ldDate
  );
}

type SiteIdentity = { siteName: string | null; host: string | null };

/**
 * The byline, in order of trust: an element the template names, the people JSON-LD lists,
 * the author meta tag; a name that is the site's own is never taken. When the byline says
 * "X và 1 tác giả khác", JSON-LD's list starting with X completes it.
 */
function readAuthor(
  doc: Document,
  meta: PageMeta,
  site: SiteIdentity,
): { author: { name: string; confidence: number } | null; element: Element | null } {
  const people = meta.ldAuthors.filter((name) => !isSiteName(name, site));
  for (const selector of SELECTORS.author) {
    for (const element of findAll(doc, pattern(selector))) {
      const byline = cleanByline(cleanText(element.textContent));
      if (!byline || isSiteName(byline.name, site)) continue;
      if (byline.moreAuthors) {
        const same = people.length > 1 && sameName(people[0], byline.name);
        return {
          author: same
            ? { name: people.join(' - '), confidence: 0.85 }
            : { name: byline.name, confidence: 0.7 },
          element,
        };
      }
      return { author: { name: byline.name, confidence: 0.85 }, element };
    }
  }
  if (people.length > 0)
    return { author: { name: people.join(' - '), confidence: 0.8 }, element: null };
  const metaAuthor = meta.get('author') ?? meta.get('article:author');
  const cleaned = metaAuthor ? cleanByline(metaAuthor) : null;
  if (cleaned && !/^https?:/i.test(cleaned.name) && !isSiteName(cleaned.name, site))
    return { author: { name: cleaned.name, confidence: 0.6 }, element: null };
  return { author: null, element: null };
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

function first(doc: Document, selectors: string[]): Element | null {
  for (const selector of selectors) {
    const found = findAll(doc, pattern(selector)).find((el) => cleanText(el.textContent));
    if (found) return found;
  }
  return null;
}

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
