import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../test-support/create-test-editor';

let editor: Editor;
afterEach(() => editor.destroy());

const press = (key: string, mods: Partial<KeyboardEventInit> = {}) =>
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }),
  );
const top = () => editor.getJSON().content!.map((node) => node.type);

describe('lists in the report styles', () => {
  it('makes "a)", Roman and "1." lists and restyles a list in place', () => {
    editor = createTestEditor({ content: '<p>một</p><p>hai</p>' });
    editor.commands.selectAll();
    editor.commands.setOrderedListType('a');
    expect(editor.getJSON().content![0]).toMatchObject({
      type: 'orderedList',
      attrs: { type: 'a' },
    });
    expect(editor.getJSON().content![0]!.content).toHaveLength(2);
    editor.commands.setOrderedListType('I');
    expect(editor.getJSON().content![0]!.attrs!.type).toBe('I');
    expect(editor.getHTML()).toContain('<ol type="I"');
  });

  it('makes a dash list and switches it to dots', () => {
    editor = createTestEditor({ content: '<p>mục</p>' });
    editor.commands.setBulletListStyle('dash');
    expect(editor.getJSON().content![0]).toMatchObject({
      type: 'bulletList',
      attrs: { listStyle: 'dash' },
    });
    expect(editor.getHTML()).toContain('data-list-style="dash"');
    editor.commands.setBulletListStyle('disc');
    expect(editor.getJSON().content![0]!.attrs!.listStyle).toBe('disc');
  });

  it('Ctrl+Shift+7 numbers, Ctrl+Shift+8 bullets', () => {
    editor = createTestEditor({ content: '<p>mục</p>' });
    editor.commands.setTextSelection(2);
    press('7', { ctrlKey: true, shiftKey: true });
    expect(top()).toEqual(['orderedList']);
    press('8', { ctrlKey: true, shiftKey: true });
    expect(top()).toEqual(['bulletList']);
  });

  it('reads list styles from pasted HTML', () => {
    editor = createTestEditor({
      content:
        '<ol style="list-style-type: upper-roman"><li>x</li></ol><ol type="a"><li>y</li></ol><ul data-list-style="dash"><li>z</li></ul>',
    });
    expect(editor.getJSON().content!.map((node) => node.attrs)).toEqual([
      { start: 1, type: 'I' },
      { start: 1, type: 'a' },
      { listStyle: 'dash' },
    ]);
  });
});

describe('page break', () => {
  it('Ctrl+Enter splits the paragraph with a page break, undoable', () => {
    editor = createTestEditor({ content: '<p>trang mộttrang hai</p>' });
    editor.commands.setTextSelection(10);
    press('Enter', { ctrlKey: true });
    expect(top()).toEqual(['paragraph', 'pageBreak', 'paragraph']);
    expect(editor.getHTML()).toContain('data-page-break');
    editor.commands.undo();
    expect(top()).toEqual(['paragraph']);
  });

  it('reads Word’s page-break-before breaks', () => {
    editor = createTestEditor({ content: '<p>a</p><br style="page-break-before:always"><p>b</p>' });
    expect(top()).toEqual(['paragraph', 'pageBreak', 'paragraph']);
  });
});

describe('image', () => {
  const src = `media/${'c'.repeat(64)}.jpg`;

  it('inserts only archive media, never data: or remote addresses', () => {
    editor = createTestEditor({ content: '<p>x</p>' });
    expect(editor.commands.insertReportImage({ src: 'data:image/png;base64,AAAA' })).toBe(false);
    expect(editor.commands.insertReportImage({ src: 'https://example.com/a.png' })).toBe(false);
    expect(
      editor.commands.insertReportImage({
        src,
        alt: 'Hội nghị',
        caption: 'Quang cảnh',
        width: 300,
      }),
    ).toBe(true);
    const image = editor.getJSON().content!.find((node) => node.type === 'image')!;
    expect(image.attrs).toEqual({ src, alt: 'Hội nghị', caption: 'Quang cảnh', width: 300 });
  });

  it('parses <figure> with its caption and drops images that are not archive media', () => {
    editor = createTestEditor({
      content: `<figure><img src="${src}" alt="a" width="250"><figcaption>Chú thích</figcaption></figure><p><img src="data:image/png;base64,AAAA"></p>`,
    });
    expect(editor.getJSON().content![0]).toMatchObject({
      type: 'image',
      attrs: { width: 250, caption: 'Chú thích' },
    });
    expect(JSON.stringify(editor.getJSON())).not.toContain('data:');
  });
});

describe('links', () => {
  it('keeps http(s) and mailto links and refuses javascript: and file: ones', () => {
    editor = createTestEditor({ content: '<p>cổng thông tin</p>' });
    editor.commands.selectAll();
    expect(editor.commands.setLink({ href: 'javascript:alert(1)' })).toBe(false);
    expect(editor.commands.setLink({ href: 'file:///C:/x' })).toBe(false);
    expect(editor.commands.setLink({ href: 'https://kiengiang.gov.vn' })).toBe(true);
    expect(editor.getHTML()).toContain('href="https://kiengiang.gov.vn"');
    editor.commands.setContent(
      '<p><a href="javascript:alert(1)">x</a> <a href="mailto:vp@kiengiang.gov.vn">y</a></p>',
    );
    expect(editor.getHTML()).not.toContain('javascript:');
    expect(editor.getHTML()).toContain('mailto:vp@kiengiang.gov.vn');
  });
});
