import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempFolder } from '../../test-support/temp-folder';
import { Archive } from '../services/archive';
import { registerReportCommands } from './report-commands';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

/** `npm run cli -- report …` in this process: real parsing, real archive, captured output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerReportCommands(program);
  const out: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  process.exitCode = undefined;
  try {
    await program.parseAsync(['report', ...args], { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout: out.join('\n'), stderr: '' };
  } catch (error) {
    return { code: 2, stdout: out.join('\n'), stderr: (error as Error).message };
  } finally {
    log.mockRestore();
    process.exitCode = undefined;
  }
}

describe('report CLI', () => {
  it('creates a report from fields and Word-like HTML, then lists and shows it', async () => {
    folder = await makeTempFolder();
    const archive = path.join(folder.dir, 'archive');
    const fields = path.join(folder.dir, 'fields.json');
    const body = path.join(folder.dir, 'body.html');
    await writeFile(
      fields,
      JSON.stringify({ summary: 'Tình hình tháng 11', number: 15, agencyCode: 'UBND' }),
    );
    await writeFile(
      body,
      '<h1 class="MsoHeading1" style="mso-x: 1; text-align: center">I. KẾT QUẢ</h1>' +
        '<p onclick="alert(1)"><b>Đậm</b> thường</p><script>alert(1)</script>' +
        '<table><tr><td>ô một</td></tr></table>',
    );
    const created = await cli(
      'create',
      '--archive',
      archive,
      '--fields',
      fields,
      '--body',
      body,
      '--json',
    );
    expect(created.code).toBe(0);
    const { id } = JSON.parse(created.stdout) as { id: string };
    expect(id).toMatch(/^r[0-9a-f]{12}$/);
    const list = JSON.parse((await cli('list', '--archive', archive, '--json')).stdout);
    expect(list).toMatchObject([{ id, title: 'Tình hình tháng 11', number: 15, words: 7 }]);
    const shown = JSON.parse((await cli('show', id, '--archive', archive, '--json')).stdout);
    expect(shown.fields).toMatchObject({ summary: 'Tình hình tháng 11', agencyCode: 'UBND' });
    expect(shown.html).toContain('<h1 style="text-align: center;">I. KẾT QUẢ</h1>');
    expect(shown.html).toContain('<strong>Đậm</strong>');
    expect(shown.html).toContain('<td');
    expect(shown.html).not.toMatch(/script|onclick|mso/i);
    const text = await cli('create', '--archive', archive, '--title', 'Chỉ có tên');
    expect(text.stdout).toMatch(/^r[0-9a-f]{12}$/);
  });

  it('lists and shows while the app holds the archive, and refuses to create beside it', async () => {
    folder = await makeTempFolder();
    const dir = path.join(folder.dir, 'archive');
    const app = await Archive.open(dir);
    try {
      const { meta } = await app.reports.create({ title: 'Đang mở trong ứng dụng' });
      const list = JSON.parse((await cli('list', '--archive', dir, '--json')).stdout);
      expect(list).toMatchObject([{ id: meta.id }]);
      expect((await cli('show', meta.id, '--archive', dir)).stdout).toContain('# Đang mở');
      const create = await cli('create', '--archive', dir, '--title', 'Thứ hai');
      expect(create.stderr).toContain('archive-in-use');
      expect(await app.reports.list()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  it('refuses a bad fields file naming the field, and writes nothing', async () => {
    folder = await makeTempFolder();
    const archive = path.join(folder.dir, 'archive');
    const fields = path.join(folder.dir, 'fields.json');
    await writeFile(fields, JSON.stringify({ number: -3, date: '2026-02-30', colour: 'red' }));
    const result = await cli('create', '--archive', archive, '--fields', fields);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('number: a positive whole number');
    expect(result.stderr).toContain('date: this day does not exist');
    expect(result.stderr).toContain('colour');
    expect(await readdir(folder.dir)).toEqual(['fields.json']);
  });
});
