import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../../../shared/ipc/import';
import type { JobProgress } from '../../../../shared/jobs';
import type { PreviewFile } from './import-request';

/*
 * The race is between two transports (the job's progress events and the answer to
 * `import.start`), and no real one can be made to deliver in a chosen order without a hook in
 * the product: so this stands in for `window.api` and hands the store the events itself, in the
 * order the host was seen to deliver them.
 */
let answerStart: (answer: { jobId: string }) => void = () => undefined;
const api = {
  import: {
    start: () => new Promise<{ jobId: string }>((resolve) => (answerStart = resolve)),
    // Still running when asked: only progress events can move the count.
    report: ({ jobId }: { jobId: string }): Promise<ImportReport> =>
      Promise.resolve({ jobId, state: 'running', total: 12, rows: [] }),
  },
  jobs: { cancel: () => Promise.resolve({ cancelled: true }) },
};

let store: typeof import('./import-store').useImportStore;
beforeAll(async () => {
  vi.stubGlobal('window', { api });
  ({ useImportStore: store } = await import('./import-store'));
});
afterAll(() => vi.unstubAllGlobals());

const file = (n: number): PreviewFile => ({
  key: `f${n}`,
  name: `tin-${n}.txt`,
  input: { name: `tin-${n}.txt`, base64: '' },
  inspection: null,
  error: null,
  edits: {},
});

const progress = (jobId: string, done: number): JobProgress => ({
  jobId,
  kind: 'import',
  state: 'running',
  done,
  total: 12,
  current: `tin-${done}.txt`,
  error: null,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('import progress that comes before `import.start` answers', () => {
  it('shows the count sent before the job id was known, not 0', async () => {
    store.setState({ files: Array.from({ length: 12 }, (_, n) => file(n)), step: 'preview' });
    const started = store.getState().start();
    store.getState().onProgress(progress('job-1', 3));
    store.getState().onProgress(progress('other-job', 9));
    store.getState().onProgress(progress('job-1', 7));
    answerStart({ jobId: 'job-1' });
    await started;
    await settle();
    expect(store.getState()).toMatchObject({
      step: 'running',
      jobId: 'job-1',
      progress: { done: 7, total: 12, current: 'tin-7.txt' },
    });
    // Later events still move it, and another job's never do.
    store.getState().onProgress(progress('other-job', 11));
    store.getState().onProgress(progress('job-1', 8));
    expect(store.getState().progress).toMatchObject({ done: 8 });
  });

  it('starts from 0 of the batch when nothing came early', async () => {
    store.setState({ files: [file(1), file(2)], step: 'preview', jobId: null, progress: null });
    const started = store.getState().start();
    answerStart({ jobId: 'job-2' });
    await started;
    expect(store.getState().progress).toEqual({ done: 0, total: 2, current: null });
  });
});
