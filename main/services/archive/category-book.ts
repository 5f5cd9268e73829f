import { AppError } from '../../../shared/errors';
import type { Category } from '../../../shared/model';
import { KeyedQueue } from '../fs/keyed-queue';
import type { CatalogOp } from './catalog-schema';
import type { CatalogState } from './catalog-state';

/** "Kinh tế" and "kinh  tế" typed by two importers are one category. */
function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLocaleLowerCase('vi');
}

function cleanName(name: string): string {
  const clean = name.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (clean.length === 0 || clean.length > 200)
    throw new AppError('invalid-input', 'category name must be 1–200 characters');
  return clean;
}

/** Categories: a list of their own, found by name, renamed, merged, counted. */
export class CategoryBook {
  /** Two imports creating the same new category at once must create it once. */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly state: () => CatalogState,
    private readonly commit: (ops: CatalogOp[]) => Promise<void>,
    private readonly newId: () => string,
  ) {}

  list(): (Category & { count: number })[] {
    const counts = new Map<string, number>();
    for (const meta of this.state().articles.values()) {
      if (meta.categoryId) counts.set(meta.categoryId, (counts.get(meta.categoryId) ?? 0) + 1);
    }
    return [...this.state().categories.values()]
      .map((category) => ({ ...category, count: counts.get(category.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  findByName(name: string): Category | undefined {
    const key = nameKey(name);
    for (const category of this.state().categories.values())
      if (nameKey(category.name) === key) return category;
    return undefined;
  }

  ensure(name: string): Promise<Category> {
    const clean = cleanName(name);
    return this.queue.run('ensure', async () => {
      const existing = this.findByName(clean);
      if (existing) return existing;
      let id = `c${this.newId()}`;
      while (this.state().categories.has(id)) id = `c${this.newId()}`;
      const category = { id, name: clean };
      await this.commit([{ op: 'category', category }]);
      return category;
    });
  }

  async rename(id: string, name: string): Promise<Category> {
    if (!this.state().categories.has(id)) throw new AppError('not-found', id);
    const clean = cleanName(name);
    const clash = this.findByName(clean);
    if (clash && clash.id !== id)
      throw new AppError(
        'invalid-input',
        `a category named "${clash.name}" already exists; merge instead`,
      );
    const category = { id, name: clean };
    await this.commit([{ op: 'category', category }]);
    return category;
  }

  articleIdsIn(id: string): string[] {
    const ids: string[] = [];
    for (const meta of this.state().articles.values())
      if (meta.categoryId === id) ids.push(meta.id);
    return ids;
  }

  async checkMerge(fromId: string, intoId: string): Promise<void> {
    const categories = this.state().categories;
    if (!categories.has(fromId)) throw new AppError('not-found', fromId);
    if (!categories.has(intoId)) throw new AppError('not-found', intoId);
    if (fromId === intoId)
      throw new AppError('invalid-input', 'cannot merge a category into itself');
  }
}
