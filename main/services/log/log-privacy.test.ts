import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { createHandlerTable, type HandlerTable } from '../../ipc/handler-table';
import { invokeChannel } from '../../ipc/invoke';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { openAppServices, type AppServices } from '../app-services';
import { logDirOf } from './log-files';
import { openNodeLogger } from './node-logger';

/**
 * A walk through the app with the log set to record every call (as if each were slow) and an
 * error thrown with text in its message, then a search of the log files, and of the
 * diagnostics zip, for what was typed, imported and searched: none of it may be there.
 */
const SECRETS = {
  fileName: 'ho-so-mat-QWXZ7.txt',
  title: 'Tiêu đề riêng KLMQ4 về hội nghị',
  body: 'Nội dung bài viết VBNT8 không được ghi vào nhật ký.',
  query: 'truy vấn PLOK3',
  report: 'Báo cáo riêng ZXCV9 của văn phòng',
  signer: 'Nguyễn Văn Ký MNBV5',
  word: 'từriêngJHGF2',
};
const MARKERS = ['QWXZ7', 'KLMQ4', 'VBNT8', 'PLOK3', 'ZXCV9', 'MNBV5', 'JHGF2', 'ho-so-mat'];

describe('the log holds no text people read, write or search', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let services: AppServices;
  let table: HandlerTable;
  let userDataDir: string;
  let diagnostics: Map<string, string>;

  const call = async (channel: string, input?: unknown) => {
    const result = await invokeChannel(table, channel, input, () => 'vi', {
      logger: services.logger,
      slowMs: 0,
    });
    if (!result.ok)
      throw new Error(`${channel}: ${result.error.code} ${result.error.detail ?? ''}`);
    return result.value as Record<string, unknown>;
  };

  beforeAll(async () => {
    folder = await makeTempFolder('kho-tin-log-');
    userDataDir = path.join(folder.dir, 'user-data');
    services = await openAppServices(
      { archiveDir: path.join(folder.dir, 'archive'), userDataDir },
      { shell: 'web', version: 'test', logger: openNodeLogger(userDataDir, 'host') },
    );
    table = createHandlerTable({ ...services, openExternal: async () => false });

    const text = `${SECRETS.title}\n(08:00 | 12/03/2025)\n${SECRETS.body}\n${SECRETS.body}`;
    const { jobId } = await call('import.start', {
      files: [
        {
          key: 'a',
          file: { name: SECRETS.fileName, base64: Buffer.from(text).toString('base64') },
        },
      ],
      duplicateMode: 'keep',
    });
    await services.jobs.whenIdle();
    const report = (await call('import.report', { jobId })) as { rows: { outcome: string }[] };
    expect(report.rows.map((row) => row.outcome)).toEqual(['imported']);
    await services.search.whenIdle();
    const found = (await call('search.query', { query: SECRETS.query })) as { total: number };
    expect(found.total).toBe(0);
    expect(((await call('search.query', { query: 'VBNT8' })) as { total: number }).total).toBe(1);

    const created = (await call('reports.create', { title: SECRETS.report })) as {
      meta: { id: string; revision: number };
    };
    await call('reports.save', {
      id: created.meta.id,
      baseRevision: created.meta.revision,
      title: SECRETS.report,
      content: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: SECRETS.report }] }],
      },
    });
    await call('settings.set', {
      reportDefaults: { signerName: SECRETS.signer },
      editor: { personalWords: [SECRETS.word] },
    });

    // An unexpected failure whose message quotes the payload, as a careless throw would.
    const failing = { ...table, 'articles.list': () => Promise.reject(new Error(SECRETS.body)) };
    const failed = await invokeChannel(
      failing,
      'articles.list',
      { site: SECRETS.title },
      () => 'vi',
      {
        logger: services.logger,
      },
    );
    expect(failed).toMatchObject({ ok: false, error: { code: 'internal' } });

    const zip = (await call('app.saveDiagnostics')) as { base64: string };
    diagnostics = await unzip(Buffer.from(zip.base64, 'base64'));
  }, 60_000);

  afterAll(async () => {
    await services?.close();
    await folder?.remove();
  });

  async function logText(): Promise<string> {
    const dir = logDirOf(userDataDir);
    const files = await readdir(dir);
    return (await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n');
  }

  it('logged the walk: start, archive, every call with its time, the job, the error with its stack', async () => {
    const log = await logText();
    for (const line of [
      /archive\.open \{"articles":0/,
      /ipc\.slow \{"channel":"import\.start","ms":\d+\}/,
      /ipc\.slow \{"channel":"search\.query","ms":\d+\}/,
      /ipc\.slow \{"channel":"reports\.save","ms":\d+\}/,
      /job\.done \{"kind":"import","state":"done"/,
      /ipc\.failed \{"channel":"articles\.list","name":"Error","stack":"at /,
    ])
      expect(log).toMatch(line);
  });

  it('holds none of the text imported, searched or typed, nor the file name', async () => {
    const log = await logText();
    for (const marker of MARKERS) expect(log, marker).not.toContain(marker);
  });

  it('writes one diagnostics zip with the logs, versions, archive figures and settings, nothing personal', () => {
    expect([...diagnostics.keys()].sort()).toEqual([
      'about.json',
      'archive.json',
      'logs/host.log',
      'settings.json',
    ]);
    expect(JSON.parse(diagnostics.get('archive.json')!)).toMatchObject({ articles: 1, reports: 1 });
    expect(JSON.parse(diagnostics.get('about.json')!).versions.node).toBe(process.versions.node);
    expect(JSON.parse(diagnostics.get('settings.json')!)).toMatchObject({
      editor: { personalWords: 1 },
      reportDefaults: 1,
    });
    const all = [...diagnostics.values()].join('\n');
    for (const marker of MARKERS) expect(all, marker).not.toContain(marker);
  });
});

function unzip(bytes: Buffer): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, string>();
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        }),
      );
      zip.readEntry();
    });
  });
}
