import { Node, mergeAttributes } from '@tiptap/core';

/** Only archive media may be referenced: never data: URLs, never remote addresses. */
export const MEDIA_SRC = /^media\/[0-9a-f]{64}\.[a-z0-9]{2,5}$/;

export type ReportImageAttrs = {
  src: string;
  alt: string;
  width: number | null;
  caption: string;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reportImage: {
      /** Inserts an image already stored in the archive's media folder. */
      insertReportImage: (attrs: Partial<ReportImageAttrs> & { src: string }) => ReturnType;
    };
  }
}

/**
 * An image block with its caption under it: <figure><img><figcaption>. attrs.src is the
 * archive-relative 'media/<sha256>.<ext>'; anything else does not parse (the paste cleaner
 * turns remote images into a placeholder paragraph before they get here).
 */
export const ReportImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      src: { default: '' },
      alt: { default: '' },
      width: {
        default: null,
        parseHTML: (element) => {
          const value = Number.parseInt(element.getAttribute('width') ?? '', 10);
          return Number.isFinite(value) && value > 0 ? value : null;
        },
      },
      caption: { default: '' },
    };
  },

  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = element.querySelector('img');
          const src = img?.getAttribute('src') ?? '';
          if (!img || !MEDIA_SRC.test(src)) return false;
          const width = Number.parseInt(img.getAttribute('width') ?? '', 10);
          return {
            src,
            alt: img.getAttribute('alt') ?? '',
            width: Number.isFinite(width) && width > 0 ? width : null,
            caption: element.querySelector('figcaption')?.textContent?.trim() ?? '',
          };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => (MEDIA_SRC.test(element.getAttribute('src') ?? '') ? null : false),
      },
    ];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { caption, ...imgAttrs } = HTMLAttributes as Record<string, unknown>;
    const img = [
      'img',
      mergeAttributes(
        { src: imgAttrs.src, alt: imgAttrs.alt },
        node.attrs.width ? { width: String(node.attrs.width) } : {},
      ),
    ] as const;
    return caption
      ? ['figure', { class: 'report-image' }, img, ['figcaption', {}, String(caption)]]
      : ['figure', { class: 'report-image' }, img];
  },

  addCommands() {
    return {
      insertReportImage:
        (attrs) =>
        ({ commands }) =>
          MEDIA_SRC.test(attrs.src) && commands.insertContent({ type: this.name, attrs }),
    };
  },
});
