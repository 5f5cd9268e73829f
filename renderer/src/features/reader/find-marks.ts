import { highlightRanges } from '../../../../shared/text/highlight';

const MARK_CLASS = 'find-match';
const CURRENT_CLASS = 'find-match--current';

/** Removes the marks a previous search put in, restoring the text nodes as they were. */
export function clearMarks(root: HTMLElement): void {
  const marks = root.querySelectorAll(`mark.${MARK_CLASS}`);
  if (marks.length === 0) return;
  for (const mark of Array.from(marks)) mark.replaceWith(...Array.from(mark.childNodes));
  root.normalize();
}

type Piece = { node: Text; start: number };

/** The text nodes under `root` joined with a newline between them, so words in adjacent paragraphs never run together. */
function collectText(root: HTMLElement): { text: string; pieces: Piece[] } {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: Piece[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    pieces.push({ node, start: text.length });
    text += `${node.data}\n`;
  }
  return { text, pieces };
}

/**
 * Wraps every match of `query` under `root` in <mark class="find-match"> by walking the text
 * nodes (the article's markup is left as it is). Matches use the same folding as search, so
 * "hoi nghi" marks "Hội nghị". Returns one entry per match: the marks it was split into.
 */
export function markMatches(root: HTMLElement, query: string): HTMLElement[][] {
  clearMarks(root);
  const { text, pieces } = collectText(root);
  const ranges = highlightRanges(text, query);
  const matches: HTMLElement[][] = ranges.map(() => []);
  // From the last piece back, so splitting a node never shifts an offset still to be used.
  for (let p = pieces.length - 1; p >= 0; p--) {
    const { node, start } = pieces[p]!;
    const end = start + node.data.length;
    for (let r = ranges.length - 1; r >= 0; r--) {
      const [from, to] = ranges[r]!;
      if (to <= start || from >= end) continue;
      const local = node.splitText(Math.max(0, from - start));
      local.splitText(Math.min(local.data.length, to - Math.max(from, start)));
      const mark = root.ownerDocument.createElement('mark');
      mark.className = MARK_CLASS;
      local.replaceWith(mark);
      mark.append(local);
      matches[r]!.unshift(mark);
    }
  }
  return matches.filter((parts) => parts.length > 0);
}

/** Marks match `index` as the current one and scrolls it into view. */
export function setCurrent(matches: HTMLElement[][], index: number): void {
  matches.forEach((parts, i) =>
    parts.forEach((mark) => mark.classList.toggle(CURRENT_CLASS, i === index)),
  );
  matches[index]?.[0]?.scrollIntoView?.({ block: 'center' });
}
