import { ImportEntry } from '../import/import-entry';
import { useLibraryStore } from './library-store';

/** Stable on purpose: the dialog reruns its "imported" effect whenever this function changes. */
const refreshLibrary = () => void useLibraryStore.getState().refresh();

/** The import button (and its dialog) where the library offers it: the toolbar and the empty state. */
export function ImportSlot() {
  return <ImportEntry onImported={refreshLibrary} />;
}
