import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { REPORT_SCHEMA_EXTENSIONS } from '../../../../../../shared/report/schema';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { ImageInput, isOnlyAPicture } from './image-input';

let editor: Editor;
afterEach(() => editor.destroy());

function pasteEvent(data: { files?: File[]; html?: string; text?: string }): Event {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: {
      files: data.files ?? [],
      types: [
        ...(data.html ? ['text/html'] : []),
        ...(data.text ? ['text/plain'] : []),
        ...(data.files?.length ? ['Files'] : []),
      ],
      getData: (type: string) =>
        type === 'text/html' ? (data.html ?? '') : type === 'text/plain' ? (data.text ?? '') : '',
    },
  });
  return event;
}

describe('pasted and dropped image files', () => {
  it('hands pasted files to handleFiles and inserts nothing itself (no data: URL)', () => {
    const seen: File[][] = [];
    editor = createTestEditor({
      content: '<p>x</p>',
      extensions: [
        ...REPORT_SCHEMA_EXTENSIONS,
        ImageInput.configure({ handleFiles: (_e, files) => void seen.push(files) }),
      ],
    });
    const file = new File([new Uint8Array([0x89, 0x50])], 'anh.png', { type: 'image/png' });
    editor.view.dom.dispatchEvent(pasteEvent({ files: [file] }));
    expect(seen).toEqual([[file]]);
    expect(JSON.stringify(editor.getJSON())).not.toContain('data:');
  });

  it('leaves Word’s paste (HTML with a picture of itself) to the HTML paste', () => {
    const seen: File[][] = [];
    editor = createTestEditor({
      content: '<p>x</p>',
      extensions: [
        ...REPORT_SCHEMA_EXTENSIONS,
        ImageInput.configure({ handleFiles: (_e, files) => void seen.push(files) }),
      ],
    });
    const file = new File([new Uint8Array([1])], 'image.png', { type: 'image/png' });
    editor.view.dom.dispatchEvent(
      pasteEvent({ files: [file], html: '<p>Báo cáo</p>', text: 'Báo cáo' }),
    );
    expect(seen).toEqual([]);
  });

  it('tells a lone copied picture from text with pictures', () => {
    expect(isOnlyAPicture('<img src="https://x/a.png">', '')).toBe(true);
    expect(isOnlyAPicture('', '')).toBe(true);
    expect(isOnlyAPicture('<p>chữ <img src="a.png"></p>', '')).toBe(false);
    expect(isOnlyAPicture('', 'chữ')).toBe(false);
  });
});
