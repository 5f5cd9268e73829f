import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { isOnlyAPicture } from '../image-input';
import { hasDataPictures } from './data-pictures';

export type PastedPicturesOptions = {
  /** Stores the HTML's data: pictures in media/ and returns the HTML referring to them. */
  storePictures(html: string): Promise<string>;
};

export const PASTED_PICTURES_KEY = new PluginKey('pastedPictures');

/**
 * A pasted page or Word document whose pictures are inline data: URLs: the pictures go to the
 * archive's media/ first (a report never holds a data: URL), then the HTML is pasted as any other
 * through the cleaner. Storing is asynchronous, so this takes the paste event before ProseMirror
 * reads it and pastes the rewritten HTML when the pictures are stored. A lone copied picture with
 * its file is left to the image input, and Ctrl+Shift+V stays a plain-text paste. HTML dragged in
 * from a page or a document is the same: its pictures are stored, then it goes in where dropped.
 */
export const PastedPictures = Extension.create<PastedPicturesOptions>({
  name: 'pastedPictures',

  addOptions() {
    return { storePictures: async (html) => html };
  },

  addProseMirrorPlugins() {
    const { options } = this;
    /** The HTML with data: pictures that this takes over, or null to leave the event alone. */
    const takenHtml = (view: EditorView, data: DataTransfer | null): string | null => {
      if (!data || !view.editable) return null;
      const html = data.getData('text/html');
      if (!hasDataPictures(html)) return null;
      if (data.files.length > 0 && isOnlyAPicture(html, data.getData('text/plain'))) return null;
      return html;
    };
    const store = (view: EditorView, html: string) =>
      void options.storePictures(html).then((rewritten) => {
        if (!view.isDestroyed) view.pasteHTML(rewritten);
      });
    // ProseMirror reads Shift from the last key event the same way to tell a plain-text paste.
    let shift = false;
    return [
      new Plugin({
        key: PASTED_PICTURES_KEY,
        props: {
          handleDOMEvents: {
            keydown(_view, event) {
              shift = event.shiftKey;
              return false;
            },
            keyup(_view, event) {
              if (event.key === 'Shift') shift = false;
              return false;
            },
            paste(view, event) {
              const html = shift ? null : takenHtml(view, event.clipboardData);
              if (html === null) return false;
              event.preventDefault();
              store(view, html);
              return true;
            },
            drop(view, event) {
              // A drag inside the report moves its own content, which never holds a data: URL.
              const html = view.dragging ? null : takenHtml(view, event.dataTransfer);
              if (html === null) return false;
              event.preventDefault();
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
              if (at) {
                const $pos = view.state.doc.resolve(at.pos);
                view.dispatch(view.state.tr.setSelection(TextSelection.near($pos)));
              }
              view.focus();
              store(view, html);
              return true;
            },
          },
        },
      }),
    ];
  },
});
