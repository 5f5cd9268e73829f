import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeNd30Docx, UBND_CONG_VAN } from '../../test-support/nd30-docx';
import { makeTempFolder } from '../../test-support/temp-folder';
import { registerReportCommands } from './report-commands';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

async function cli(...args: string[]): Promise<{ stdout: string; error: string | null }> {
  const program = new Command().exitOverride();
  registerReportCommands(program);
  const out: string[] = [];
  const log = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  try {
    await program.parseAsync(['report', ...args], { from: 'user' });
    return { stdout: out.join('\n'), error: null };
  } catch (error) {
    return { stdout: out.join('\n'), error: (error as Error).message };
  } finally {
    log.mockRestore();
  }
}

describe('report open <file.docx>', () => {
  it('creates the report and prints its id and the fields read from the Word file', async () => {
    folder = await makeTempFolder();
    const archive = path.join(folder.dir, 'archive');
    const file = path.join(folder.dir, 'cong-van.docx');
    await writeFile(file, await makeNd30Docx(UBND_CONG_VAN));
    const { stdout, error } = await cli('open', file, '--archive', archive, '--json');
    expect(error).toBeNull();
    const printed = JSON.parse(stdout) as {
      id: string;
      recognized: boolean;
      fields: Record<string, unknown>;
    };
    expect(printed.id).toMatch(/^r[0-9a-f]{12}$/);
    expect(printed.recognized).toBe(true);
    expect(printed.fields).toMatchObject({
      type: 'cong-van',
      agency: 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG',
      agencyCode: 'UBND-KT',
      number: 215,
      date: '2026-02-09',
      summary: 'V/v triển khai kế hoạch phát triển cụm công nghiệp năm 2026',
    });
    const shown = JSON.parse(
      (await cli('show', printed.id, '--archive', archive, '--json')).stdout,
    );
    expect(JSON.stringify(shown)).toContain('Giao Sở Công Thương chủ trì');
    const text = await cli('open', file, '--archive', archive);
    expect(text.stdout).toMatch(/^r[0-9a-f]{12}\n/);
    expect(text.stdout).toContain('agencyCode: UBND-KT');
  });

  it('names the problem for a missing file or one that is not Word, and creates nothing', async () => {
    folder = await makeTempFolder();
    const archive = path.join(folder.dir, 'archive');
    const fake = path.join(folder.dir, 'gia.docx');
    await writeFile(fake, 'không phải Word');
    expect(
      (await cli('open', path.join(folder.dir, 'khong-co.docx'), '--archive', archive)).error,
    ).toMatch(/unreadable-file: khong-co\.docx/);
    expect((await cli('open', fake, '--archive', archive)).error).toMatch(
      /unsupported-file: gia\.docx/,
    );
    expect(JSON.parse((await cli('list', '--archive', archive, '--json')).stdout)).toEqual([]);
  });
});
