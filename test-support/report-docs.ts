import { NODE, type DocNode } from '../shared/report/document';

/** A report body of plain paragraphs, for tests that need a document but not its formatting. */
export function textDoc(...paragraphs: string[]): DocNode {
  return {
    type: NODE.doc,
    content: paragraphs.map((text) => ({
      type: NODE.paragraph,
      ...(text ? { content: [{ type: NODE.text, text }] } : {}),
    })),
  };
}
