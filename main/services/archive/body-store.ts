import path from 'node:path';
import { ArticleBodySchema, type ArticleBody } from '../../../shared/model';
import type { FsLike } from '../fs/fs-like';
import { writeFileAtomic } from '../fs/atomic-write';
import { KeyedQueue } from '../fs/keyed-queue';
import { describeIssue, readJson } from './json-file';

/** items/<first two characters of the id>/<id>.json: 256 folders keep each one small at 100,000 articles. */
export function bodyRelativePath(id: string): string {
  return path.join('items', id.slice(0, 2).padEnd(2, '_'), `${id}.json`);
}

export type BodyRead =
  { kind: 'ok'; body: ArticleBody } | { kind: 'missing' } | { kind: 'bad'; reason: string };

/** One JSON file per article body, written atomically, one writer per file at a time. */
export class BodyStore {
  private readonly queue = new KeyedQueue();
  private readonly knownDirs = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike,
  ) {}

  pathOf(id: string): string {
    return path.join(this.dir, bodyRelativePath(id));
  }

  async read(id: string): Promise<BodyRead> {
    const result = await readJson(this.fs, this.pathOf(id));
    if (result.kind !== 'ok') return result;
    const parsed = ArticleBodySchema.safeParse(result.value);
    if (!parsed.success) return { kind: 'bad', reason: describeIssue(parsed.error.issues) };
    if (parsed.data.id !== id)
      return { kind: 'bad', reason: `belongs to article ${parsed.data.id}, not ${id}` };
    return { kind: 'ok', body: parsed.data };
  }

  async write(body: ArticleBody, durable = true): Promise<void> {
    const file = this.pathOf(body.id);
    const folder = path.dirname(file);
    if (!this.knownDirs.has(folder)) {
      await this.fs.mkdir(folder, { recursive: true });
      this.knownDirs.add(folder);
    }
    const text = JSON.stringify(body);
    await this.queue.run(file, () =>
      durable ? writeFileAtomic(file, text, this.fs) : this.fs.writeFile(file, text),
    );
  }

  async remove(id: string): Promise<void> {
    await this.queue.run(this.pathOf(id), () => this.fs.rm(this.pathOf(id), { force: true }));
  }

  /** The ids that have a body file, from one listing per folder (no file is opened). */
  async listIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    const items = path.join(this.dir, 'items');
    const shards = await this.fs.readdir(items).catch(() => [] as string[]);
    for (const shard of shards) {
      const names = await this.fs.readdir(path.join(items, shard)).catch(() => [] as string[]);
      for (const name of names)
        if (name.endsWith('.json') && !name.startsWith('.')) ids.add(name.slice(0, -5));
    }
    return ids;
  }
}
