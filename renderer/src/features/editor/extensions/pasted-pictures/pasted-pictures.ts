import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
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
 * its file is left to the image input, and Ctrl+Shift+V stays a plain-text paste.
 */
export const PastedPictures = Extension.create<PastedPicturesOptions>({
  name: 'pastedPictures',

  addOptions() {
    return { storePictures: async (html) => html };
  },

  addProseMirrorPlugins() {
    const { options } = this;
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
              const data = event.clipboardData;
              if (!data || shift || !view.editable) return false;
              const html = data.getData('text/html');
              if (!hasDataPictures(html)) return false;
              if (data.files.length > 0 && isOnlyAPicture(html, data.getData('text/plain')))
                return false;
              event.preventDefault();
              void options.storePictures(html).then((rewritten) => {
                if (!view.isDestroyed) view.pasteHTML(rewritten);
              });
              return true;
            },
          },
        },
      }),
    ];
  },
});
