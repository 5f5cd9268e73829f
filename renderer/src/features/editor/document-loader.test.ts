import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { EMPTY_DOC, NODE, type DocNode } from '../../../../shared/report/document';
import { reportSchema } from '../../../../shared/report/schema';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import {
  FIRST_SLICE,
  finishLoading,
  installDocument,
  stopLoading,
  whenLoaded,
} from './document-loader';
import { useChangeEmitter } from './use-change-emitter';

/** A report of `blocks` numbered paragraphs, about 300 positions each. */
function longReport(blocks: number): DocNode {
  const line = 'Ủy ban nhân dân tỉnh tiếp tục chỉ đạo các sở ngành triển khai kế hoạch. ';
  return {
    type: NODE.doc,
    content: Array.from({ length: blocks }, (_, i) => ({
      type: NODE.paragraph,
      content: [{ type: NODE.text, text: `Đoạn ${i + 1}. ${line.repeat(4)}` }],
    })),
  };
}

const canonical = (doc: DocNode) => reportSchema().nodeFromJSON(doc).toJSON() as DocNode;
const blockTexts = (editor: Editor) => {
  const texts: string[] = [];
  editor.state.doc.forEach((node) => texts.push(node.textContent));
  return texts;
};

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
});

describe('installDocument', () => {
  it('puts a short report in whole, at once', () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    const report = longReport(3);
    installDocument(editor, report);
    expect(editor.getJSON()).toEqual(canonical(report));
  });

  it('shows a long report’s first screenful at once and the rest after, all of it in order', async () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    const report = longReport(120);
    installDocument(editor, report);
    expect(editor.state.doc.content.size).toBeLessThanOrEqual(FIRST_SLICE);
    expect(editor.state.doc.childCount).toBeLessThan(120);
    await whenLoaded(editor);
    expect(editor.getJSON()).toEqual(canonical(report));
  });

  it('keeps what is typed while the rest is drawn, where it was typed, and slices are not undone', async () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    installDocument(editor, longReport(120));
    const shown = editor.state.doc.childCount;
    let updates = 0;
    editor.on('update', () => updates++);
    // At the start of the report and after the last block shown (Enter at its end, then a word).
    editor.chain().insertContentAt(1, 'Mở đầu ').run();
    const end = editor.state.doc.content.size - 1;
    editor.chain().setTextSelection(end).splitBlock().insertContent('Chèn thêm').run();
    await whenLoaded(editor);
    const texts = blockTexts(editor);
    expect(texts).toHaveLength(121);
    expect(texts[0]).toMatch(/^Mở đầu Đoạn 1\./);
    expect(texts[shown]).toBe('Chèn thêm');
    expect(texts[shown + 1]).toMatch(/^Đoạn \d+\./);
    expect(texts[shown + 1]).toBe(`Đoạn ${shown + 1}. ${texts[1]!.slice(8)}`);
    expect(updates).toBe(2); // the two edits; the slices are not changes to save
    // Undo takes back the edits only: every block of the report stays.
    while (editor.can().undo()) editor.commands.undo();
    expect(editor.getJSON()).toEqual(canonical(longReport(120)));
  });

  it('finishLoading puts everything in synchronously', () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    installDocument(editor, longReport(120));
    finishLoading(editor);
    expect(editor.getJSON()).toEqual(canonical(longReport(120)));
  });

  it('a document replaced while loading gets nothing of the old one', async () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    installDocument(editor, longReport(120));
    stopLoading(editor);
    editor.commands.setContent(longReport(2), { emitUpdate: false });
    await whenLoaded(editor);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(editor.getJSON()).toEqual(canonical(longReport(2)));
  });

  it('autosave never gets a report cut short: an emit while loading carries every block', async () => {
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const ed = createTestEditor({ content: EMPTY_DOC });
    editor = ed;
    const report = longReport(120);
    installDocument(ed, report);
    const saved: DocNode[] = [];
    function Probe() {
      useChangeEmitter(ed, (doc) => saved.push(doc), report);
      return null;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    await act(async () => root.render(createElement(Probe)));
    ed.commands.insertContentAt(1, 'x');
    // Closing the report right after a keystroke: the unmount emits at once.
    act(() => root.unmount());
    expect(saved).toHaveLength(1);
    expect(saved[0]!.content).toHaveLength(120);
  });
});
