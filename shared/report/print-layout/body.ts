import { BODY } from '../nd30';
import { MARK, NODE, type DocMark, type DocNode } from '../document';
import { escapeHtml } from './escape';

export type BodyOptions = {
  /** The data URL (or app URL) of an archive image ('media/<hash>.<ext>'); null prints its alt text. */
  resolveImage?: (src: string) => string | null;
  /** 'footnote' prints citations as numbered notes after the body; 'inline' prints the label. */
  citationStyle?: 'inline' | 'footnote';
};

type Walk = { options: BodyOptions; notes: string[] };

const ALIGN = new Set(['left', 'center', 'right', 'justify']);
const LINE_HEIGHTS = new Set(['1.0', '1.15', '1.5']);
const ORDERED_TYPES = new Set(['1', 'a', 'A', 'i', 'I']);

/** The report body (tiptap JSON) as HTML for the print layout; the JSON is walked, never a DOM. */
export function bodyHtml(doc: DocNode, options: BodyOptions = {}): string {
  const walk: Walk = { options, notes: [] };
  const html = children(doc, walk);
  if (walk.notes.length === 0) return html;
  const notes = walk.notes.map((note) => `<li>${note}</li>`).join('');
  return `${html}<ol class="kt-notes">${notes}</ol>`;
}

function children(node: DocNode, walk: Walk): string {
  return (node.content ?? []).map((child) => render(child, walk)).join('');
}

function render(node: DocNode, walk: Walk): string {
  const attrs = node.attrs ?? {};
  switch (node.type) {
    case NODE.text:
      return withMarks(escapeHtml(node.text ?? ''), node.marks ?? []);
    case NODE.hardBreak:
      return '<br>';
    case NODE.paragraph:
      return `<p${blockStyle(attrs)}>${inline(node, walk)}</p>`;
    case NODE.heading: {
      const level = clampInt(attrs.level, 1, 3, 1);
      return `<h${level}${blockStyle(attrs)}>${inline(node, walk)}</h${level}>`;
    }
    case NODE.bulletList: {
      const dash = attrs.listStyle === 'dash' ? ' class="kt-dash"' : '';
      return `<ul${dash}>${children(node, walk)}</ul>`;
    }
    case NODE.orderedList: {
      const type =
        typeof attrs.type === 'string' && ORDERED_TYPES.has(attrs.type) ? attrs.type : '1';
      const start = clampInt(attrs.start, 1, 1_000_000, 1);
      const paren = type === 'a' ? ' class="kt-paren"' : '';
      return `<ol type="${type}"${start !== 1 ? ` start="${start}"` : ''}${paren}>${children(node, walk)}</ol>`;
    }
    case NODE.listItem:
      return `<li>${children(node, walk)}</li>`;
    case NODE.blockquote:
      return `<blockquote>${children(node, walk)}</blockquote>`;
    case NODE.horizontalRule:
      return '<hr>';
    case NODE.pageBreak:
      return '<div class="kt-page-break"></div>';
    case NODE.table:
      return `<table class="kt-table">${children(node, walk)}</table>`;
    case NODE.tableRow:
      return `<tr>${children(node, walk)}</tr>`;
    case NODE.tableCell:
    case NODE.tableHeader:
      return cell(node, walk);
    case NODE.image:
      return image(attrs, walk.options);
    case NODE.citation:
      return citation(attrs, walk);
    default:
      // A node this layout does not know (a newer editor's): keep its text rather than lose it.
      return node.content ? children(node, walk) : escapeHtml(node.text ?? '');
  }
}

function inline(node: DocNode, walk: Walk): string {
  // An empty paragraph still takes a line, as it does in the editor and in Word.
  return children(node, walk) || '<br>';
}

function blockStyle(attrs: Record<string, unknown>): string {
  const style: string[] = [];
  if (typeof attrs.textAlign === 'string' && ALIGN.has(attrs.textAlign)) {
    style.push(`text-align:${attrs.textAlign}`);
  }
  const indent = clampInt(attrs.indent, 0, 8, 0);
  if (indent > 0) style.push(`margin-left:${(indent * BODY.indentStepCm).toFixed(2)}cm`);
  if (attrs.firstLineIndent === false) style.push('text-indent:0');
  if (typeof attrs.lineHeight === 'string' && LINE_HEIGHTS.has(attrs.lineHeight)) {
    const value = attrs.lineHeight === '1.0' ? BODY.lineHeight : Number(attrs.lineHeight);
    style.push(`line-height:${value}`);
  }
  return style.length ? ` style="${style.join(';')}"` : '';
}

