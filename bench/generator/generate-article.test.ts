import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../../main/services/archive';
import { ArticleDraftSchema } from '../../shared/model';
import { makeTempFolder } from '../../test-support/temp-folder';
import { generateArchive } from './generate-archive';
import { generateArticleDraft } from './generate-article';
import { createRng } from './prng';

const folders: Awaited<ReturnType<typeof makeTempFolder>>[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await folder.remove();
});

describe('synthetic articles', () => {
  it('are valid drafts of 2,000–6,000 characters dated 2011–2025 in +07:00, with a caption and an author', () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) {
      const draft = ArticleDraftSchema.parse(generateArticleDraft(rng));
      const body = draft.text.length - draft.lead.length - 2;
      expect(body).toBeGreaterThanOrEqual(2000);
      expect(body).toBeLessThanOrEqual(6000);
      expect(draft.publishedAt).toMatch(/^20(1[1-9]|2[0-5])-\d\d-\d\dT\d\d:\d\d:00\+07:00$/);
      expect(draft.captions).toHaveLength(1);
      expect(draft.author).toMatch(/^\S+ \S+ \S+$/);
      expect(draft.text).toBe(draft.text.normalize('NFC'));
    }
  });

  it('make the same archive, byte for byte, from the same seed', async () => {
    const dirs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const folder = await makeTempFolder();
      folders.push(folder);
      await generateArchive(folder.dir, { count: 30, seed: 7 });
      dirs.push(folder.dir);
    }
    const [a, b] = await Promise.all(
      dirs.map((dir) => readFile(path.join(dir, 'catalog.jsonl'), 'utf8')),
    );
    expect(a).toBe(b);
    const archive = await Archive.open(dirs[0]!, { readOnly: true });
    try {
      expect(archive.listArticles()).toHaveLength(30);
    } finally {
      await archive.close();
    }
  });
});
