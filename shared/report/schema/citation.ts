import { mergeAttributes, Node } from '@tiptap/core';
import { NODE } from '../document';

/** The data attributes a citation keeps in HTML, so copy and paste (and the .docx reader) keep it linked. */
const DATA = {
  articleId: 'data-article-id',
  site: 'data-site',
  title: 'data-title',
  date: 'data-date',
} as const;

function dataAttribute(name: keyof typeof DATA) {
  return {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute(DATA[name]),
    renderHTML: (attrs: Record<string, unknown>) =>
      attrs[name] ? { [DATA[name]]: String(attrs[name]) } : {},
  };
}

/**
 * The citation: an inline atom carrying the article it quotes, shown as its label
 * "(Nguồn: <site>, <title>, ngày dd/mm/yyyy)". The label is kept as written even when the
 * article is later deleted, so the report never loses its text.
 */
export const Citation = Node.create({
  name: NODE.citation,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      articleId: dataAttribute('articleId'),
      site: dataAttribute('site'),
      title: dataAttribute('title'),
      date: dataAttribute('date'),
      label: {
        default: '',
        parseHTML: (element: HTMLElement) => (element.textContent ?? '').normalize('NFC'),
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'citation' }),
      String(node.attrs.label ?? ''),
    ];
  },

  renderText({ node }) {
    return String(node.attrs.label ?? '');
  },
});
