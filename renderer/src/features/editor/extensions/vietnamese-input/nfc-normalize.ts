import type { Node as PmNode } from '@tiptap/pm/model';
import { TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';

/** A text run holding a combining mark: the only text NFC can change. */
const COMBINING = /\p{M}/u;

/**
 * Rewrites the text nodes between `from` and `to` in NFC (the Windows Vietnamese keyboard and
 * Unikey's "Unicode tổ hợp" send "e" + U+0302 + U+0323 for "ệ"), keeping each node's marks and
 * the cursor where it was in the text. Returns null when everything there is NFC already.
 */
export function normalizeRange(state: EditorState, from: number, to: number): Transaction | null {
  const runs: { pos: number; node: PmNode; nfc: string }[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText || !node.text || !COMBINING.test(node.text)) return;
    const nfc = node.text.normalize('NFC');
    if (nfc !== node.text) runs.push({ pos, node, nfc });
  });
  if (runs.length === 0) return null;
  const tr = state.tr;
  const { anchor, head } = state.selection;
  let newAnchor = anchor;
  let newHead = head;
  // Back to front, so earlier positions stay valid while later runs shrink.
  for (const { pos, node, nfc } of runs.reverse()) {
    const end = pos + node.nodeSize;
    const shift = (at: number) =>
      at <= pos
        ? at
        : at >= end
          ? at - (node.text!.length - nfc.length)
          : pos + inNfc(node.text!, at - pos);
    newAnchor = shift(newAnchor);
    newHead = shift(newHead);
    tr.replaceWith(pos, end, state.schema.text(nfc, node.marks));
  }
  if (state.selection instanceof TextSelection) {
    tr.setSelection(TextSelection.create(tr.doc, newAnchor, newHead));
  }
  // Not a separate undo step: it belongs to the typing that produced the marks.
  return tr.setMeta('addToHistory', false).setStoredMarks(state.storedMarks);
}

/** Where offset `offset` of `text` lands once the text before it is NFC. */
function inNfc(text: string, offset: number): number {
  return text.slice(0, offset).normalize('NFC').length;
}

/** The ranges of the final document that a batch of transactions touched. */
export function changedRanges(transactions: readonly Transaction[]): [number, number][] {
  let ranges: [number, number][] = [];
  for (const tr of transactions) {
    for (const map of tr.mapping.maps) {
      // Earlier ranges move with each later step before that step's own range is added.
      ranges = ranges.map(([start, end]) => [map.map(start, -1), map.map(end, 1)]);
      map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
        ranges.push([newStart, newEnd]);
      });
    }
  }
  return ranges;
}
