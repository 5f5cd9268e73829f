import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  ImageRun,
  ShadingType,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { MARK, NODE, type DocMark, type DocNode } from '../../../../shared/report/document';
import { fitImage, type ImageData } from './images';
import { FONT } from './page';

export type InlineContext = {
  citationStyle: 'inline' | 'footnote';
  /** Footnote id → its text, filled as citations are met. */
  footnotes: Map<number, string>;
  images: Map<string, ImageData>;
  maxImageWidthPx: number;
};

/** "#1a2b3c", "#abc" or "rgb(1, 2, 3)" → "1A2B3C"; anything else is dropped. */
export function hexColor(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  let m = /^#([0-9a-f]{6})$/i.exec(v);
  if (m) return m[1]!.toUpperCase();
  m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(v);
  if (m) return `${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toUpperCase();
  m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/i.exec(v);
  if (m)
    return [m[1], m[2], m[3]]
      .map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'))
      .join('')
      .toUpperCase();
  return undefined;
}

/** "14pt", "18.67px", "14" → half-points; out-of-range sizes are ignored. */
export function fontSizeHalfPt(value: unknown): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(pt|px)?$/.exec(String(value ?? '').trim());
  if (!m) return undefined;
  const pt = m[2] === 'px' ? (Number(m[1]) * 72) / 96 : Number(m[1]);
  return pt >= 6 && pt <= 72 ? Math.round(pt * 2) : undefined;
}

function runOptions(marks: DocMark[] | undefined): IRunOptions {
  const options: Record<string, unknown> = { font: FONT };
  for (const mark of marks ?? []) {
    if (mark.type === MARK.bold) options.bold = true;
    else if (mark.type === MARK.italic) options.italics = true;
    else if (mark.type === MARK.underline) options.underline = {};
    else if (mark.type === MARK.strike) options.strike = true;
    else if (mark.type === MARK.subscript) options.subScript = true;
    else if (mark.type === MARK.superscript) options.superScript = true;
    else if (mark.type === MARK.textStyle) {
      // attrs.fontFamily is not carried: the decree wants Times New Roman for every run.
      const size = fontSizeHalfPt(mark.attrs?.fontSize);
      if (size) options.size = size;
      const color = hexColor(mark.attrs?.color);
      if (color) options.color = color;
    } else if (mark.type === MARK.highlight) {
      const fill = hexColor(mark.attrs?.color) ?? 'FFFF00';
      options.shading = { type: ShadingType.CLEAR, color: 'auto', fill };
    }
  }
  return options as IRunOptions;
}

function safeHref(value: unknown): string | null {
  const href = typeof value === 'string' ? value.trim() : '';
  return /^(https?:|mailto:)/i.test(href) ? href : null;
}

/**
 * The text of a citation's footnote: its label without the brackets ("Nguồn: <site>, <title>,
 * ngày …"), as the PDF's notes print it; the title is added if the label lacks it.
 */
export function citationSource(attrs: Record<string, unknown> | undefined): string {
  const label = String(attrs?.label ?? '').trim();
  const text = label.replace(/^\((.*)\)$/s, '$1').trim() || String(attrs?.site ?? '').trim();
  const title = String(attrs?.title ?? '').trim();
  return title && !text.includes(title) ? `${text}${text ? ', ' : ''}“${title}”` : text;
}

/** The runs of one paragraph's inline content, with `base` (the element's size, bold…) under the marks. */
export function inlineRuns(
  nodes: DocNode[] | undefined,
  context: InlineContext,
  base: IRunOptions = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === NODE.text) {
      const run = new TextRun({ ...base, ...runOptions(node.marks), text: node.text ?? '' });
      const link = node.marks?.find((mark) => mark.type === MARK.link);
      const href = link ? safeHref(link.attrs?.href) : null;
      out.push(href ? new ExternalHyperlink({ link: href, children: [linkRun(node, base)] }) : run);
    } else if (node.type === NODE.hardBreak) {
      out.push(new TextRun({ ...base, font: FONT, break: 1 }));
    } else if (node.type === NODE.citation) {
      out.push(citationRun(node, context, base));
    } else if (node.type === NODE.image) {
      const image = imageRun(node, context);
      if (image) out.push(image);
    }
  }
  return out;
}

function linkRun(node: DocNode, base: IRunOptions): TextRun {
  return new TextRun({
    ...base,
    ...runOptions(node.marks),
    text: node.text ?? '',
    style: 'Hyperlink',
  });
}

function citationRun(node: DocNode, context: InlineContext, base: IRunOptions): ParagraphChild {
  if (context.citationStyle === 'footnote') {
    const id = context.footnotes.size + 1;
    context.footnotes.set(id, citationSource(node.attrs));
    return new FootnoteReferenceRun(id);
  }
  return new TextRun({ ...base, ...runOptions(node.marks), text: String(node.attrs?.label ?? '') });
}

export function imageRun(node: DocNode, context: InlineContext): ParagraphChild | null {
  const image = context.images.get(String(node.attrs?.src ?? ''));
  if (!image) {
    const alt = String(node.attrs?.alt ?? '').trim();
    return alt ? new TextRun({ font: FONT, italics: true, text: `[${alt}]` }) : null;
  }
  const alt = String(node.attrs?.alt ?? '');
  return new ImageRun({
    type: image.type,
    data: image.data,
    transformation: fitImage(image, node.attrs?.width, context.maxImageWidthPx),
    altText: { name: alt || 'image', description: alt, title: alt },
  });
}
