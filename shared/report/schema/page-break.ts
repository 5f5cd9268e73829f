import { Node, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    pageBreak: {
      /** A hard page break, as Word's Ctrl+Enter. */
      setPageBreak: () => ReturnType;
    };
  }
}

/** A hard page break: an atom block the print layout and the .docx turn into a new page. */
export const PageBreak = Node.create({
  name: 'pageBreak',
  group: 'block',
  atom: true,
  selectable: true,

  parseHTML() {
    return [
      { tag: 'div[data-page-break]' },
      // Word writes <br style="page-break-before:always"> (or break-before: page).
      {
        tag: 'br',
        priority: 60,
        getAttrs: (element) =>
          /(page-)?break-before:\s*(always|page)/i.test(element.getAttribute('style') ?? '')
            ? {}
            : false,
      },
    ];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-page-break': '', class: 'page-break' })];
  },

  addCommands() {
    return {
      setPageBreak:
        () =>
        ({ chain }) =>
          chain().insertContent({ type: this.name }).run(),
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Enter': () => this.editor.commands.setPageBreak() };
  },
});
