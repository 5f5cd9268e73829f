import type { Node as PMNode } from '@tiptap/pm/model';

/** Where two documents differ: from `start`, to `endA` in the one before and `endB` after. */
export type DocDiff = { start: number; endA: number; endB: number };

/**
 * The changed span of an edit, found once per transaction for the paint switch and the block
 * window, which both ask which top-level blocks it touched; null when nothing changed.
 */
export function docDiff(before: PMNode, after: PMNode): DocDiff | null {
  if (before === after) return null;
  const start = before.content.findDiffStart(after.content);
  if (start === null) return null;
  const end = before.content.findDiffEnd(after.content);
  return end ? { start, endA: end.a, endB: end.b } : null;
}
