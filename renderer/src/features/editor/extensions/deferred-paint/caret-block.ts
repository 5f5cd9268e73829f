import { Plugin } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const CARET_BLOCK_CLASS = 'caret-block';

/**
 * Marks the top-level block holding the cursor, so `content-visibility: auto` never applies to
 * it. A block Chromium has not yet found on screen is skipped, and the caret cannot be placed
 * inside it: the first letters typed into a paragraph just made (Enter, or a report just
 * emptied) landed before or after the caret at Unikey's speed ("1. " came out as " …1"). The
 * class is there from the transaction that creates the block, before any frame.
 */
export const caretBlockPlugin = () =>
  new Plugin({
    props: {
      decorations(state) {
        const { $head } = state.selection;
        if ($head.depth === 0) return null;
        const start = $head.before(1);
        const block = state.doc.nodeAt(start);
        if (!block) return null;
        return DecorationSet.create(state.doc, [
          Decoration.node(start, start + block.nodeSize, { class: CARET_BLOCK_CLASS }),
        ]);
      },
    },
  });
