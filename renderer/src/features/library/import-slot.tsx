import { ImportEntry } from '../import/import-entry';
import { useLibraryStore } from './library-store';

/** The import button (and its dialog) where the library offers it: the toolbar and the empty state. */
export function ImportSlot() {
  return <ImportEntry onImported={() => void useLibraryStore.getState().refresh()} />;
}
