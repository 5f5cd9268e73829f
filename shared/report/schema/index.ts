import { getSchema, type AnyExtension } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import Highlight from '@tiptap/extension-highlight';
import HorizontalRule from '@tiptap/extension-horizontal-rule';
import Italic from '@tiptap/extension-italic';
import Link from '@tiptap/extension-link';
import { ListItem } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Strike from '@tiptap/extension-strike';
import Subscript from '@tiptap/extension-subscript';
import Superscript from '@tiptap/extension-superscript';
import Text from '@tiptap/extension-text';
import TextAlign from '@tiptap/extension-text-align';
import { Color, FontFamily, FontSize, TextStyle } from '@tiptap/extension-text-style';
import Underline from '@tiptap/extension-underline';
import type { Schema } from '@tiptap/pm/model';
import { BlockAttributes } from './block-attributes';
import { Citation } from './citation';
import { ReportBulletList, ReportOrderedList } from './lists';
import { PageBreak } from './page-break';
import { ReportImage } from './report-image';
import { ReportTable, ReportTableCell, ReportTableHeader, ReportTableRow } from './table';

export const TEXT_ALIGNS = ['left', 'center', 'right', 'justify'] as const;
export type TextAlignValue = (typeof TEXT_ALIGNS)[number];
/** Addresses a report may link to; anything else is dropped on paste and refused by setLink. */
export const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/**
 * The extensions that DEFINE the report document (nodes, marks, block attributes), in one
 * list both the editor and main (HTML → report JSON for the CLI and .docx opening) build their
 * schema from. Nothing here touches the DOM at import time. Editor-only behaviour (undo,
 * find/replace, paste handling, spell-check…) is added in renderer/src/features/editor.
 * To add a node (e.g. citation), put its file beside these and append it to the list.
 */
export const REPORT_SCHEMA_EXTENSIONS: AnyExtension[] = [
  Document,
  Paragraph,
  Text,
  Heading.configure({ levels: [1, 2, 3] }),
  HardBreak,
  Bold,
  Italic,
  Underline,
  Strike,
  Subscript,
  Superscript,
  TextStyle,
  FontSize,
  FontFamily,
  Color,
  Highlight.configure({ multicolor: true }),
  // Non-inclusive: text typed at the end of a link is not part of it (tiptap makes the mark
  // inclusive while autolink is on, so a word typed after a link, by Unikey or an IME, joined it).
  Link.extend({ inclusive: () => false }).configure({
    openOnClick: false,
    autolink: true,
    linkOnPaste: true,
    defaultProtocol: 'https',
    protocols: ['http', 'https', 'mailto'],
    isAllowedUri: (url) => SAFE_LINK.test(url),
    HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
  }),
  ReportBulletList,
  ReportOrderedList,
  ListItem,
  Blockquote,
  HorizontalRule,
  PageBreak,
  ReportImage,
  ReportTable,
  ReportTableRow,
  ReportTableHeader,
  ReportTableCell,
  Citation,
  TextAlign.configure({
    types: ['heading', 'paragraph'],
    alignments: [...TEXT_ALIGNS],
    defaultAlignment: null,
  }),
  BlockAttributes,
];

let cached: Schema | null = null;

/** The ProseMirror schema of a report (built once). */
export function reportSchema(): Schema {
  cached ??= getSchema(REPORT_SCHEMA_EXTENSIONS);
  return cached;
}

export {
  BlockAttributes,
  INDENT,
  INDENT_STEP_CM,
  LINE_HEIGHTS,
  isFirstLineIndented,
} from './block-attributes';
export type { LineHeight } from './block-attributes';
export { BULLET_STYLES, ORDERED_TYPES } from './lists';
export type { BulletStyle, OrderedType } from './lists';
export { Citation } from './citation';
export { MEDIA_SRC } from './report-image';
export type { ReportImageAttrs } from './report-image';
export { VERTICAL_ALIGNS } from './table';
export type { VerticalAlign } from './table';
