import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from '@tiptap/core';
import { REPORT_SCHEMA_EXTENSIONS } from '../../../../../../shared/report/schema';
import { cleanPastedHtml } from '../../../../../../shared/report/paste';
import { MEDIA_MAX_BYTES } from '../../../../../../shared/report/media';
import { createTestEditor } from '../../../../../../test-support/create-test-editor';
import { tinyPng } from '../../../../../../test-support/fixtures/import/make-docx';
import { PasteCleaner } from '../paste-cleaner';
import { checkDataPicture, replaceDataPictures } from './data-pictures';
import { PastedPictures } from './pasted-pictures';

const PNG_URL = `data:image/png;base64,${tinyPng().toString('base64')}`;
const HASH_SRC = `media/${'a'.repeat(64)}.png`;

let editor: Editor;
afterEach(() => editor?.destroy());

/** The picture store of the app, as far as the editor sees it: each picture's url in, media/ src out. */
function setup() {
  const stored: string[] = [];
  const storePictures = (html: string) =>
    replaceDataPictures(
      html,
      async (url) => {
        stored.push(url);
        return 'reason' in checkDataPicture(url) ? null : { src: HASH_SRC, width: 900 };
      },
      600,
    );
  editor = createTestEditor({
    content: '<p>Trước</p>',
    extensions: [
      ...REPORT_SCHEMA_EXTENSIONS,
      PasteCleaner.configure({ clean: (html) => cleanPastedHtml(html, { window }) }),
      PastedPictures.configure({ storePictures }),
    ],
  });
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return stored;
}

/** A paste event as Chromium sends it (jsdom has no DataTransfer). */
function paste(html: string, shift = false) {
  const dom = editor.view.dom;
  dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'v', ctrlKey: true, shiftKey: shift }));
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/html' ? html : 'chữ'), files: [] },
  });
  dom.dispatchEvent(event);
  dom.dispatchEvent(new KeyboardEvent('keyup', { key: shift ? 'Shift' : 'v' }));
  return event;
}

const imagesOf = (ed: Editor) =>
  JSON.stringify(ed.getJSON()).match(/"type":"image","attrs":\{[^}]*\}/g) ?? [];

describe('pictures pasted as data: URLs', () => {
  it('are stored in media/ and the report refers to them, never to a data: URL', async () => {
    const stored = setup();
    const event = paste(
      `<p>Ảnh hiện trường</p><img alt="Hiện trường" src="${PNG_URL}"><p>Sau ảnh <img src='${PNG_URL}'></p>`,
    );
    expect(event.defaultPrevented).toBe(true);
    await expect.poll(() => imagesOf(editor).length).toBe(2);
    expect(stored).toEqual([PNG_URL]);
    const json = JSON.stringify(editor.getJSON());
    expect(json).not.toContain('data:');
    expect(imagesOf(editor)[0]).toContain(`"src":"${HASH_SRC}","alt":"Hiện trường","width":600`);
    expect(editor.getText()).toContain('Ảnh hiện trường');
  });

  it('leaves a refused picture as the placeholder, and remote pictures as before', async () => {
    const stored = setup();
    const gif = `data:image/png;base64,${btoa('GIF89a not a png but a gif header')}`;
    const text = `data:image/png;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
    paste(
      `<p>a</p><img alt="Giả" src="${text}"><img alt="Xa" src="https://example.vn/x.png"><img alt="Gif" src="${gif}">`,
    );
    await expect.poll(() => stored.length).toBe(2);
    await expect.poll(() => editor.getText()).toContain('Xa');
    expect(JSON.stringify(editor.getJSON())).not.toContain('data:');
    expect(imagesOf(editor)).toHaveLength(1);
    expect(editor.getText()).toContain('Giả');
  });

  it('Ctrl+Shift+V pastes the text alone, and a paste without data: pictures is not held back', () => {
    const stored = setup();
    paste(`<p><img src="${PNG_URL}"></p>`, true);
    expect(editor.getText()).toContain('Trướcchữ');
    paste('<p>ngay <img alt="Xa" src="https://example.vn/a.png"></p>');
    // Synchronous: nothing waited for a store.
    expect(editor.getText()).toContain('ngay [Ảnh: Xa]');
    expect(stored).toEqual([]);
    expect(imagesOf(editor)).toEqual([]);
  });
});

describe('checkDataPicture', () => {
  it('checks the size from the length before decoding, then the first bytes', () => {
    const big = `data:image/png;base64,${'A'.repeat(Math.ceil(((MEDIA_MAX_BYTES + 10) * 4) / 3))}`;
    expect(checkDataPicture(big)).toMatchObject({ reason: 'too-large', limit: MEDIA_MAX_BYTES });
    expect(checkDataPicture(PNG_URL)).toMatchObject({ ext: 'png', size: tinyPng().length });
    expect(checkDataPicture('data:image/svg+xml;utf8,<svg/>')).toEqual({ reason: 'not-image' });
    expect(checkDataPicture(`data:image/jpeg;base64,${btoa('hello world, no image')}`)).toEqual({
      reason: 'not-image',
    });
    expect(checkDataPicture('data:image/png;base64,!!!')).toEqual({ reason: 'not-image' });
  });
});
