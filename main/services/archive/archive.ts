import { AppError } from '../../../shared/errors';
import {
  ArticleDraftSchema,
  type Article,
  type ArticleBody,
  type ArticleDraft,
  type ArticleMeta,
  type Category,
} from '../../../shared/model';
import { bodyFromDraft, metaFromDraft } from './article-factory';
import { ArchiveCore } from './archive-core';
import type { ArchiveContext, ArchiveOptions } from './archive-open';
import { bodyRelativePath } from './body-store';
import { CategoryBook } from './category-book';
import { MetaPatchSchema, type MetaPatch } from './catalog-schema';
import { contentHash } from './content-hash';
import { toVietnamIso } from './time';

export type { ArchiveChange, ArchiveStatus } from './archive-core';
/** Deleting at least this many articles at once counts as a bulk operation and is backed up first. */
const BULK_DELETE = 50;
const BULK_PARALLEL_WRITES = 16;

/**
 * The article archive in one folder (DESIGN.md "The archive"): articles, categories, media and
 * reports. Opening, backups, restore and moving are in archive-core.ts; the write path and why
 * a save stays cheap at 100,000 articles are in catalog-store.ts and journal.ts.
 */
export class Archive extends ArchiveCore {
  private readonly categories: CategoryBook;

  private constructor(
    ctx: ArchiveContext,
    readOnly: boolean,
    release: (() => Promise<void>) | null,
  ) {
    super(ctx, readOnly, release);
    this.categories = new CategoryBook(
      () => this.catalog.state,
      (ops) => this.commit(ops),
      ctx.newId,
    );
  }

  /** Throws AppError('archive-in-use') when another process holds the folder. */
  static open(dir: string, options: ArchiveOptions = {}): Promise<Archive> {
    return ArchiveCore.openWith(
      dir,
      options,
      (ctx, release) => new Archive(ctx, options.readOnly ?? false, release),
    );
  }

  listArticles(): readonly ArticleMeta[] {
    return this.catalog.state.list();
  }

  getMeta(id: string): ArticleMeta | undefined {
    return this.catalog.state.articles.get(id);
  }

  /** Changes when the set of articles or any title or date changes (list views re-sort on it). */
  orderVersion(): number {
    return this.catalog.state.orderVersion;
  }

  trashCount(): number {
    return this.catalog.state.trash.size;
  }

  /** True when the article's body file is gone; the list shows such articles as missing. */
  isBodyMissing(id: string): boolean {
    return this.missingBodies.has(id);
  }

  async readBody(id: string): Promise<ArticleBody | null> {
    const result = await this.bodies.read(id);
    if (result.kind === 'ok') return result.body;
    if (result.kind === 'missing') {
      this.missingBodies.add(id);
      return null;
    }
    this.addProblem({ file: bodyRelativePath(id), reason: result.reason });
    throw new AppError('archive-corrupt', `${bodyRelativePath(id)}: ${result.reason}`);
  }

  async getArticle(id: string): Promise<Article> {
    const meta = this.getMeta(id);
    if (!meta) throw new AppError('not-found', id);
    return { ...meta, body: await this.readBody(id) };
  }

  async addArticle(draft: ArticleDraft): Promise<ArticleMeta> {
    const valid = this.validDraft(draft);
    const categoryId = valid.category ? (await this.ensureCategory(valid.category)).id : null;
    let id = this.ctx.newId();
    while (this.getMeta(id) || this.catalog.state.trash.has(id)) id = this.ctx.newId();
    // Body first: a crash between the two leaves an unlisted file, never a listed article without a body.
    await this.bodies.write(bodyFromDraft(id, valid));
    const meta = metaFromDraft(valid, { id, categoryId, importedAt: toVietnamIso(this.ctx.now()) });
    await this.commit([{ op: 'put', meta }]);
    this.missingBodies.delete(id);
    this.emit({ type: 'added', ids: [id] });
    return meta;
  }

  /**
   * Adds many articles in one go (imports, the benchmark's generator): bodies are written in
   * parallel and the catalogue gets one snapshot instead of one journal line each. `durable:
   * false` skips the per-file fsync, for generated archives that can be made again.
   */
  async addArticlesBulk(
    drafts: Iterable<ArticleDraft> | AsyncIterable<ArticleDraft>,
    options: { durable?: boolean; signal?: AbortSignal } = {},
  ): Promise<ArticleMeta[]> {
    this.assertWritable();
    if (this.catalog.state.articles.size > 0) await this.backup('pre-bulk');
    const importedAt = toVietnamIso(this.ctx.now());
    const metas: ArticleMeta[] = [];
    const pending = new Set<Promise<void>>();
    for await (const draft of drafts) {
      if (options.signal?.aborted) break;
      const valid = this.validDraft(draft);
      const categoryId = valid.category
        ? (
            this.categories.findByName(valid.category) ??
            (await this.ensureCategory(valid.category))
          ).id
        : null;
      let id = this.ctx.newId();
      while (this.getMeta(id) || this.catalog.state.trash.has(id)) id = this.ctx.newId();
      metas.push(metaFromDraft(valid, { id, categoryId, importedAt }));
      const write = this.bodies
        .write(bodyFromDraft(id, valid), options.durable ?? true)
        .finally(() => pending.delete(write));
      pending.add(write);
      if (pending.size >= BULK_PARALLEL_WRITES) await Promise.race(pending);
    }
    await Promise.all(pending);
    await this.requireStore().commitBulk(metas.map((meta) => ({ op: 'put' as const, meta })));
    if (metas.length > 0) this.emit({ type: 'added', ids: metas.map((meta) => meta.id) });
    return metas;
  }

