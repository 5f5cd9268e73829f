import type { Adapter } from 'lowdb';
import type { FsLike } from '../fs/fs-like';
import { writeAtomicWith } from '../fs/atomic-write';
import { CatalogDataSchema, type CatalogData } from './catalog-schema';
import { describeIssue, readJson } from './json-file';
import { CatalogProblem } from './problems';

export const CATALOG_FILE = 'catalog.json';
/** Articles serialized per chunk before yielding, so a compaction never freezes the app. */
const WRITE_CHUNK = 2000;

/**
 * lowdb's adapter for catalog.json. It validates what it reads (throwing CatalogProblem rather
 * than handing lowdb something it would later overwrite), and it writes atomically in chunks:
 * JSON.stringify of 100,000 metas at once would block the main process for a long moment.
 */
export class CatalogFileAdapter implements Adapter<CatalogData> {
  constructor(
    private readonly file: string,
    private readonly fs: FsLike,
    /** Brings an older schemaVersion forward before validation (migrations.ts). */
    private readonly upgrade: (raw: unknown) => Promise<unknown> = async (raw) => raw,
  ) {}

  async read(): Promise<CatalogData | null> {
    const result = await readJson(this.fs, this.file);
    if (result.kind === 'missing') return null;
    if (result.kind === 'bad') throw new CatalogProblem(CATALOG_FILE, result.reason);
    const parsed = CatalogDataSchema.safeParse(await this.upgrade(result.value));
    if (!parsed.success) throw new CatalogProblem(CATALOG_FILE, describeIssue(parsed.error.issues));
    return parsed.data;
  }

  async write(data: CatalogData): Promise<void> {
    await writeAtomicWith(
      this.file,
      async (write) => {
        const head = { schemaVersion: data.schemaVersion, generation: data.generation, categories: data.categories, trash: data.trash };
        await write(`${JSON.stringify(head).slice(0, -1)},"articles":[`);
        for (let start = 0; start < data.articles.length; start += WRITE_CHUNK) {
          const chunk = data.articles.slice(start, start + WRITE_CHUNK).map((meta) => JSON.stringify(meta));
          await write((start > 0 ? ',' : '') + chunk.join(','));
          await new Promise((resolve) => setImmediate(resolve));
        }
        await write(']}\n');
      },
      this.fs,
    );
  }
}
