import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Editor } from '@tiptap/core';
import { EMPTY_DOC, NODE, type DocNode } from '../../../../shared/report/document';
import { reportSchema } from '../../../../shared/report/schema';
import { createTestEditor } from '../../../../test-support/create-test-editor';
import {
  FIRST_SLICE,
  QUIET_MS,
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
  vi.restoreAllMocks();
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

  it('draws a table too long for a slice a few rows at a time, inside the same table', async () => {
    editor = createTestEditor({ content: EMPTY_DOC });
    const cell = (text: string) => ({
      type: NODE.tableCell,
      content: [{ type: NODE.paragraph, content: [{ type: NODE.text, text }] }],
    });
    const table = {
      type: NODE.table,
      content: Array.from({ length: 400 }, (_, i) => ({
        type: NODE.tableRow,
        content: [cell(String(i + 1)), cell(`Tin bài số ${i + 1} về kinh tế - xã hội của tỉnh`)],
      })),
    };
    const report: DocNode = {
      ...longReport(12),
      content: [...longReport(12).content!, table, ...longReport(2).content!],
    };
    installDocument(editor, report);
    const rowCounts: number[] = [];
    editor.on('transaction', () => {
      editor!.state.doc.forEach((node) => {
        if (node.type.name === NODE.table) rowCounts.push(node.childCount);
      });
    });
    await whenLoaded(editor);
    expect(new Set(rowCounts).size).toBeGreaterThan(3);
    expect(editor.getJSON()).toEqual(canonical(report));
    // finishLoading in the middle of a table gets the rest of it too.
    installDocument(editor, report);
    await new Promise((resolve) => setTimeout(resolve, 5));
    finishLoading(editor);
    expect(editor.getJSON()).toEqual(canonical(report));
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

  it('draws no slice within QUIET_MS of a key or a click, then goes on', async () => {
    // The loader's clock, held still: idle steps keep coming, but "now" stays right after the input.
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    editor = createTestEditor({ content: EMPTY_DOC });
    installDocument(editor, longReport(400));
    const ed = editor;
    const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));
    for (const input of [
      new window.KeyboardEvent('keydown', { key: 'a', bubbles: true }),
      new window.Event('pointerdown', { bubbles: true }),
    ]) {
      const shown = ed.state.doc.childCount;
      ed.view.dom.dispatchEvent(input);
      now += QUIET_MS - 1;
      for (let i = 0; i < 20; i++) await macrotask();
      expect(ed.state.doc.childCount).toBe(shown);
      now += 1;
      for (let i = 0; i < 100 && ed.state.doc.childCount === shown; i++) await macrotask();
      expect(ed.state.doc.childCount).toBeGreaterThan(shown);
      expect(ed.state.doc.childCount).toBeLessThan(400);
    }
    await whenLoaded(ed);
    expect(ed.getJSON()).toEqual(canonical(longReport(400)));
  });
});
