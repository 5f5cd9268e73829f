import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

function onPath(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

export const sofficePath = onPath('soffice');
export const pdfinfoPath = onPath('pdfinfo');

/**
 * LibreOffice headless converts a .docx to PDF. Each call gets its own profile folder under
 * `workDir`, so tests running side by side do not clash on LibreOffice's profile lock.
 */
export async function libreOfficePdf(docxPath: string, workDir: string): Promise<Buffer> {
  if (!sofficePath) throw new Error('soffice is not installed');
  const outDir = path.join(workDir, 'lo-out');
  const profile = path.join(workDir, 'lo-profile');
  await run(
    sofficePath,
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      docxPath,
    ],
    { timeout: 120_000 },
  );
  return readFile(path.join(outDir, `${path.basename(docxPath, '.docx')}.pdf`));
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  if (!pdfinfoPath) throw new Error('pdfinfo is not installed');
  const { stdout } = await run(pdfinfoPath, [pdfPath]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo: no page count for ${pdfPath}`);
  return Number(match[1]);
}
