import { Extension } from '@tiptap/core';
import { Plugin } from '@tiptap/pm/state';
import { whenLoaded } from '../../document-loader';
import { CITATION_LINKS_KEY } from '../citation-links';
import { BlockWindow } from './block-window';
import { caretBlockPlugin } from './caret-block';
import { docDiff } from './doc-diff';
import { PaintSwitch } from './paint-switch';

/**
 * Lets the blocks of a long report that are off screen skip layout and paint
 * (`content-visibility: auto`, editor.css): each frame of typing, and Chromium's walk of the
 * text before the caret on every selection change, then cost about what a short report's do.
 * Safe only with its two guards: the caret's block is never skipped (caret-block.ts), and the
 * switch is on only while every block's remembered size is its real one (paint-switch.ts), so
 * the page guides, which measure every block, stay where they were. In a long report, the blocks
 * far from the screen are then left out of layout altogether (block-window.ts).
 */
export const DeferredPaint = Extension.create({
  name: 'deferredPaint',

  addProseMirrorPlugins() {
    const { editor } = this;
    // No layout to skip where nothing is laid out (jsdom in unit tests).
    if (typeof ResizeObserver === 'undefined') return [caretBlockPlugin()];
    return [
      caretBlockPlugin(),
      new Plugin({
        view: (view) => {
          const blockWindow = new BlockWindow(view);
          const paintSwitch = new PaintSwitch(
            view,
            () => whenLoaded(editor),
            [(state) => CITATION_LINKS_KEY.getState(state)?.missing],
            (on) => (on ? blockWindow.start() : blockWindow.stop()),
          );
          return {
            // The switch first: a change that redraws every block stops the window before it
            // would measure them.
            update: (view, previous) => {
              const diff = docDiff(previous.doc, view.state.doc);
              paintSwitch.update(view, previous, diff);
              blockWindow.update(view, previous, diff);
            },
            destroy: () => {
              paintSwitch.destroy();
              blockWindow.destroy();
            },
          };
        },
      }),
    ];
  },
});
