import { citationNode, type CitedArticle } from './citation';
import { NODE, type DocNode } from './document';

/** Whitespace collapsed and NFC: how a selection is compared with the article's own text. */
export function comparableText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** True when the passage is the article's own words (its body, lead or title), not retyped. */
export function isPassageOf(
  passage: string,
  article: { title: string; lead: string; bodyText: string | null },
): boolean {
  const wanted = comparableText(passage);
  if (!wanted) return false;
  return [article.bodyText ?? '', article.lead, article.title].some((source) =>
    comparableText(source).includes(wanted),
  );
}

/**
 * A quoted passage as report content: a block quote, one paragraph per paragraph of the
 * selection, the citation closing its last paragraph.
 */
export function quoteBlock(passage: string, article: CitedArticle): DocNode {
  const paragraphs = passage
    .normalize('NFC')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  const content: DocNode[] = paragraphs.map((line) => ({
    type: NODE.paragraph,
    content: [{ type: NODE.text, text: line }],
  }));
  const last = content[content.length - 1];
  if (last) last.content!.push({ type: NODE.text, text: ' ' }, citationNode(article));
  else content.push({ type: NODE.paragraph, content: [citationNode(article)] });
  return { type: NODE.blockquote, content };
}

const isEmptyParagraph = (node: DocNode | undefined) =>
  node?.type === NODE.paragraph && !node.content?.length;

/**
 * The document with the block put in at a cursor position (ProseMirror offset, as the editor
 * last had it): after the top-level block holding the cursor, or in place of it when that block
 * is an empty paragraph. Without a usable position, at the end. A paragraph follows the block
 * so typing can go on after it.
 */
export function insertBlock(doc: DocNode, block: DocNode, at?: number | null): DocNode {
  const content = [...(doc.content ?? [])];
  let index = content.length;
  if (at !== undefined && at !== null && at >= 0) {
    let offset = 0;
    for (let i = 0; i < content.length; i += 1) {
      offset += nodeSize(content[i]!);
      if (at < offset) {
        index = i + 1;
        break;
      }
    }
  }
  if (isEmptyParagraph(content[index - 1])) {
    content.splice(index - 1, 1, block);
    if (index === content.length) content.push({ type: NODE.paragraph });
    return { ...doc, content };
  }
  const after = isEmptyParagraph(content[index]) ? [] : [{ type: NODE.paragraph }];
  content.splice(index, 0, block, ...after);
  return { ...doc, content };
}

/** ProseMirror's size of a node: text length, 1 for a leaf, content + 2 for the others. */
function nodeSize(node: DocNode): number {
  if (node.type === NODE.text) return node.text?.length ?? 0;
  if (!node.content) return isLeaf(node.type) ? 1 : 2;
  return node.content.reduce((sum, child) => sum + nodeSize(child), 2);
}

const LEAVES = new Set<string>([
  NODE.hardBreak,
  NODE.horizontalRule,
  NODE.pageBreak,
  NODE.image,
  NODE.citation,
]);
function isLeaf(type: string): boolean {
  return LEAVES.has(type);
}
