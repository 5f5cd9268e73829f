import type { Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_TYPES, NODE } from '../../../../shared/report/document';

export type DocStats = { words: number; characters: number };

/** What one top-level block adds to the counts, and what its edges do to its neighbours'. */
type BlockStats = {
  words: number;
  /** Characters other than line ends. */
  characters: number;
  /** Whitespace characters (not line ends) before its first and after its last other character. */
  lead: number;
  trail: number;
  /** Only whitespace: the trim of the whole text goes through it. */
  blank: boolean;
  /** Starts / ends with a word character, which would join a word of the block next to it. */
  startsWord: boolean;
  endsWord: boolean;
};

/** Blocks are immutable and an edit keeps every block it did not touch: counted once each. */
const counted = new WeakMap<PMNode, BlockStats>();

/** A block's text exactly as docText (shared/report/document.ts) writes it. */
function textOf(node: PMNode): string {
  const out: string[] = [];
  const walk = (n: PMNode) => {
    if (n.isText) out.push(n.text ?? '');
    else if (n.type.name === NODE.hardBreak) out.push('\n');
    else if (n.type.name === NODE.citation) out.push(String(n.attrs.label ?? ''));
    n.forEach(walk);
    if (BLOCK_TYPES.has(n.type.name)) out.push('\n');
  };
  walk(node);
  return out.join('');
}

const withoutLineEnds = (text: string) => text.replace(/\n/g, '').length;

function countBlock(node: PMNode): BlockStats {
  const known = counted.get(node);
  if (known) return known;
  const text = textOf(node);
  const lead = /^\s*/.exec(text)![0];
  const blank = lead.length === text.length;
  const trail = blank ? '' : /\s*$/.exec(text)![0];
  const stats: BlockStats = {
    words: text.match(/\S+/g)?.length ?? 0,
    characters: withoutLineEnds(text),
    lead: withoutLineEnds(lead),
    trail: withoutLineEnds(trail),
    blank,
    startsWord: !blank && lead.length === 0,
    endsWord: !blank && trail.length === 0,
  };
  counted.set(node, stats);
  return stats;
}

/**
 * The counts statsOf gives for the document's JSON (words as Word counts them; characters
 * without line ends, the whole text trimmed), from the top-level blocks' cached counts: typing
 * recounts the block it changed, not the report.
 */
export function docStats(doc: PMNode): DocStats {
  const blocks: BlockStats[] = [];
  doc.forEach((node) => void blocks.push(countBlock(node)));
  let words = 0;
  let characters = 0;
  blocks.forEach((block, i) => {
    words += block.words;
    characters += block.characters;
    if (block.startsWord && blocks[i - 1]?.endsWord) words -= 1;
  });
  const first = blocks.findIndex((block) => !block.blank);
  if (first < 0) return { words: 0, characters: 0 };
  const last = blocks.length - 1 - [...blocks].reverse().findIndex((block) => !block.blank);
  // The whole text is trimmed: whitespace before the first and after the last word is not counted.
  for (let i = 0; i < first; i++) characters -= blocks[i]!.characters;
  for (let i = last + 1; i < blocks.length; i++) characters -= blocks[i]!.characters;
  characters -= blocks[first]!.lead + blocks[last]!.trail;
  return { words, characters };
}
