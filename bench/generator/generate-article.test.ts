import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../../main/services/archive';
import { ArticleDraftSchema } from '../../shared/model';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { makeTempFolder } from '../../test-support/temp-folder';
import { generateArchive } from './generate-archive';
import { generateArticleDraft, MAX_BODY, MIN_BODY } from './generate-article';
import { createRng } from './prng';
import { buildSyllables } from './syllables';

const folders: Awaited<ReturnType<typeof makeTempFolder>>[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await folder.remove();
});

describe('synthetic articles', () => {
  it('are valid drafts of 300–10,000 characters dated 2011–2025 in +07:00, with a caption and an author', () => {
    const rng = createRng(1);
    for (let i = 0; i < 200; i++) {
      const draft = ArticleDraftSchema.parse(generateArticleDraft(rng));
      const body = draft.text.length - draft.lead.length - 2;
      expect(body).toBeGreaterThanOrEqual(MIN_BODY);
      expect(body).toBeLessThanOrEqual(MAX_BODY);
      expect(draft.publishedAt).toMatch(/^20(1[1-9]|2[0-5])-\d\d-\d\dT\d\d:\d\d:00\+07:00$/);
      expect(draft.captions).toHaveLength(1);
      expect(draft.author).toMatch(/^\S+ \S+ \S+$/);
      expect(draft.text).toBe(draft.text.normalize('NFC'));
    }
  });

  it('read like portal news: thousands of syllables, numbers, dates, codes, log-normal lengths', () => {
    const rng = createRng(2);
    const syllables = new Set<string>();
    const lengths: number[] = [];
    let all = '';
    for (let i = 0; i < 500; i++) {
      const { text, title } = generateArticleDraft(rng);
      lengths.push(text.length);
      all += `${title}\n${text}\n`;
      for (const word of text.match(/\p{L}+/gu) ?? []) syllables.add(word.toLowerCase());
    }
    expect(syllables.size).toBeGreaterThan(3000);
    expect(all).toMatch(/\b\d{1,3}(\.\d{3})*,\d%?/); // 1.245,5 and 12,5%
    expect(all).toMatch(/\d+-(CT|NQ)\/TW/);
    expect(all).toMatch(
      /(Quyết định|Kế hoạch|Công văn|Chỉ thị|Nghị quyết|Thông báo|Báo cáo|Tờ trình) số \d+\/[A-Za-zĐ]+-[A-ZĐ]+/u,
    );
    expect(all).toMatch(/ngày \d{1,2}\/\d{1,2}\/20\d\d/);
    expect(all).toMatch(/quý (I|II|III|IV)\/20\d\d/);
    lengths.sort((a, b) => a - b);
    const median = lengths[250]!;
    expect(median).toBeGreaterThan(2000);
    expect(median).toBeLessThan(4500);
    expect(lengths.at(-1)!).toBeGreaterThan(7000);
    expect(lengths[10]!).toBeLessThan(1500);
  });

  it('spell syllables the Vietnamese way: tone on the right vowel, k/gh/ngh before i e ê', () => {
    const syllables = new Set(buildSyllables(100_000));
    for (const word of [
      'hóa',
      'thủy',
      'người',
      'nghiệp',
      'quyết',
      'quốc',
      'giữa',
      'ngoài',
      'kiến',
      'khuyến',
      'trường',
      'yên',
    ])
      expect(syllables, word).toContain(word);
    for (const word of ['ci', 'ge', 'ngê', 'hoá', 'ngươì', 'quu', 'tà\u0301t'])
      expect(syllables, word).not.toContain(word.normalize('NFC'));
    for (const word of syllables) {
      expect(word).toBe(word.normalize('NFC'));
      // Stop finals take only sắc or nặng.
      if (/(p|t|c|ch)$/.test(foldVietnamese(word)))
        expect(word.normalize('NFD')).toMatch(/[\u0301\u0323]/);
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
