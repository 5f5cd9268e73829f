import type { Node as PMNode } from '@tiptap/pm/model';
import type { DocNode } from '../../../../shared/report/document';

/** Blocks are immutable and an edit keeps every block it did not touch: each is written once. */
const written = new WeakMap<PMNode, DocNode>();

/**
 * The document as editor.getJSON() gives it, reusing the JSON of every top-level block that
 * did not change since the last call: a 50-page report is ~460 blocks, and writing all of them
 * again for every change the emitter sends made most of the garbage a burst of typing left.
 * The result shares those blocks' objects with earlier results (as getJSON already shares
 * attributes with the document): it must be treated as read-only.
 */
export function docJson(doc: PMNode): DocNode {
  const content: DocNode[] = [];
  doc.forEach((block) => {
    let json = written.get(block);
    if (!json) {
      json = block.toJSON() as DocNode;
      written.set(block, json);
    }
    content.push(json);
  });
  const whole = doc.copy().toJSON() as DocNode;
  return content.length > 0 ? { ...whole, content } : whole;
}
