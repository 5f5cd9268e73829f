import { useEffect, useMemo } from 'react';
import type { DocNode } from '../../../../shared/report/document';
import type { ChannelInput } from '../../../../shared/ipc';
import { createValueSource, type ValueSource } from '../../app/value-source';
import { api } from '../../platform/api';
import { ApiError, errorText } from '../../platform/api-error';
import { Autosaver, type SaveStatus } from './autosaver';

type SaveInput = ChannelInput<'reports.save'>;

/** The save status: its readers follow it, its owner (the report view) does not re-render. */
export type StatusSource = ValueSource<SaveStatus>;

export const createStatusSource = () => createValueSource<SaveStatus>({ state: 'saved' });

/**
 * Autosave of one report (mount it under a key per report). Flushes when the page hides, the
 * window closes or is reloaded, and when the report is left (unmount).
 */
export function useAutosave(
  id: string,
  revision: number,
  /** What is saved beside the content (the ND30 fields, layout and final mark), read at save time. */
  extra: () => Partial<Pick<SaveInput, 'fields' | 'layout' | 'final'>> = () => ({}),
) {
  // Not React state: a status change re-rendered the whole report view twice a save while
  // typing, and every React commit walks the focused editor's DOM (see SaveStatusText).
  const status = useMemo(() => createStatusSource(), []);
  const saver = useMemo(
    () =>
      new Autosaver(
        (content, baseRevision) => api.reports.save({ id, baseRevision, content, ...extra() }),
        revision,
        status.set,
        (error) => (error instanceof ApiError ? error.code : undefined),
        errorText,
      ),
    // One saver per mounted report; a new revision from outside goes through reset().
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [id],
  );

  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      void saver.close();
    };
  }, [saver]);

  return {
    status,
    saver,
    change: (doc: DocNode) => saver.change(doc),
  };
}
