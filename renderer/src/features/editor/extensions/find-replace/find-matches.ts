import type { Node as PmNode } from '@tiptap/pm/model';
import {
  foldVietnamese,
  foldWithOffsets,
  toOriginalRange,
} from '../../../../../../shared/text/vietnamese';

export type FindRange = { from: number; to: number };
export type FindOptions = { query: string; matchMarks: boolean };

/** A stand-in for inline atoms (citations, breaks) so text offsets map one to one to positions. */
const ATOM = '\uFFFC';

/**
 * Every match of the query in the document's text blocks, in document order. Without
 * "Phân biệt dấu" both sides are folded (shared/text/vietnamese.ts: "hoi nghi" finds
 * "Hội nghị"); with it, only case is ignored. A match never crosses a block boundary.
 */
export function findMatches(doc: PmNode, { query, matchMarks }: FindOptions): FindRange[] {
  const needle = prepareQuery(query, matchMarks);
  if (!needle) return [];
  const out: FindRange[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = blockText(node);
    const start = pos + 1;
    if (matchMarks) {
      const haystack = text.normalize('NFC').toLowerCase();
      // Lower-casing can change lengths for a few non-Vietnamese letters; then compare as is.
      const source = haystack.length === text.length ? haystack : text;
      for (
        let at = source.indexOf(needle);
        at >= 0;
        at = source.indexOf(needle, at + needle.length)
      ) {
        out.push({ from: start + at, to: start + at + needle.length });
      }
    } else {
      const folded = foldWithOffsets(text);
      const hay = folded.folded;
      for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
        const [from, to] = toOriginalRange(folded, at, at + needle.length);
        out.push({ from: start + from, to: start + to });
      }
    }
    return false;
  });
  return out;
}

function prepareQuery(query: string, matchMarks: boolean): string {
  const trimmed = query.normalize('NFC');
  if (!trimmed.trim()) return '';
  return matchMarks ? trimmed.toLowerCase() : foldVietnamese(trimmed);
}

/** The block's text where every inline node takes exactly its ProseMirror size. */
function blockText(block: PmNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : ATOM.repeat(child.nodeSize);
  });
  return text;
}
