import type { Editor } from '@tiptap/core';
import type { SelectTool } from './toolbar-items';

/** The toolbar's drop-down tools (paragraph style, size, spacing, colours), in the same data form. */
const chain = (editor: Editor) => editor.chain().focus();

export const FONT_SIZES_PT = [10, 11, 12, 13, 14, 16, 18, 20, 24, 28] as const;
export const TEXT_COLORS = {
  black: '#000000',
  red: '#c00000',
  blue: '#1f4e9a',
  green: '#2e7d32',
  gray: '#595959',
} as const;
export const HIGHLIGHTS = {
  yellow: '#fff59d',
  green: '#c8e6c9',
  blue: '#bbdefb',
  orange: '#ffe0b2',
} as const;

export const blockStyle: SelectTool = {
  kind: 'select',
  id: 'blockStyle',
  label: 'blockStyle.label',
  options: [
    { value: 'paragraph', label: 'blockStyle.paragraph' },
    { value: 'h1', label: 'blockStyle.heading1' },
    { value: 'h2', label: 'blockStyle.heading2' },
    { value: 'h3', label: 'blockStyle.heading3' },
  ],
  value: (editor) => {
    for (const level of [1, 2, 3] as const)
      if (editor.isActive('heading', { level })) return `h${level}`;
    return 'paragraph';
  },
  apply: (editor, value) => {
    if (value === 'paragraph') chain(editor).setParagraph().run();
    else
      chain(editor)
        .setHeading({ level: Number(value.slice(1)) as 1 | 2 | 3 })
        .run();
  },
};

export const fontSize: SelectTool = {
  kind: 'select',
  id: 'fontSize',
  label: 'fontSize.label',
  options: [
    { value: '', label: 'fontSize.default' },
    ...FONT_SIZES_PT.map((size) => ({ value: `${size}pt`, label: `${size}` })),
  ],
  value: (editor) => String(editor.getAttributes('textStyle').fontSize ?? ''),
  apply: (editor, value) =>
    value ? chain(editor).setFontSize(value).run() : chain(editor).unsetFontSize().run(),
};

export const lineHeight: SelectTool = {
  kind: 'select',
  id: 'lineHeight',
  label: 'lineHeight.label',
  options: [
    { value: '', label: 'lineHeight.default' },
    { value: '1.0', label: '1,0' },
    { value: '1.15', label: '1,15' },
    { value: '1.5', label: '1,5' },
  ],
  value: (editor) =>
    String(
      (editor.isActive('heading')
        ? editor.getAttributes('heading')
        : editor.getAttributes('paragraph')
      ).lineHeight ?? '',
    ),
  apply: (editor, value) =>
    chain(editor)
      .setLineHeight(value ? (value as '1.0' | '1.15' | '1.5') : null)
      .run(),
};

export const color: SelectTool = {
  kind: 'select',
  id: 'color',
  label: 'color.label',
  options: [
    { value: '', label: 'color.none' },
    ...Object.entries(TEXT_COLORS).map(([name, value]) => ({ value, label: `colors.${name}` })),
  ],
  value: (editor) => String(editor.getAttributes('textStyle').color ?? ''),
  apply: (editor, value) =>
    value ? chain(editor).setColor(value).run() : chain(editor).unsetColor().run(),
};

export const highlight: SelectTool = {
  kind: 'select',
  id: 'highlight',
  label: 'highlight.label',
  options: [
    { value: '', label: 'highlight.none' },
    ...Object.entries(HIGHLIGHTS).map(([name, value]) => ({ value, label: `colors.${name}` })),
  ],
  value: (editor) => String(editor.getAttributes('highlight').color ?? ''),
  apply: (editor, value) =>
    value
      ? chain(editor).setHighlight({ color: value }).run()
      : chain(editor).unsetHighlight().run(),
};
