import { z } from 'zod';

/**
 * The one document model of a report: tiptap JSON. The editor, the .docx builder, the print
 * layout and the compile step all read these names, so a node renamed here is renamed
 * everywhere. Attributes listed are the ones exporters read; the editor may add others.
 */
export const NODE = {
  doc: 'doc',
  paragraph: 'paragraph',
  /** attrs.level 1–3: Phần (I.), Mục (1.), khoản (a)). */
  heading: 'heading',
  text: 'text',
  hardBreak: 'hardBreak',
  /** attrs.listStyle: 'disc' | 'dash'. */
  bulletList: 'bulletList',
  /** attrs.start, attrs.type: '1' (1.) | 'a' (a)) | 'I' (I.) | 'i' (i.); documents from before the editor may have null = '1'. */
  orderedList: 'orderedList',
  listItem: 'listItem',
  blockquote: 'blockquote',
  horizontalRule: 'horizontalRule',
  /** A hard page break (Ctrl+Enter). */
  pageBreak: 'pageBreak',
  table: 'table',
  tableRow: 'tableRow',
  /**
   * attrs.colspan, attrs.rowspan, attrs.colwidth (px[] | null), attrs.verticalAlign ('top' |
   * 'middle' | 'bottom' | null = top), attrs.align (tiptap's cell alignment, 'left' | 'center' |
   * 'right' | 'justify' | null; the editor aligns the paragraphs inside instead). Same for tableHeader.
   */
  tableCell: 'tableCell',
  tableHeader: 'tableHeader',
  /** attrs.src ('media/<sha256>.<ext>', archive-relative), attrs.alt, attrs.width (px | null), attrs.caption. */
  image: 'image',
  /** Inline atom: attrs.articleId, attrs.label (the text shown: "(Nguồn: …)"), attrs.site, attrs.title, attrs.date (ISO | null). */
  citation: 'citation',
} as const;

export const MARK = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strike: 'strike',
  subscript: 'subscript',
  superscript: 'superscript',
  /** attrs.fontSize ('14pt'), attrs.color, attrs.fontFamily. */
  textStyle: 'textStyle',
  /** attrs.color. */
  highlight: 'highlight',
  /** attrs.href. */
  link: 'link',
} as const;

/**
 * Block attributes every paragraph and heading may carry: textAlign ('left' | 'center' |
 * 'right' | 'justify' | null = justify for body text), indent (0–8 levels of 1.27 cm),
 * firstLineIndent (boolean: 1.27 cm on the first line), lineHeight ('1.0' | '1.15' | '1.5' | null).
 */
export const BLOCK_ATTRS = ['textAlign', 'indent', 'firstLineIndent', 'lineHeight'] as const;

export type DocMark = { type: string; attrs?: Record<string, unknown> };
export type DocNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: DocMark[];
  text?: string;
};

/** Limits that keep a hostile or broken file from exhausting memory or the stack. */
export const DOC_LIMITS = { maxDepth: 64, maxNodes: 500_000 } as const;

const DocMarkSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z.array(DocMarkSchema).optional(),
    text: z.string().optional(),
  }),
);

/** A whole report body: a doc node whose depth and size stay within DOC_LIMITS. */
export const DocSchema = DocNodeSchema.refine((node) => node.type === NODE.doc, {
  message: 'the document must start with a doc node',
}).refine(withinLimits, { message: 'the document is nested too deeply or is too large' });

function withinLimits(root: DocNode): boolean {
  let count = 0;
  const stack: { node: DocNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > DOC_LIMITS.maxDepth || ++count > DOC_LIMITS.maxNodes) return false;
    for (const child of node.content ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}

export const EMPTY_DOC: DocNode = { type: NODE.doc, content: [{ type: NODE.paragraph }] };

/** Nodes whose text ends a line in docText (a word never runs on into the next one). */
export const BLOCK_TYPES = new Set<string>([
  NODE.paragraph,
  NODE.heading,
  NODE.listItem,
  NODE.tableCell,
  NODE.tableHeader,
  NODE.blockquote,
]);

/** The plain text of a document, blocks separated by newlines (word counts, previews, search). */
export function docText(root: DocNode): string {
  const out: string[] = [];
  const walk = (node: DocNode) => {
    if (node.type === NODE.text) out.push(node.text ?? '');
    else if (node.type === NODE.hardBreak) out.push('\n');
    else if (node.type === NODE.citation) out.push(String(node.attrs?.label ?? ''));
    for (const child of node.content ?? []) walk(child);
    if (BLOCK_TYPES.has(node.type)) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** Words as Word counts them: runs of non-space characters. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}
