import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestArchive, type TestArchive } from '../../test-support/create-test-archive';
import { SEARCH_ARTICLES } from '../../test-support/fixtures/search/articles';

const ROOT = path.resolve(import.meta.dirname, '../..');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'main/cli.ts', ...args],
      { cwd: ROOT },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

type Json = { total: number; hits: { title: string; publishedAt: string | null }[] };

// Each case starts the real CLI in a child process; on a loaded machine that takes seconds.
describe('search CLI', () => {
  let t: TestArchive;
  beforeAll(async () => {
    t = await createTestArchive({ articles: Object.values(SEARCH_ARTICLES) });
  });
  afterAll(() => t.cleanup());

  it('builds the index on first use and ranks the exact-mark match first, while the app holds the archive', async () => {
    const run = await cli('search', 'đường', '--archive', t.dir, '--json');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Json;
    expect(result.total).toBe(3);
    expect(result.hits[0]).toMatchObject({
      title: 'Khởi công Đường tỉnh 963',
      publishedAt: '2020-08-02T08:00:00+07:00',
    });
  }, 120_000);

  it('filters by dd/mm/yyyy dates and by category name typed without marks', async () => {
    const dated = JSON.parse(
      (await cli('search', 'hoi nghi', '--archive', t.dir, '--from', '01/01/2021', '--json'))
        .stdout,
    ) as Json;
    expect(dated.hits.map((h) => h.title)).toEqual(['Ban tổ chức giao nhiệm vụ']);
    const inCategory = JSON.parse(
      (
        await cli(
          'search',
          'uy ban',
          '--archive',
          t.dir,
          '--category',
          'van hoa - xa hoi',
          '--json',
        )
      ).stdout,
    ) as Json;
    expect(inCategory.total).toBe(2);
  }, 120_000);

  it('refuses an impossible date with a message in both languages and exit code 2', async () => {
    const run = await cli('search', 'x', '--archive', t.dir, '--to', '31/02/2021');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ngày không hợp lệ "31/02/2021"');
    expect(run.stderr).toContain('invalid date');
  }, 120_000);
});
