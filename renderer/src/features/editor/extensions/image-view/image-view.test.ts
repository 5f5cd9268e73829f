import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';

let editor: Editor;
afterEach(() => editor.destroy());

const hash = 'd'.repeat(64);

describe('the image node view', () => {
  it('loads the picture through the media URL mapping, never from the stored src', () => {
    editor = createTestEditor({
      content: {
        type: 'doc',
        content: [
          { type: 'image', attrs: { src: `media/${hash}.png`, alt: 'a', width: 200, caption: '' } },
        ],
      },
    });
    const img = editor.view.dom.querySelector('img')!;
    // The test page has no token meta: the host form of the URL with an empty token.
    expect(img.getAttribute('src')).toBe(`media/${hash}.png?token=`);
    expect(img.style.width).toBe('200px');
  });

  it('writes the caption typed under the picture into the node', () => {
    editor = createTestEditor({
      content: {
        type: 'doc',
        content: [
          { type: 'image', attrs: { src: `media/${hash}.png`, alt: '', width: null, caption: '' } },
        ],
      },
    });
    const input = editor.view.dom.querySelector<HTMLInputElement>('.report-image__caption')!;
    input.value = 'Quang cảnh hội nghị.';
    input.dispatchEvent(new Event('change'));
    expect(editor.getJSON().content![0]!.attrs!.caption).toBe('Quang cảnh hội nghị.');
    editor.commands.undo();
    expect(editor.getJSON().content![0]!.attrs!.caption).toBe('');
    expect(input.value).toBe('');
  });
});