function cell(node: DocNode, walk: Walk): string {
  const attrs = node.attrs ?? {};
  const tag = node.type === NODE.tableHeader ? 'th' : 'td';
  const span = (name: string) => {
    const n = clampInt(attrs[name], 1, 1000, 1);
    return n > 1 ? ` ${name}="${n}"` : '';
  };
  const widths = Array.isArray(attrs.colwidth) ? attrs.colwidth : [];
  const width = widths.reduce<number>((sum, w) => sum + (typeof w === 'number' ? w : 0), 0);
  const style: string[] = [];
  if (width > 0) style.push(`width:${Math.round(width)}px`);
  const valign = attrs.verticalAlign;
  if (valign === 'top' || valign === 'middle' || valign === 'bottom') {
    style.push(`vertical-align:${valign}`);
  }
  const css = style.length ? ` style="${style.join(';')}"` : '';
  return `<${tag}${span('colspan')}${span('rowspan')}${css}>${children(node, walk)}</${tag}>`;
}

function image(attrs: Record<string, unknown>, options: BodyOptions): string {
  const alt = typeof attrs.alt === 'string' ? attrs.alt : '';
  const src = typeof attrs.src === 'string' ? (options.resolveImage?.(attrs.src) ?? null) : null;
  const caption = typeof attrs.caption === 'string' && attrs.caption ? attrs.caption : '';
  const width = typeof attrs.width === 'number' && attrs.width > 0 ? attrs.width : null;
  const img = src
    ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${width ? ` style="width:${Math.round(width)}px"` : ''}>`
    : `<span class="kt-image-missing">[${escapeHtml(alt || 'hình ảnh')}]</span>`;
  const figcaption = caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : '';
  return `<figure class="kt-figure">${img}${figcaption}</figure>`;
}

function citation(attrs: Record<string, unknown>, walk: Walk): string {
  const label = typeof attrs.label === 'string' ? attrs.label : '';
  if (walk.options.citationStyle !== 'footnote') {
    return `<span class="kt-citation">${escapeHtml(label)}</span>`;
  }
  walk.notes.push(escapeHtml(label.replace(/^\(|\)$/g, '')));
  return `<sup class="kt-note-ref">${walk.notes.length}</sup>`;
}

function withMarks(html: string, marks: DocMark[]): string {
  let out = html;
  for (const mark of marks) out = wrapMark(out, mark);
  return out;
}

function wrapMark(html: string, mark: DocMark): string {
  const attrs = mark.attrs ?? {};
  switch (mark.type) {
    case MARK.bold:
      return `<strong>${html}</strong>`;
    case MARK.italic:
      return `<em>${html}</em>`;
    case MARK.underline:
      return `<u>${html}</u>`;
    case MARK.strike:
      return `<s>${html}</s>`;
    case MARK.subscript:
      return `<sub>${html}</sub>`;
    case MARK.superscript:
      return `<sup>${html}</sup>`;
    case MARK.highlight: {
      const color = cssColor(attrs.color) ?? '#ffff00';
      return `<mark style="background:${color}">${html}</mark>`;
    }
    case MARK.link:
      return typeof attrs.href === 'string' && /^https?:\/\//i.test(attrs.href)
        ? `<a href="${escapeHtml(attrs.href)}">${html}</a>`
        : html;
    case MARK.textStyle:
      return textStyle(html, attrs);
    default:
      return html;
  }
}

function textStyle(html: string, attrs: Record<string, unknown>): string {
  const style: string[] = [];
  const size =
    typeof attrs.fontSize === 'string' ? /^(\d{1,2}(?:\.\d)?)pt$/.exec(attrs.fontSize) : null;
  if (size) style.push(`font-size:${size[1]}pt`);
  const color = cssColor(attrs.color);
  if (color) style.push(`color:${color}`);
  // A pasted font is kept (the pre-flight check names it) but never something CSS could misread.
  if (typeof attrs.fontFamily === 'string' && /^[\p{L}\p{N} ,'"-]{1,80}$/u.test(attrs.fontFamily)) {
    style.push(`font-family:${attrs.fontFamily.replace(/"/g, "'")}`);
  }
  return style.length ? `<span style="${escapeHtml(style.join(';'))}">${html}</span>` : html;
}

function cssColor(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^rgba?\([\d\s.,%]+\)$/i.test(value) ? value : null;
}

function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
