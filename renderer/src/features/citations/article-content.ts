import { citationNode, type CitedArticle } from '../../../../shared/report/citation';
import { NODE, type DocNode } from '../../../../shared/report/document';
import { quoteBlock } from '../../../../shared/report/quote';
import { firstSentences } from '../../../../shared/text/sentences';

export type PanelArticle = CitedArticle & { lead: string; bodyText: string | null };

export const INSERT_KINDS = ['citation', 'lead', 'quote'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

/** The lead, or the body's first two sentences when there is none (as the compiled report does). */
export function summaryOf(article: PanelArticle): string {
  const lead = article.lead.trim().normalize('NFC');
  return lead || firstSentences(article.bodyText ?? '', 2);
}

/** What "Tin bài" puts into the report for each action, in the one document model. */
export function articleContent(kind: InsertKind, article: PanelArticle, passage = ''): DocNode[] {
  if (kind === 'citation') return [citationNode(article)];
  if (kind === 'quote') return [quoteBlock(passage, article)];
  const summary = summaryOf(article);
  return [
    {
      type: NODE.paragraph,
      attrs: { firstLineIndent: true },
      content: [
        ...(summary ? [{ type: NODE.text, text: `${summary} ` }] : []),
        citationNode(article),
      ],
    },
  ];
}
