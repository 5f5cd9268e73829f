import { useEffect } from 'react';
import { api } from '../../platform/api';
import { useLibraryStore } from './library-store';

/** Jobs whose end changes what the list shows: new articles, another folder, a search index now ready. */
const REFRESHING = new Set(['import', 'move-archive', 'reindex']);

/** The list follows work done elsewhere (an import dialog, the menu, the CLI's reindex) once it finishes. */
export function useLibraryRefresh(): void {
  useEffect(
    () =>
      api.on('job.progress', (progress) => {
        if (REFRESHING.has(progress.kind) && progress.state !== 'running')
          void useLibraryStore.getState().refresh();
      }),
    [],
  );
}
