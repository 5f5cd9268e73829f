/**
 * mammoth writes paragraphs without their look, and the paste pipeline reads a paragraph's
 * first-line indent and alignment from inline styles. So before conversion each body paragraph
 * is given a style name that encodes its look ("kt fli justify"), mapped to a class mammoth
 * keeps, and the class is then turned into the inline style the report schema parses.
 */
type MammothParagraph = {
  type: string;
  styleName?: string | null;
  numbering?: unknown;
  alignment?: string | null;
  indent?: { firstLine?: string | null };
  children?: unknown[];
};

const ALIGN: Record<string, string> = { both: 'justify', center: 'center', right: 'right' };
const KEEP_STYLE = /heading|title|caption/i;
/** A first line indented by at least this much (twips, ~0.5 cm) is the decree's body indent. */
const MIN_FIRST_LINE = 280;

const looks = ['', 'fli']
  .flatMap((fli) =>
    ['', ...Object.values(ALIGN)].map((align) => [fli, align].filter(Boolean).join('-')),
  )
  .filter(Boolean);

export const LOOK_STYLE_MAP = looks.map(
  (look) => `p[style-name='kt ${look}'] => p.kt-${look}:fresh`,
);

function markParagraphLook(element: MammothParagraph): MammothParagraph {
  if (element.type !== 'paragraph' || element.numbering || KEEP_STYLE.test(element.styleName ?? ''))
    return element;
  const fli = Number(element.indent?.firstLine ?? 0) >= MIN_FIRST_LINE ? 'fli' : '';
  const align = ALIGN[element.alignment ?? ''] ?? '';
  const look = [fli, align].filter(Boolean).join('-');
  return look ? { ...element, styleName: `kt ${look}` } : element;
}

/** `<p class="kt-fli-justify">` → `<p style="text-indent: 1.27cm; text-align: justify">`. */
export function lookClassesToStyles(html: string): string {
  return html.replace(/<p class="kt-([a-z-]+)">/g, (_match, look: string) => {
    const parts = look.split('-');
    const styles = [
      ...(parts.includes('fli') ? ['text-indent: 1.27cm'] : []),
      ...parts.filter((part) => part !== 'fli').map((align) => `text-align: ${align}`),
    ];
    return `<p style="${styles.join('; ')}">`;
  });
}

/** mammoth's transformDocument: every paragraph of the document tree, tables and lists included. */
export function markParagraphLooks(element: MammothParagraph): MammothParagraph {
  const children = element.children?.map((child) => markParagraphLooks(child as MammothParagraph));
  const next = children ? { ...element, children } : element;
  return next.type === 'paragraph' ? markParagraphLook(next) : next;
}
