import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFixture } from '../../test-support/fixtures/import/paths';
import { makeTempFolder } from '../../test-support/temp-folder';
import { Archive } from '../services/archive';
import { runImportCommand, runInspectCommand } from './import-commands';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) },
    out,
    err,
  };
}

describe('cli import / inspect', () => {
  let temp: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeEach(async () => {
    temp = await makeTempFolder();
  });
  afterEach(() => temp.remove());

  it('imports a folder, prints progress and a summary, lists failures and writes the CSV', async () => {
    const archiveDir = path.join(temp.dir, 'archive');
    const csvPath = path.join(temp.dir, 'bao-cao.csv');
    const { io, out, err } = capture();
    const report = await runImportCommand(
      [importFixture(''), path.join(temp.dir, 'thieu.txt')],
      { archive: archiveDir, duplicates: 'skip', report: csvPath, lang: 'en' },
      io,
    );
    expect(report.rows.find((r) => r.file === 'thieu.txt')).toMatchObject({
      outcome: 'failed',
      errorCode: 'unreadable-file',
    });
    // Progress is throttled, so which file names it shows depends on timing; that it counts does not.
    expect(err.join('')).toMatch(/\[\d+\/\d+\] \S+\.(txt|html?|mhtml|docx)/);
    expect(out.join('')).toMatch(/imported: \d+/);
    expect(out.join('')).toContain('✗ thieu.txt: unreadable-file');
    const csv = await readFile(csvPath, 'utf8');
    expect(csv).toContain('"portal-copy-table.txt","Imported"');
    const archive = await Archive.open(archiveDir);
    expect(archive.listArticles().length).toBe(
      report.rows.filter((r) => r.outcome === 'imported').length,
    );
    await archive.close();
    // Starts the import pool's worker threads (jsdom in each): slow on a loaded machine.
  }, 120_000);

  it('refuses an unknown duplicate mode before touching anything', async () => {
    await expect(
      runImportCommand(
        [importFixture('')],
        { archive: path.join(temp.dir, 'a'), duplicates: 'merge', lang: 'vi' },
        capture().io,
      ),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('inspect --json prints the draft, confidences and encoding without importing', async () => {
    const { io, out } = capture();
    await runInspectCommand(importFixture('legacy-tcvn3.txt'), { json: true }, io);
    const parsed = JSON.parse(out.join(''));
    expect(parsed.encoding.chosen).toBe('tcvn3');
    expect(parsed.draft.text).toContain('Hội nghị tổng kết công tác năm');
    expect(parsed.fields.title.confidence).toBeGreaterThan(0);
  });

  it('inspect without --json shows one line per field with the date as dd/MM/yyyy HH:mm', async () => {
    const { io, out } = capture();
    await runInspectCommand(importFixture('portal-copy-bracketed.txt'), {}, io);
    expect(out.join('')).toMatch(/publishedAt\s+found\s+0\.95\s+21\/03\/2025 08:40/);
  });
});
