import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';

type EmptyPlaceholderOptions = { text: () => string };

/**
 * The empty report's hint ("Bắt đầu soạn báo cáo…"), as one attribute on the editor's root
 * that CSS shows while the document is a single empty paragraph. Unlike tiptap's Placeholder,
 * which adds a node decoration (class and attribute) to the paragraph and takes it off again
 * on the first keystroke, nothing here touches the paragraph being typed into.
 */
export const EmptyPlaceholder = Extension.create<EmptyPlaceholderOptions>({
  name: 'emptyPlaceholder',

  addOptions() {
    return { text: () => '' };
  },

  addProseMirrorPlugins() {
    const { text } = this.options;
    return [new Plugin({ props: { attributes: () => ({ 'data-placeholder': text() }) } })];
  },
});
