import './dom-globals';
import { Editor, type AnyExtension, type Content } from '@tiptap/core';
import type { DocNode } from '../shared/report/document';
import { EDITOR_EXTENSIONS } from '../renderer/src/features/editor/extensions';

type Options = {
  /** A report document, or HTML parsed through the schema. */
  content?: DocNode | string;
  /** Defaults to the editor's full list (schema + behaviour). */
  extensions?: AnyExtension[];
};

/**
 * A real tiptap Editor with the report editor's full extension list, mounted on a jsdom element,
 * for unit tests of the schema and of each editor extension. Call `editor.destroy()` after use.
 */
export function createTestEditor(options: Options = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: options.extensions ?? EDITOR_EXTENSIONS,
    content: (options.content ?? '') as Content,
  });
  editor.on('destroy', () => element.remove());
  return editor;
}
