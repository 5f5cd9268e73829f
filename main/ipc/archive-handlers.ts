import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Archive } from '../services/archive';
import { selectionFileName } from '../services/archive/export-selection';
import {
  SelectionExportJobs,
  suggestedExportPath,
} from '../services/archive/selection-export-jobs';
import { ArticleQuery } from '../services/archive/list-query';
import type { HandlerDeps, HandlerTable } from './handler-table';

type ArchiveChannels =
  | 'articles.list'
  | 'articles.get'
  | 'articles.update'
  | 'articles.delete'
  | 'articles.undoDelete'
  | 'articles.exportTarget'
  | 'articles.export'
  | 'articles.exportResult'
  | 'categories.list'
  | 'categories.rename'
  | 'categories.merge'
  | 'archive.status'
  | 'archive.backups'
  | 'archive.restore'
  | 'archive.move'
  | 'archive.emptyTrash';

function statusOf(archive: Archive) {
  return {
    dir: archive.dir,
    articleCount: archive.listArticles().length,
    trashCount: archive.trashCount(),
    ...archive.status(),
  };
}

/** The library, reader and settings pages talk to the archive through these. */
export function createArchiveHandlers(deps: HandlerDeps): Pick<HandlerTable, ArchiveChannels> {
  const query = new ArticleQuery(() => deps.archive);
  const exports = new SelectionExportJobs(deps.jobs, () => deps.archive);
  return {
    'articles.list': (input) => {
      const page = query.run(input);
      deps.startup.open();
      return page;
    },
    'articles.get': async ({ id }) => {
      const article = await deps.archive.getArticle(id);
      return { ...article, bodyMissing: article.body === null };
    },
    'articles.update': ({ id, patch }) => deps.archive.updateMeta(id, patch),
    'articles.delete': async ({ ids }) => {
      const present = ids.filter((id) => deps.archive.getMeta(id));
      await deps.archive.deleteArticles(present);
      return { deleted: present.length };
    },
    'articles.undoDelete': async ({ ids }) => {
      const before = deps.archive.listArticles().length;
      await deps.archive.undoDelete(ids);
      return { restored: deps.archive.listArticles().length - before };
    },
    'articles.exportTarget': async ({ count }) => {
      const fileName = selectionFileName(count);
      const suggested = await suggestedExportPath(fileName);
      if (!deps.chooseSavePath) return { path: null, available: false, suggested };
      return { path: await deps.chooseSavePath(fileName), available: true, suggested };
    },
    'articles.export': ({ ids, path: destination, overwrite }) =>
      exports.start(ids, destination, overwrite ?? false),
    'articles.exportResult': ({ jobId }) => exports.outcome(jobId),
    'categories.list': () => deps.archive.listCategories(),
    'categories.rename': ({ id, name }) => deps.archive.renameCategory(id, name),
    'categories.merge': async ({ fromId, intoId }) => {
      await deps.archive.mergeCategories(fromId, intoId);
      return { merged: true };
    },
    'archive.status': () => statusOf(deps.archive),
    'archive.backups': () => deps.archive.listBackups(),
    'archive.restore': async ({ name }) => {
      await deps.archive.restore(name);
      return statusOf(deps.archive);
    },
    'archive.emptyTrash': async () => ({ removed: await deps.archive.emptyTrash() }),
    'archive.move': async ({ to }) => {
      if (!path.isAbsolute(to))
        throw new AppError('invalid-input', 'the new folder must be an absolute path');
      const { jobId, result } = deps.jobs.start('move-archive', async (ctx) => {
        ctx.progress(0, 1, to);
        // The index lives in the archive folder and moves with it; search follows at once.
        await deps.search.suspendForMove();
        try {
          await deps.archive.moveTo(to);
        } finally {
          await deps.search.relocate(path.join(deps.archive.dir, 'index'));
        }
        deps.paths.archiveDir = deps.archive.dir;
        await deps.settings.setArchivePath(deps.archive.dir);
        ctx.progress(1, 1, null);
      });
      await result;
      return { dir: deps.archive.dir, jobId };
    },
  };
}
