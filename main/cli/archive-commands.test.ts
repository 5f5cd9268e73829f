import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDraft } from '../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../test-support/create-test-archive';
import { makeTempFolder } from '../../test-support/temp-folder';
import { bodyRelativePath } from '../services/archive/body-store';
import { registerArchiveCommands } from './archive-commands';
import { textDoc } from '../../test-support/report-docs';

let t: TestArchive;
let extra: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => {
  await t?.cleanup();
  await extra?.remove();
  extra = undefined;
});

/**
 * Runs the archive commands as `npm run cli -- …` would, in this process (starting the whole CLI
 * under tsx per call takes seconds): real argument parsing, real archive, captured output.
 */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerArchiveCommands(program);
  const out: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  process.exitCode = undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout: out.join('\n'), stderr: '' };
  } catch (error) {
    return { code: 2, stdout: out.join('\n'), stderr: (error as Error).message };
  } finally {
    log.mockRestore();
    process.exitCode = undefined;
  }
}

describe('archive CLI', () => {
  it('verify exits 0 on a sound archive and 1 naming a damaged body, even while the app holds the archive', async () => {
    t = await createTestArchive({ articles: 2 });
    const good = await cli('verify', '--archive', t.dir, '--json');
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ problems: [], checked: { articles: 2 } });
    await writeFile(path.join(t.dir, bodyRelativePath(t.seeded[1]!.id)), 'rác');
    const bad = await cli('verify', '--archive', t.dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`${bodyRelativePath(t.seeded[1]!.id)}: not valid JSON`);
  });

  it('lists by category and a dd/mm/yyyy range, as JSON', async () => {
    t = await createTestArchive({
      articles: [
        sampleDraft(1, {
          category: 'Kinh tế - Chính trị',
          publishedAt: '2020-07-13T13:25:00+07:00',
        }),
        sampleDraft(2, {
          category: 'Kinh tế - Chính trị',
          publishedAt: '2021-07-13T13:25:00+07:00',
        }),
        sampleDraft(3, { category: 'Xã hội', publishedAt: '2020-07-14T13:25:00+07:00' }),
      ],
    });
    await t.archive.close();
    const listed = await cli(
      'list',
      '--archive',
      t.dir,
      '--category',
      'kinh te - chinh tri',
      '--from',
      '01/01/2020',
      '--to',
      '31/12/2020',
      '--json',
    );
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toMatchObject({ total: 1, items: [{ id: t.seeded[0]!.id }] });
    const wrongDate = await cli('list', '--archive', t.dir, '--from', '31/02/2020');
    expect(wrongDate.code).not.toBe(0);
    expect(wrongDate.stderr).toContain('dd/mm/yyyy');
  });

  it('exports one zip that import-archive merges into another archive, skipping duplicates', async () => {
    t = await createTestArchive({ articles: 3 });
    await t.archive.reports.create({ title: 'Báo cáo quý', content: textDoc('Quý 3') });
    await t.archive.close();
    extra = await makeTempFolder();
    const zip = path.join(extra.dir, 'kho.zip');
    expect((await cli('export', zip, '--archive', t.dir)).code).toBe(0);
    const other = path.join(extra.dir, 'other');
    const first = await cli('import-archive', zip, '--archive', other, '--json');
    expect(JSON.parse(first.stdout)).toEqual({
      added: 3,
      duplicates: 0,
      missingBodies: 0,
      reports: 1,
      media: 0,
    });
    const again = await cli('import-archive', zip, '--archive', other, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, duplicates: 3, reports: 0 });
    const stats = JSON.parse((await cli('stats', '--archive', other, '--json')).stdout) as {
      articles: number;
      reports: number;
    };
    expect(stats).toMatchObject({ articles: 3, reports: 1 });
  });

  it('export-selection streams the chosen articles to a zip import-archive merges, and refuses to overwrite', async () => {
    t = await createTestArchive({ articles: 3 });
    await t.archive.close();
    extra = await makeTempFolder();
    const zip = path.join(extra.dir, 'chon.zip');
    const ids = [t.seeded[0]!.id, t.seeded[2]!.id].join(',');
    const out = await cli('export-selection', zip, '--ids', ids, '--json', '--archive', t.dir);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ path: zip, articles: 2, missingBodies: [] });
    const other = path.join(extra.dir, 'other');
    const merged = await cli('import-archive', zip, '--archive', other, '--json');
    expect(JSON.parse(merged.stdout)).toMatchObject({ added: 2, duplicates: 0 });
    const again = await cli('export-selection', zip, '--all', '--archive', t.dir);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('file-exists');
    const nothing = await cli('export-selection', zip, '--archive', t.dir);
    expect(nothing.stderr).toContain('--ids');
    const all = await cli(
      'export-selection',
      zip,
      '--all',
      '--overwrite',
      '--json',
      '--archive',
      t.dir,
    );
    expect(JSON.parse(all.stdout)).toMatchObject({ articles: 3 });
  });

  it('empty-trash removes deleted articles for good; --older-than-days keeps the recent ones', async () => {
    t = await createTestArchive({ articles: 3 });
    const [first, second] = t.seeded;
    await t.archive.deleteArticles([first!.id, second!.id]);
    await t.archive.close();
    const recent = await cli(
      'empty-trash',
      '--older-than-days',
      '30',
      '--json',
      '--archive',
      t.dir,
    );
    expect(JSON.parse(recent.stdout)).toEqual({ removed: 0, left: 2 });
    const all = await cli('empty-trash', '--json', '--archive', t.dir);
    expect(JSON.parse(all.stdout)).toEqual({ removed: 2, left: 0 });
    const bad = await cli('empty-trash', '--older-than-days', 'soon', '--archive', t.dir);
    expect(bad.stderr).toContain('--older-than-days');
    const archive = await t.reopen();
    expect(archive.trashCount()).toBe(0);
    await expect(archive.undoDelete([first!.id])).resolves.toBeUndefined();
    expect(archive.getMeta(first!.id)).toBeUndefined();
  });

  it('backup then restore --latest brings back a deleted article', async () => {
    t = await createTestArchive({ articles: 2 });
    await t.archive.close();
    expect((await cli('backup', '--archive', t.dir)).code).toBe(0);
    const archive = await t.reopen();
    await archive.deleteArticles([t.seeded[0]!.id]);
    await archive.close();
    const restored = await cli('restore', '--latest', '--archive', t.dir);
    expect(restored.code).toBe(0);
    expect((await t.reopen()).listArticles()).toHaveLength(2);
  });
});
