import { Extension, type Editor } from '@tiptap/core';
import { NODE } from '../document';

/** Indent levels (each 1.27 cm, Word's default tab) a paragraph or heading may take. */
export const INDENT = { MIN: 0, MAX: 8 } as const;
export const LINE_HEIGHTS = ['1.0', '1.15', '1.5'] as const;
export type LineHeight = (typeof LINE_HEIGHTS)[number];
/** One indent step in centimetres; the print layout and .docx use the same figure. */
export const INDENT_STEP_CM = 1.27;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    blockAttributes: {
      /** Moves the paragraphs in the selection one level right (Word's "Increase indent"). */
      indent: () => ReturnType;
      outdent: () => ReturnType;
      setLineHeight: (lineHeight: LineHeight | null) => ReturnType;
      toggleFirstLineIndent: () => ReturnType;
    };
  }
}

type Options = { types: string[] };

function clampIndent(value: number): number {
  return Math.min(INDENT.MAX, Math.max(INDENT.MIN, Math.round(value)));
}

/**
 * The paragraph-level attributes of BLOCK_ATTRS other than textAlign (TextAlign owns that):
 * indent, firstLineIndent and lineHeight, read from and written to inline styles so a paste
 * from Word keeps them and the exporters find them in the JSON.
 */
export const BlockAttributes = Extension.create<Options>({
  name: 'blockAttributes',
  // After tables (Tab moves between cells) and lists (Tab nests an item): Tab indents what is left.
  priority: 50,

  addOptions() {
    return { types: ['paragraph', 'heading'] };
  },

  addGlobalAttributes() {
    return [
      {
        types: this.options.types,
        attributes: {
          indent: {
            default: 0,
            parseHTML: (element) => {
              const data = element.getAttribute('data-indent');
              if (data) return clampIndent(Number(data) || 0);
              const margin = /(-?[\d.]+)(cm|pt|px|in)/.exec(element.style.marginLeft ?? '');
              if (!margin) return 0;
              return clampIndent(toCm(Number(margin[1]), margin[2]!) / INDENT_STEP_CM);
            },
            renderHTML: (attrs) =>
              attrs.indent
                ? {
                    'data-indent': String(attrs.indent),
                    style: `margin-left: ${(Number(attrs.indent) * INDENT_STEP_CM).toFixed(2)}cm`,
                  }
                : {},
          },
          // null follows the layout (body paragraphs indented as the decree asks; list items and
          // table cells not); true and false are the user's explicit choice, as in the exports.
          firstLineIndent: {
            default: null,
            parseHTML: (element) => parseFirstLineIndent(element),
            renderHTML: (attrs) => {
              if (attrs.firstLineIndent === true)
                return {
                  'data-first-line-indent': 'on',
                  style: `text-indent: ${INDENT_STEP_CM}cm`,
                };
              if (attrs.firstLineIndent === false)
                return { 'data-first-line-indent': 'off', style: 'text-indent: 0' };
              return {};
            },
          },
          lineHeight: {
            default: null,
            parseHTML: (element) => parseLineHeight(element.style.lineHeight ?? ''),
            renderHTML: (attrs) =>
              attrs.lineHeight ? { style: `line-height: ${String(attrs.lineHeight)}` } : {},
          },
        },
      },
    ];
  },

  addCommands() {
    const shift =
      (delta: number) =>
      () =>
      ({ tr, state, dispatch }: import('@tiptap/core').CommandProps) => {
        let changed = false;
        state.doc.nodesBetween(state.selection.from, state.selection.to, (node, pos) => {
          if (!this.options.types.includes(node.type.name)) return true;
          const next = clampIndent(Number(node.attrs.indent ?? 0) + delta);
          if (next !== node.attrs.indent) {
            tr.setNodeAttribute(pos, 'indent', next);
            changed = true;
          }
          return false;
        });
        if (changed && dispatch) dispatch(tr);
        return changed;
      };
    return {
      indent: shift(1),
      outdent: shift(-1),
      setLineHeight:
        (lineHeight) =>
        ({ commands }) =>
          this.options.types
            .map((type) => commands.updateAttributes(type, { lineHeight }))
            .some(Boolean),
      toggleFirstLineIndent:
        () =>
        ({ editor, commands }) => {
          const on = !isFirstLineIndented(editor);
          return this.options.types
            .map((type) => commands.updateAttributes(type, { firstLineIndent: on }))
            .some(Boolean);
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => this.editor.commands.indent(),
      'Shift-Tab': () => this.editor.commands.outdent(),
    };
  },
});

/** What the reader sees at the cursor: the paragraph's own choice, or the layout's default. */
export function isFirstLineIndented(editor: Editor): boolean {
  const { $from } = editor.state.selection;
  const own = $from.parent.attrs.firstLineIndent as boolean | null | undefined;
  if (typeof own === 'boolean') return own;
  for (let depth = $from.depth - 1; depth > 0; depth--) {
    if (NOT_INDENTED_INSIDE.has($from.node(depth).type.name)) return false;
  }
  return true;
}

const NOT_INDENTED_INSIDE = new Set<string>([NODE.listItem, NODE.tableCell, NODE.tableHeader]);

function parseFirstLineIndent(element: HTMLElement): boolean | null {
  const marked = element.getAttribute('data-first-line-indent');
  if (marked === 'off') return false;
  if (marked !== null) return true;
  const textIndent = element.style.textIndent ?? '';
  if (!textIndent) return null;
  return Number.parseFloat(textIndent) > 0;
}

function toCm(value: number, unit: string): number {
  if (unit === 'cm') return value;
  if (unit === 'in') return value * 2.54;
  if (unit === 'pt') return (value / 72) * 2.54;
  return (value / 96) * 2.54;
}

/** Word writes line-height as 115%, 1.15 or 17.25pt; only the three report spacings are kept. */
function parseLineHeight(value: string): LineHeight | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const number = trimmed.endsWith('%') ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
  if (!Number.isFinite(number) || number <= 0) return null;
  let best: LineHeight = '1.0';
  for (const candidate of LINE_HEIGHTS) {
    if (Math.abs(Number(candidate) - number) < Math.abs(Number(best) - number)) best = candidate;
  }
  return best;
}
