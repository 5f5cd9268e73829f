import { BulletList, OrderedList } from '@tiptap/extension-list';

export const BULLET_STYLES = ['disc', 'dash'] as const;
export type BulletStyle = (typeof BULLET_STYLES)[number];
/** '1' → 1.  'a' → a)  'I' → I.  'i' → i.  (the forms reports use). */
export const ORDERED_TYPES = ['1', 'a', 'I', 'i'] as const;
export type OrderedType = (typeof ORDERED_TYPES)[number];

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportLists: {
      /** Turns the selection into a bullet list of that style, or restyles the list it is in. */
      setBulletListStyle: (listStyle: BulletStyle) => ReturnType;
      /** Turns the selection into a numbered list of that type, or renumbers the list it is in. */
      setOrderedListType: (type: OrderedType) => ReturnType;
    };
  }
}

/** Bullet list with attrs.listStyle: a dot, or the dash Vietnamese reports use ("- "). */
export const ReportBulletList = BulletList.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      listStyle: {
        default: 'disc',
        parseHTML: (element) =>
          element.getAttribute('data-list-style') === 'dash' ||
          /list-style(-type)?:\s*["']?[-–]/.test(element.getAttribute('style') ?? '')
            ? 'dash'
            : 'disc',
        renderHTML: (attrs) => (attrs.listStyle === 'dash' ? { 'data-list-style': 'dash' } : {}),
      },
    };
  },

  addCommands() {
    return {
      ...this.parent?.(),
      setBulletListStyle:
        (listStyle) =>
        ({ editor, chain }) => {
          if (editor.isActive(this.name))
            return chain().updateAttributes(this.name, { listStyle }).run();
          return chain().toggleBulletList().updateAttributes(this.name, { listStyle }).run();
        },
    };
  },
});

/** Ordered list whose `type` is one of ORDERED_TYPES ('a' renders "a)" through CSS counter styles). */
export const ReportOrderedList = OrderedList.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      type: {
        default: '1',
        parseHTML: (element) => {
          const type = element.getAttribute('type') ?? '';
          if ((ORDERED_TYPES as readonly string[]).includes(type)) return type;
          if (type === 'A') return 'a';
          const style = element.getAttribute('style') ?? '';
          if (/lower-alpha|lower-latin|upper-alpha|upper-latin/.test(style)) return 'a';
          if (/upper-roman/.test(style)) return 'I';
          if (/lower-roman/.test(style)) return 'i';
          return '1';
        },
        renderHTML: (attrs) => ({ type: String(attrs.type ?? '1') }),
      },
    };
  },

  addCommands() {
    return {
      ...this.parent?.(),
      setOrderedListType:
        (type) =>
        ({ editor, chain }) => {
          if (editor.isActive(this.name))
            return chain().updateAttributes(this.name, { type }).run();
          return chain().toggleOrderedList().updateAttributes(this.name, { type }).run();
        },
    };
  },
});
