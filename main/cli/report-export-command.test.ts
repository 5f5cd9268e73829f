import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleReportFile } from '../../test-support/nd30-report';
import { makeTempFolder } from '../../test-support/temp-folder';
import { runReportExport } from './report-export-command';

const ID = 'r0123456789ab';

describe('report export <id> --format --out', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  let archive: string;
  const write = async (report: unknown) => {
    await mkdir(path.join(archive, 'reports'), { recursive: true });
    await writeFile(path.join(archive, 'reports', `${ID}.json`), JSON.stringify(report));
  };
  const out = () => path.join(folder.dir, 'out.html');
  const exists = (file: string) =>
    stat(file).then(
      () => true,
      () => false,
    );

  beforeEach(async () => {
    folder = await makeTempFolder();
    archive = path.join(folder.dir, 'archive');
  });
  afterEach(() => folder.remove());

  it('writes the report as self-contained HTML', async () => {
    await write(sampleReportFile());
    await runReportExport(ID, { format: 'html', out: out(), archive });
    expect(await readFile(out(), 'utf8')).toContain('Kiên Giang, ngày 05 tháng 02 năm 2026');
  });

  it('refuses a bad format, id or missing report, naming what is wrong', async () => {
    await expect(runReportExport(ID, { format: 'odt', out: out(), archive })).rejects.toThrow(
      '--format',
    );
    await expect(runReportExport('../x', { format: 'pdf', out: out(), archive })).rejects.toThrow(
      'not a report id',
    );
    await expect(runReportExport(ID, { format: 'pdf', out: out(), archive })).rejects.toThrow(
      `no report ${ID}`,
    );
  });

  it.each([
    [{ type: 'quyet-dinh' }, 'fields.type: type: one of'],
    [{ number: -3 }, 'fields.number: number: a positive whole number'],
    [{ date: '2026-02-30' }, 'fields.date: date: this day does not exist'],
    [{ summary: 'x'.repeat(10_000) }, 'fields.summary: summary: at most 500 characters'],
  ])(
    'a stored report with bad fields %o is named, and nothing is written',
    async (fields, message) => {
      const report = sampleReportFile();
      await write({ ...report, fields: { ...report.fields, ...fields } });
      await expect(runReportExport(ID, { format: 'html', out: out(), archive })).rejects.toThrow(
        message,
      );
      expect(await exists(out())).toBe(false);
    },
  );
});
