import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleDraft } from '../../../test-support/article-drafts';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { answerFromHead, HEAD_FILE, readCatalogHead } from './catalog-head';
import { ArticleQuery } from './list-query';

let t: TestArchive;
afterEach(async () => t?.cleanup());

const dates = ['2021-03-01', '2024-07-09', '2019-11-30', '2024-07-09', '2022-01-15'];
const drafts = () => [
  ...dates.map((day, i) => sampleDraft(i + 1, { publishedAt: `${day}T08:00:00+07:00` })),
  sampleDraft(9, { publishedAt: null }),
];

describe('the catalogue head', () => {
  it('left by a clean close, answers the first page exactly as the opened archive does', async () => {
    t = await createTestArchive({ articles: drafts() });
    await t.archive.updateMeta(t.seeded[2]!.id, { read: true });
    await t.archive.close();
    const head = await readCatalogHead(t.dir);
    expect(head).not.toBeNull();
    const archive = await t.reopen();
    const query = new ArticleQuery(() => archive);
    for (const input of [{}, { offset: 0, limit: 200 }, { sort: 'date-desc' as const, limit: 2 }])
      expect(answerFromHead(head!, input)).toEqual(query.run(input));
  });

  it('is not used for a filter, another order, or rows it does not hold', async () => {
    t = await createTestArchive({ articles: drafts() });
    await t.archive.close();
    const head = (await readCatalogHead(t.dir))!;
    expect(answerFromHead(head, { starred: true })).toBeNull();
    expect(answerFromHead(head, { categoryId: null })).toBeNull();
    expect(answerFromHead(head, { sort: 'title-asc' })).toBeNull();
    expect(answerFromHead({ ...head, items: head.items.slice(0, 3) }, { limit: 5 })).toBeNull();
  });

  it('goes stale with any change after it was written (a crash after a save)', async () => {
    t = await createTestArchive({ articles: drafts() });
    await t.archive.close();
    const archive = await t.reopen();
    // Saved, then no clean close: the journal grew after the head was written.
    await archive.updateMeta(t.seeded[0]!.id, { starred: true });
    expect(await readCatalogHead(t.dir)).toBeNull();
    await archive.close();
    expect(await readCatalogHead(t.dir)).not.toBeNull();
  });

  it('falls back to the full catalogue when damaged or missing (an archive an older version closed)', async () => {
    t = await createTestArchive({ articles: drafts() });
    await t.archive.close();
    const file = path.join(t.dir, HEAD_FILE);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.slice(0, text.length / 2));
    expect(await readCatalogHead(t.dir)).toBeNull();
    await writeFile(file, text.replace('"format":1', '"format":2'));
    expect(await readCatalogHead(t.dir)).toBeNull();
    await writeFile(file, '');
    expect(await readCatalogHead(t.dir)).toBeNull();
    const archive = await t.reopen();
    expect(new ArticleQuery(() => archive).run().total).toBe(dates.length + 1);
  });
});
