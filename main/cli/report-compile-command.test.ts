import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleDraft } from '../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../test-support/create-test-archive';
import { registerReportCommands } from './report-commands';

let t: TestArchive;

/** `npm run cli -- report …` in this process: real parsing, real archive, captured output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerReportCommands(program);
  const out: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  process.exitCode = undefined;
  try {
    await program.parseAsync(['report', ...args], { from: 'user' });
    return { code: Number(process.exitCode ?? 0), stdout: out.join('\n'), stderr: '' };
  } catch (error) {
    return { code: 2, stdout: out.join('\n'), stderr: (error as Error).message };
  } finally {
    log.mockRestore();
    err.mockRestore();
    process.exitCode = undefined;
  }
}

beforeEach(async () => {
  t = await createTestArchive({
    articles: [
      sampleDraft(1, {
        title: 'Giao ban KT-XH',
        category: 'Kinh tế',
        publishedAt: '2026-07-05T08:00:00+07:00',
      }),
      sampleDraft(2, {
        title: 'Lễ hội Nghinh Ông',
        category: 'Văn hóa - Xã hội',
        publishedAt: '2026-07-12T08:00:00+07:00',
      }),
      sampleDraft(3, {
        title: 'Tin tháng Tám',
        category: 'Kinh tế',
        publishedAt: '2026-08-02T08:00:00+07:00',
      }),
    ],
  });
  // The CLI opens the folder itself, as it would while the app is closed.
  await t.archive.close();
});
afterEach(() => t.cleanup());

const range = ['--from', '01/07/2026', '--to', '31/07/2026'];

describe('report compile CLI', () => {
  it('creates the report (category by name, without marks) and report show shows it', async () => {
    const run = await cli(
      'compile',
      '--archive',
      t.dir,
      ...range,
      '--category',
      'van hoa - xa hoi',
      '--title',
      'Điểm tin văn hóa',
      '--json',
    );
    expect(run.stderr).toBe('');
    const created = JSON.parse(run.stdout) as { id: string; articles: number };
    expect(created.articles).toBe(1);
    const shown = JSON.parse(
      (await cli('show', created.id, '--archive', t.dir, '--json')).stdout,
    ) as {
      meta: { title: string };
      html: string;
    };
    expect(shown.meta.title).toBe('Điểm tin văn hóa');
    expect(shown.html).toContain('I. VĂN HÓA - XÃ HỘI');
    expect(shown.html).toContain('Lễ hội Nghinh Ông');
    expect(shown.html).toContain('data-citation');
    expect(shown.html).not.toContain('Giao ban KT-XH</strong>');
  });

  it('takes the fields file and the search query', async () => {
    const fields = path.join(t.dir, 'fields.json');
    await writeFile(fields, JSON.stringify({ agency: 'VĂN PHÒNG', agencyCode: 'VP' }));
    const run = await cli(
      'compile',
      '--archive',
      t.dir,
      ...range,
      '--query',
      'giao ban',
      '--title',
      'Giao ban',
      '--fields',
      fields,
      '--json',
    );
    const created = JSON.parse(run.stdout) as { id: string; articles: number };
    expect(created.articles).toBe(1);
    const shown = JSON.parse(
      (await cli('show', created.id, '--archive', t.dir, '--json')).stdout,
    ) as {
      fields: Record<string, unknown>;
    };
    expect(shown.fields).toMatchObject({
      agency: 'VĂN PHÒNG',
      agencyCode: 'VP',
      summary: 'Giao ban',
    });
  });

  it('says a range holds no article, and creates nothing', async () => {
    const run = await cli(
      'compile',
      '--archive',
      t.dir,
      '--from',
      '01/01/2025',
      '--to',
      '31/01/2025',
      '--title',
      'Trống',
    );
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('không có tin bài nào');
    expect((await cli('list', '--archive', t.dir, '--json')).stdout).toBe('[]');
  });

  it('names the field of a bad fields file and the flag of a bad date, writing nothing', async () => {
    const fields = path.join(t.dir, 'fields.json');
    await writeFile(fields, JSON.stringify({ number: -3 }));
    const badFields = await cli(
      'compile',
      '--archive',
      t.dir,
      ...range,
      '--title',
      'X',
      '--fields',
      fields,
    );
    expect(badFields.stderr).toContain('number');
    const badDate = await cli(
      'compile',
      '--archive',
      t.dir,
      '--from',
      '30/02/2026',
      '--to',
      '31/07/2026',
      '--title',
      'X',
    );
    expect(badDate.stderr).toContain('--from');
    expect((await cli('list', '--archive', t.dir, '--json')).stdout).toBe('[]');
  });
});
