/**
 * A second process for archive tests, run as `node archive-child.mjs <mode> <dir>` after
 * test-support/build-archive-child.ts bundles it (plain node starts in a fraction of tsx's time,
 * which matters when the crash test starts it 200 times).
 *   save-loop: saves articles, metadata edits and reports forever, printing "ack …" after each
 *              save resolves — the parent kills it with SIGKILL and checks every ack survived.
 *   hold:      opens the archive, prints "open", and waits to be killed.
 *   try-open:  opens the archive and prints "open" or the error code.
 */
import { Archive } from '../main/services/archive';
import { AppError } from '../shared/errors';
import { sampleDraft } from './article-drafts';
import { textDoc } from './report-docs';

// Writes to a pipe are synchronous on Linux, so an ack is out before the next save starts.
const say = (line: string) => process.stdout.write(`${line}\n`);

async function saveLoop(archive: Archive): Promise<never> {
  let report: { id: string; revision: number } | undefined;
  for (let n = 1; ; n++) {
    const meta = await archive.addArticle(
      sampleDraft(n, { sourceUrl: `https://example.gov.vn/crash/${process.pid}/${n}` }),
    );
    say(`ack article ${meta.id}`);
    await archive.updateMeta(meta.id, { readingPosition: (n % 10) / 10, starred: n % 2 === 0 });
    say(`ack meta ${meta.id} ${(n % 10) / 10} ${n % 2 === 0}`);
    if (n % 3 === 0) {
      // One report autosaved over and over, as the editor does.
      const content = textDoc(String(n));
      const meta = report
        ? await archive.reports.save({ id: report.id, baseRevision: report.revision, content })
        : (await archive.reports.create({ title: `Báo cáo ${n}`, content })).meta;
      report = { id: meta.id, revision: meta.revision };
      say(`ack report ${meta.id} ${n}`);
    }
  }
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if (!dir) throw new Error('usage: archive-child <save-loop|hold|try-open> <dir>');
  try {
    const archive = await Archive.open(dir);
    say('open');
    if (mode === 'save-loop') await saveLoop(archive);
    // A pending promise alone does not keep Node running: without the timer the holder could
    // exit (leaving a dead pid in the lock) before the test tries to open the archive.
    if (mode === 'hold') await new Promise(() => setInterval(() => undefined, 60_000));
    await archive.close();
  } catch (error) {
    say(error instanceof AppError ? error.code : String(error));
  }
}

void main();
