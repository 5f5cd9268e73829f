import type { Editor } from '@tiptap/core';
import { useEffect } from 'react';
import { selectEditorSettings, useSettingsStore } from '../../settings/settings-store';

/** Keeps the editor's spell-check in step with settings.editor (on/off, the personal list). */
export function useSpellCheckSettings(editor: Editor | null): void {
  const { spellcheck, personalWords } = useSettingsStore(selectEditorSettings);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.setSpellCheck({ enabled: spellcheck, personalWords });
  }, [editor, spellcheck, personalWords]);
}

/** Adds a word to the personal list in settings.json (once, whatever its case or marks' form). */
export function addPersonalWord(word: string): Promise<void> {
  const store = useSettingsStore.getState();
  const words = store.settings.editor.personalWords;
  const nfc = word.normalize('NFC');
  if (words.some((known) => known.normalize('NFC').toLowerCase() === nfc.toLowerCase()))
    return Promise.resolve();
  return store.update({ editor: { personalWords: [...words, nfc] } });
}

export function setSpellCheckOn(on: boolean): Promise<void> {
  return useSettingsStore.getState().update({ editor: { spellcheck: on } });
}
