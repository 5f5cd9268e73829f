import type { Editor } from '@tiptap/core';
import { useCallback } from 'react';
import { insertImageFiles } from './image-files';

/** The toolbar's "Chèn ảnh": a file chooser, then the same path as a drop or a paste. */
export function useImagePicker(editor: Editor | null): () => void {
  return useCallback(() => {
    if (!editor) return;
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/png,image/jpeg,image/gif,image/webp';
    input.multiple = true;
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      if (files.length > 0) void insertImageFiles(editor, files, null);
    });
    input.click();
  }, [editor]);
}
