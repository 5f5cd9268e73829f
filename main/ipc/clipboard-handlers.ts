import type { HandlerDeps, HandlerTable } from './handler-table';

/** "Dán dạng văn bản thuần": the shell's clipboard text, or null for the page to read its own. */
export function createClipboardHandlers(
  deps: HandlerDeps,
): Pick<HandlerTable, 'clipboard.readText'> {
  return {
    'clipboard.readText': async () => ({
      text: deps.readClipboardText ? await deps.readClipboardText() : null,
    }),
  };
}
