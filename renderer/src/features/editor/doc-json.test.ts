import type { Editor } from '@tiptap/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { generateReportDoc } from '../../../../bench/generator/report-doc';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import { docJson } from './doc-json';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

/** One random edit of the kinds typing makes: insert, delete, split, join, mark, replace blocks. */
const edit = fc.record({
  kind: fc.constantFrom('type', 'delete', 'split', 'join', 'bold', 'blocks', 'heading'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 60 }),
  text: fc.string({ minLength: 1, maxLength: 8 }),
});

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(ed: Editor, { kind, at, length, text }: Edit) {
  const size = ed.state.doc.content.size;
  const from = Math.max(1, Math.min(size - 1, Math.floor(at * size)));
  const to = Math.min(size - 1, from + length);
  const chain = ed.chain().setTextSelection(from);
  if (kind === 'type') chain.insertContent(text);
  else if (kind === 'delete') chain.deleteRange({ from, to });
  else if (kind === 'split') chain.splitBlock();
  else if (kind === 'join') chain.joinBackward();
  else if (kind === 'bold') chain.setTextSelection({ from, to }).toggleBold();
  else if (kind === 'heading') chain.toggleHeading({ level: 2 });
  else chain.insertContent(`<p>${text}</p><ul><li><p>${text}</p></li></ul>`);
  chain.run();
}

describe('docJson (the emitter’s getJSON, block by block)', () => {
  it('equals getJSON after every edit of a random sequence on a long report', () => {
    editor = createTestEditor({ content: generateReportDoc({ pages: 3 }) });
    const ed = editor;
    expect(docJson(ed.state.doc)).toEqual(ed.getJSON());
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        for (const one of edits) {
          apply(ed, one);
          expect(docJson(ed.state.doc)).toEqual(ed.getJSON());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('an empty document, and blocks reused only while they are the same', () => {
    editor = createTestEditor({ content: '<p>một</p><p>hai</p>' });
    const before = docJson(editor.state.doc);
    editor.chain().setTextSelection(2).insertContent('x').run();
    const after = docJson(editor.state.doc);
    expect(after.content?.[1]).toBe(before.content?.[1]);
    expect(after.content?.[0]).not.toBe(before.content?.[0]);
    expect(after).toEqual(editor.getJSON());
    editor.commands.clearContent();
    expect(docJson(editor.state.doc)).toEqual(editor.getJSON());
  });
});
