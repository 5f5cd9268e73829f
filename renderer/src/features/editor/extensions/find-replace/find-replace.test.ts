import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { findState } from './find-replace';

let editor: Editor;
afterEach(() => editor.destroy());

const selected = () =>
  editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);

describe('find and replace', () => {
  it('finds without marks through the Vietnamese fold ("hoi nghi" finds "Hội nghị")', () => {
    editor = createTestEditor({
      content: '<p>Hội nghị giao ban. HỘI NGHỊ tổng kết.</p><h2>Hoi nghi</h2>',
    });
    editor.commands.setFindQuery('hoi nghi');
    expect(findState(editor.state).matches).toHaveLength(3);
    editor.commands.findStep(1);
    expect(selected()).toBe('Hội nghị');
    editor.commands.findStep(1);
    expect(selected()).toBe('HỘI NGHỊ');
  });

  it('with "Phân biệt dấu" only the same marks match (case still ignored)', () => {
    editor = createTestEditor({ content: '<p>Hội nghị, hội nghị, hoi nghi, Hồi nghĩ.</p>' });
    editor.commands.setFindQuery('hội nghị', { matchMarks: true });
    expect(findState(editor.state).matches).toHaveLength(2);
  });

  it('finds NFD text and maps the match back to the whole letters', () => {
    editor = createTestEditor({
      content: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Ho\u0323i nghi\u0323 xong' }] },
        ],
      },
    });
    editor.commands.setFindQuery('hoi nghi');
    editor.commands.findStep(1);
    expect(selected()).toBe('Ho\u0323i nghi\u0323');
  });

  it('replaces one match keeping its bold, and all matches in one undo step', () => {
    editor = createTestEditor({
      content: '<p><strong>UBND</strong> tỉnh; UBND huyện; UBND xã</p>',
    });
    editor.commands.setFindQuery('ubnd');
    editor.commands.findStep(1);
    editor.commands.replaceCurrent('Ủy ban nhân dân');
    expect(editor.getHTML()).toContain('<strong>Ủy ban nhân dân</strong>');
    expect(findState(editor.state).matches).toHaveLength(2);
    editor.commands.replaceAll('Ủy ban');
    expect(editor.getText()).toBe('Ủy ban nhân dân tỉnh; Ủy ban huyện; Ủy ban xã');
    editor.commands.undo();
    expect(editor.getText()).toBe('Ủy ban nhân dân tỉnh; UBND huyện; UBND xã');
  });

  it('keeps matches current while typing and clears them when closed', () => {
    editor = createTestEditor({ content: '<p>báo cáo</p>' });
    editor.commands.setFindQuery('bao cao');
    expect(findState(editor.state).matches).toHaveLength(1);
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' và báo cáo');
    expect(findState(editor.state).matches).toHaveLength(2);
    editor.commands.clearFind();
    expect(findState(editor.state).matches).toHaveLength(0);
  });

  it('Ctrl+F, Ctrl+H and Ctrl+K ask the UI through a transaction', () => {
    editor = createTestEditor({ content: '<p>x</p>' });
    const seen: string[] = [];
    editor.on('transaction', ({ transaction }) => {
      const request = transaction.getMeta('editorRequests$') as string | undefined;
      if (request) seen.push(request);
    });
    for (const key of ['f', 'h', 'k']) {
      editor.view.dom.dispatchEvent(
        new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true }),
      );
    }
    expect(seen).toEqual(['find', 'replace', 'link']);
  });
});
