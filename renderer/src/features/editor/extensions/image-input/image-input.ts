import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export type ImageInputOptions = {
  /** Stores and inserts the files (at a drop position, or the selection when null). */
  handleFiles(editor: Editor, files: File[], at: number | null): void;
};

export const IMAGE_INPUT_KEY = new PluginKey('imageInput');

/**
 * Files dropped or pasted into the editor go to `handleFiles` instead of the browser (which would
 * insert a data: URL or navigate). A paste that carries HTML or text with its file — Word puts
 * a picture of the copied text beside its HTML — is left to the HTML paste, unless the HTML is
 * only one picture ("Copy image" in a browser).
 */
export const ImageInput = Extension.create<ImageInputOptions>({
  name: 'imageInput',

  addOptions() {
    return { handleFiles: () => undefined };
  },

  addProseMirrorPlugins() {
    const { editor, options } = this;
    return [
      new Plugin({
        key: IMAGE_INPUT_KEY,
        props: {
          handlePaste(_view, event) {
            const data = event.clipboardData;
            const files = Array.from(data?.files ?? []);
            if (!data || files.length === 0) return false;
            if (!isOnlyAPicture(data.getData('text/html'), data.getData('text/plain')))
              return false;
            options.handleFiles(editor, files, null);
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = Array.from(event.dataTransfer?.files ?? []);
            if (moved || files.length === 0) return false;
            event.preventDefault();
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            options.handleFiles(editor, files, at ? at.pos : null);
            return true;
          },
        },
      }),
    ];
  },
});

/** True when the clipboard's text forms hold nothing but (at most) one image. */
export function isOnlyAPicture(html: string, text: string): boolean {
  if (text.trim()) return false;
  if (!html.trim()) return true;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return (doc.body.textContent ?? '').trim() === '' && doc.body.querySelectorAll('img').length <= 1;
}
