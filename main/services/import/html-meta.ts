import { parseMachineDate, type ParsedDateLine } from '../../../shared/text/dates';
import { findAll, findFirst } from './dom-find';
import { cleanText } from './html-text';

/** What a page says about itself in <meta>, JSON-LD and <title>, beside what it shows. */
export type PageMeta = {
  get(name: string): string | null;
  /** The article's authors as JSON-LD names them (people only; an organisation is the site). */
  ldAuthors: string[];
  ldDate: ParsedDateLine | null;
  siteName: string | null;
  title: string | null;
  sourceUrl: string | null;
};

export function readPageMeta(doc: Document): PageMeta {
  const metas = findAll(doc, { tag: 'meta' });
  const get = (name: string) =>
    cleanText(
      metas
        .find((el) => el.getAttribute('property') === name || el.getAttribute('name') === name)
        ?.getAttribute('content'),
    ) || null;
  const ld = readJsonLd(doc);
  const [titleHead, titleTail] = titleParts(doc);
  return {
    get,
    ldAuthors: ld.authors,
    ldDate: parseMachineDate(ld.datePublished),
    siteName: get('og:site_name') ?? (titleTail || null),
    title: get('og:title') ?? (titleHead || null),
    sourceUrl: readSourceUrl(doc, get('og:url')),
  };
}

type LdArticle = { authors: string[]; datePublished: string | null };

const ARTICLE_TYPES =
  /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle)$/;

/**
 * The NewsArticle block of a page's JSON-LD. A block that does not parse (sites hand-write them)
 * is skipped, never fatal: the visible page still says what it says.
 */
function readJsonLd(doc: Document): LdArticle {
  for (const script of findAll(doc, { tag: 'script', attr: ['type', 'application/ld+json'] })) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of flatten(data)) {
      const type = node['@type'];
      if (typeof type !== 'string' || !ARTICLE_TYPES.test(type)) continue;
      return {
        authors: people(node.author),
        datePublished: typeof node.datePublished === 'string' ? node.datePublished : null,
      };
    }
  }
  return { authors: [], datePublished: null };
}

type LdNode = Record<string, unknown>;

function flatten(data: unknown): LdNode[] {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (!data || typeof data !== 'object') return [];
  const node = data as LdNode;
  return [node, ...(Array.isArray(node['@graph']) ? flatten(node['@graph']) : [])];
}

const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
};

/** Some sites write HTML entities inside JSON-LD strings ("NH&#7852;T XUÂN"). */
function decodeEntities(text: string): string {
  return cleanText(
    text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
      if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? all;
      const point =
        code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : +code.slice(1);
      return point > 0 && point < 0x110000 ? String.fromCodePoint(point) : all;
    }),
  );
}

function people(author: unknown): string[] {
  const list = Array.isArray(author) ? author : author ? [author] : [];
  return list.flatMap((entry) => {
    if (typeof entry === 'string') return decodeEntities(entry) ? [decodeEntities(entry)] : [];
    if (!entry || typeof entry !== 'object') return [];
    const { name, '@type': type } = entry as LdNode;
    if (type === 'Organization' || typeof name !== 'string' || !cleanText(name)) return [];
    return [decodeEntities(name)];
  });
}

/** Where the page was saved from: canonical link, og:url, or the browser's "saved from url" comment. */
function readSourceUrl(doc: Document, ogUrl: string | null): string | null {
  const candidates = [
    findFirst(doc, { tag: 'link', attr: ['rel', 'canonical'] })?.getAttribute('href'),
    ogUrl,
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
