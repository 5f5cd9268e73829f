import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { DocNode } from '../../../../../../shared/report/document';

/** The drag data type of report content (JSON of document nodes) dragged from the app's panels. */
export const REPORT_CONTENT_MIME = 'application/x-kho-tin-content';

/**
 * Drops of report content from the app's own panels (the "Tin bài" panel drags a citation):
 * the nodes go in where the pointer is, as JSON of the one document model, never as HTML.
 */
export const ContentDrop = Extension.create({
  name: 'contentDrop',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('contentDrop'),
        props: {
          handleDrop(view, event) {
            const data = event.dataTransfer?.getData(REPORT_CONTENT_MIME);
            if (!data) return false;
            let nodes: DocNode[];
            try {
              nodes = JSON.parse(data) as DocNode[];
            } catch {
              return false;
            }
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
            const pos = at?.pos ?? view.state.selection.from;
            event.preventDefault();
            return editor.chain().focus().insertContentAt(pos, nodes).run();
          },
        },
      }),
    ];
  },
});
