import { formatDisplayDate } from '../text/dates';
import { NODE, type DocNode } from './document';

/** What a citation node carries (NODE.citation's attrs). */
export type CitationAttrs = {
  articleId: string;
  label: string;
  site: string | null;
  title: string;
  /** The article's publication date, ISO, or null when unknown. */
  date: string | null;
};

/** The article fields a citation is made from (an ArticleMeta is one). */
export type CitedArticle = {
  id: string;
  title: string;
  site: string | null;
  publishedAt: string | null;
};

/** "(Nguồn: <site>, <title>, ngày dd/mm/yyyy)", leaving out what the article lacks. */
export function citationLabel(source: {
  site: string | null;
  title: string;
  date: string | null;
}): string {
  const parts = [source.site?.trim(), source.title.trim()].filter((part): part is string =>
    Boolean(part),
  );
  const day = source.date ? formatDisplayDate(source.date, { withTime: false }) : '';
  if (day) parts.push(`ngày ${day}`);
  return `(Nguồn: ${parts.join(', ')})`.normalize('NFC');
}

export function citationAttrs(article: CitedArticle): CitationAttrs {
  const source = {
    site: article.site?.normalize('NFC') ?? null,
    title: article.title.normalize('NFC'),
    date: article.publishedAt,
  };
  return { articleId: article.id, label: citationLabel(source), ...source };
}

export function citationNode(article: CitedArticle): DocNode {
  return { type: NODE.citation, attrs: citationAttrs(article) };
}

/** Every citation of a document, in reading order (exporters number footnotes with it). */
export function collectCitations(root: DocNode): CitationAttrs[] {
  const found: CitationAttrs[] = [];
  const walk = (node: DocNode) => {
    if (node.type === NODE.citation && node.attrs) found.push(node.attrs as CitationAttrs);
    for (const child of node.content ?? []) walk(child);
  };
  walk(root);
  return found;
}