  async replaceArticle(id: string, draft: ArticleDraft): Promise<ArticleMeta> {
    const current = this.requireMeta(id);
    const valid = this.validDraft(draft);
    const categoryId = valid.category
      ? (await this.ensureCategory(valid.category)).id
      : current.categoryId;
    await this.bodies.write(bodyFromDraft(id, valid));
    const meta = metaFromDraft(valid, { id, categoryId, importedAt: current.importedAt }, current);
    await this.commit([{ op: 'put', meta }]);
    this.missingBodies.delete(id);
    this.emit({ type: 'updated', ids: [id] });
    return meta;
  }

  async updateMeta(id: string, patch: MetaPatch): Promise<ArticleMeta> {
    this.requireMeta(id);
    const parsed = MetaPatchSchema.strict().safeParse(patch);
    if (!parsed.success) throw new AppError('invalid-input', parsed.error.issues[0]?.message);
    const categoryId = parsed.data.categoryId;
    if (categoryId && !this.catalog.state.categories.has(categoryId))
      throw new AppError('not-found', categoryId);
    await this.commit([{ op: 'patch', id, patch: parsed.data }]);
    this.emit({ type: 'updated', ids: [id] });
    return this.requireMeta(id);
  }

  async deleteArticles(ids: string[]): Promise<void> {
    const present = [...new Set(ids)].filter((id) => this.getMeta(id));
    if (present.length === 0) return;
    if (present.length >= BULK_DELETE) await this.backup('pre-bulk');
    await this.commit([{ op: 'trash', ids: present, at: toVietnamIso(this.ctx.now()) }]);
    this.emit({ type: 'deleted', ids: present });
  }

  async undoDelete(ids: string[]): Promise<void> {
    const present = [...new Set(ids)].filter((id) => this.catalog.state.trash.has(id));
    if (present.length === 0) return;
    await this.commit([{ op: 'untrash', ids: present }]);
    this.emit({ type: 'added', ids: present });
  }

  /**
   * Removes trashed articles for good, bodies included: all of them, or those deleted more
   * than `olderThanDays` days ago (the trash empties itself after 30 days).
   */
  async emptyTrash(options: { olderThanDays?: number } = {}): Promise<number> {
    const cutoff =
      options.olderThanDays === undefined
        ? Infinity
        : this.ctx.now().getTime() - options.olderThanDays * 86_400_000;
    const ids = [...this.catalog.state.trash.values()]
      .filter((entry) => Date.parse(entry.deletedAt) <= cutoff)
      .map((entry) => entry.meta.id);
    if (ids.length === 0) return 0;
    await this.commit([{ op: 'purge', ids }]);
    for (const id of ids) await this.bodies.remove(id);
    return ids.length;
  }

  findDuplicate(draft: ArticleDraft): ArticleMeta | undefined {
    const bySource = draft.sourceUrl ? this.catalog.state.findBySource(draft.sourceUrl) : undefined;
    return bySource ?? this.catalog.state.findByHash(contentHash(draft.text));
  }

  storeMedia(bytes: Uint8Array, ext: string): Promise<string> {
    this.assertWritable();
    return this.media.store(bytes, ext);
  }

  mediaPath(ref: string): string {
    return this.media.pathOf(ref);
  }

  listCategories(): (Category & { count: number })[] {
    return this.categories.list();
  }

  ensureCategory(name: string): Promise<Category> {
    this.assertWritable();
    return this.categories.ensure(name);
  }

  async renameCategory(id: string, name: string): Promise<Category> {
    this.assertWritable();
    const category = await this.categories.rename(id, name);
    // Search indexes the category name with each article: tell listeners these articles changed.
    const ids = this.categories.articleIdsIn(id);
    if (ids.length > 0) this.emit({ type: 'updated', ids });
    return category;
  }

  async mergeCategories(fromId: string, intoId: string): Promise<void> {
    this.assertWritable();
    const moved = this.categories.articleIdsIn(fromId);
    await this.categories.checkMerge(fromId, intoId);
    await this.backup('pre-bulk');
    await this.commit([{ op: 'merge', from: fromId, into: intoId }]);
    if (moved.length > 0) this.emit({ type: 'updated', ids: moved });
  }

  private requireMeta(id: string): ArticleMeta {
    const meta = this.getMeta(id);
    if (!meta) throw new AppError('not-found', id);
    return meta;
  }

  private validDraft(draft: ArticleDraft): ArticleDraft {
    this.assertWritable();
    const parsed = ArticleDraftSchema.safeParse(draft);
    if (!parsed.success) throw new AppError('invalid-input', parsed.error.issues[0]?.message);
    return parsed.data;
  }
}
