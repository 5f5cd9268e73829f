import path from 'node:path';
import type { FsLike } from '../fs/fs-like';
import { isTempFile } from '../fs/atomic-write';
import { bodyRelativePath, type BodyStore } from './body-store';
import type { CatalogState } from './catalog-state';
import type { MediaStore } from './media-store';
import type { ArchiveProblem } from './problems';
import type { ReportService } from '../reports/report-service';

export type VerifyReport = {
  /** Damaged or missing files: `verify` exits non-zero when there is any. */
  problems: ArchiveProblem[];
  /** Harmless leftovers (a body written just before a crash, a stray temp file). */
  warnings: ArchiveProblem[];
  checked: { articles: number; reports: number; media: number };
};

type VerifyParts = {
  dir: string;
  fs: FsLike;
  state: CatalogState;
  bodies: BodyStore;
  media: MediaStore;
  reports: ReportService;
};

const PARALLEL_READS = 16;

/** Reads every body, report and referenced image; nothing is written. */
export async function verifyFiles(
  parts: VerifyParts,
  onProgress?: (done: number, total: number) => void,
): Promise<VerifyReport> {
  const report: VerifyReport = {
    problems: [],
    warnings: [],
    checked: { articles: 0, reports: 0, media: 0 },
  };
  const ids = [...parts.state.articles.keys(), ...parts.state.trash.keys()];
  const mediaRefs = new Set<string>();
  for (let start = 0; start < ids.length; start += PARALLEL_READS) {
    await Promise.all(
      ids.slice(start, start + PARALLEL_READS).map((id) => checkBody(parts, id, report, mediaRefs)),
    );
    onProgress?.(Math.min(start + PARALLEL_READS, ids.length), ids.length);
  }
  for (const ref of mediaRefs) {
    const exists = await parts.fs.stat(parts.media.pathOf(ref)).then(
      () => true,
      () => false,
    );
    if (!exists) report.problems.push({ file: ref, reason: 'image file missing' });
    report.checked.media++;
  }
  report.checked.reports =
    (await parts.reports.list()).length + (await parts.reports.list({ trash: true })).length;
  report.problems.push(...(await parts.reports.problems()));
  await findLeftovers(parts, new Set(ids), report);
  return report;
}

async function checkBody(
  parts: VerifyParts,
  id: string,
  report: VerifyReport,
  mediaRefs: Set<string>,
): Promise<void> {
  const result = await parts.bodies.read(id);
  report.checked.articles++;
  if (result.kind === 'missing')
    report.problems.push({ file: bodyRelativePath(id), reason: 'body file missing' });
  else if (result.kind === 'bad')
    report.problems.push({ file: bodyRelativePath(id), reason: result.reason });
  else for (const image of result.body.images) if (image.media) mediaRefs.add(image.media);
}

async function findLeftovers(
  parts: VerifyParts,
  known: Set<string>,
  report: VerifyReport,
): Promise<void> {
  for (const id of await parts.bodies.listIds()) {
    if (!known.has(id))
      report.warnings.push({
        file: bodyRelativePath(id),
        reason: 'body file not in the catalogue (left by an interrupted save)',
      });
  }
  const names = await parts.fs.readdir(parts.dir).catch(() => [] as string[]);
  for (const name of names.filter(isTempFile))
    report.warnings.push({
      file: path.join(name),
      reason: 'temporary file left by an interrupted save',
    });
}
