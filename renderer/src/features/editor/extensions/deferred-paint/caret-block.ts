import { Plugin } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const CARET_BLOCK_CLASS = 'caret-block';
/** On the blocks just above and below the caret's. */
export const CARET_NEAR_CLASS = 'caret-near';

/**
 * Marks the top-level block holding the cursor, and its two neighbours, so `content-visibility:
 * auto` never applies to them. A block Chromium has not yet found on screen is skipped, and the
 * caret cannot be placed inside it: the first letters typed into a paragraph just made (Enter,
 * or a report just emptied) landed before or after the caret at Unikey's speed ("1. " came out
 * as " …1"). The class is there from the transaction that creates the block, before any frame.
 * A block the caret just left is skipped too until Chromium next finds it on screen: an Up
 * arrow pressed right after the Down that left it jumped over it, hence the neighbours.
 */
export const caretBlockPlugin = () =>
  new Plugin({
    props: {
      decorations(state) {
        const { $head } = state.selection;
        const { doc } = state;
        if (doc.childCount === 0) return null;
        let index = $head.index(0);
        let start = $head.depth > 0 ? $head.before(1) : $head.pos;
        // Only between blocks, at the very end: the last block is the one beside the caret.
        if (index === doc.childCount) start -= doc.child(--index).nodeSize;
        const block = doc.child(index);
        const marks = [
          Decoration.node(start, start + block.nodeSize, { class: CARET_BLOCK_CLASS }),
        ];
        if (index > 0) {
          const above = doc.child(index - 1);
          marks.push(Decoration.node(start - above.nodeSize, start, { class: CARET_NEAR_CLASS }));
        }
        if (index + 1 < doc.childCount) {
          const end = start + block.nodeSize;
          marks.push(
            Decoration.node(end, end + doc.child(index + 1).nodeSize, { class: CARET_NEAR_CLASS }),
          );
        }
        return DecorationSet.create(doc, marks);
      },
    },
  });
