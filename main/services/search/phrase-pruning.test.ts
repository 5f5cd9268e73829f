import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateArticleDraft } from '../../../bench/generator/generate-article';
import { createRng } from '../../../bench/generator/prng';
import type { ArticleBody, ArticleDraft, ArticleMeta } from '../../../shared/model';
import { parseQuery } from '../../../shared/text/search-query';
import { foldVietnamese, foldedWords, splitWords } from '../../../shared/text/vietnamese';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { sampleDraft } from '../../../test-support/article-drafts';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { CHECK_ALL } from './phrase-page';
import { SearchService } from './search-service';

/**
 * Phrase candidates are pruned before any text is read (follower bits, shared fields) and
 * bodies are read only where a phrase may stand. Every answer here is held against a reference
 * that uses no index at all: each article's fields, folded and split into words, searched for
 * the phrase word by word. A pruning step that drops a true match makes these go red.
 */

const crafted = (title: string, fields: Partial<ArticleDraft> = {}) =>
  sampleDraft(900, { title, lead: '', text: 'Nội dung khác.', captions: [], ...fields });

const CRAFTED: ArticleDraft[] = [
  crafted('Tổng kết công tác cải cách hành chính năm 2024'),
  crafted('Tin trong tỉnh', { lead: 'Đẩy mạnh cải cách hành chính ở cấp xã.' }),
  crafted('Tin trong tỉnh', { text: 'Năm nay tỉnh cải cách thủ tục hành chính ở cấp xã.' }),
  crafted('Tin trong tỉnh', { captions: ['Quang cảnh hội nghị cải cách hành chính.'] }),
  // The phrase runs across two fields: never a match.
  crafted('Bàn về cải cách', { lead: 'Hành chính công được bàn tiếp.' }),
  crafted('Tin trong tỉnh', { text: 'Kết thúc đợt cải cách', captions: ['hành chính xã'] }),
  // NFD text: the text store keeps its folded copy rather than deriving it.
  crafted('Tin NFD', { text: 'Đẩy mạnh cải cách hành chính năm nay.'.normalize('NFD') }),
  crafted('Triển khai Chỉ thị số 35-CT/TW', { text: 'Thực hiện Quyết định số 123/QĐ-UBND.' }),
  crafted('Tin trong tỉnh', { text: 'Tổ hoà giải ở cơ sở; hòa giải viên giỏi.' }),
  crafted('Tin trong tỉnh', { author: 'Cải Cách Hành', text: 'chính sách mới.' }),
  // Punctuation beyond Latin-1 between the words; a word beyond Latin-1 (read the usual way).
  crafted('Tin trong tỉnh', { text: 'Sơ kết “cải cách” – hành chính… xong.' }),
  crafted('Tin trong tỉnh', { text: 'Đoàn Москва học cải cách hành chính.' }),
  // Two phrases, each in a field of its own: the body must still be read for the first.
  crafted('Hội nghị chuyển đổi số', { text: 'Bàn về cải cách hành chính.' }),
];

/**
 * More candidates for "ủy ban nhân dân" than CHECK_ALL, so a first page is filled by checking
 * only the best-ranked. Half hold every pair of its words ("ủy ban", "ban nhân", "nhân dân"),
 * which passes the follower bits, but never the whole phrase.
 */
const MANY: ArticleDraft[] = Array.from({ length: 2 * CHECK_ALL }, (_, i) =>
  i % 2 === 0
    ? sampleDraft(i + 1)
    : sampleDraft(i + 1, { text: `Ủy ban họp bàn; ban nhân sự và nhân dân xã cùng dự, lần ${i}.` }),
);

const FIXED_QUERIES = [
  '"ủy ban nhân dân"',
  '"uy ban nhan dan tinh"',
  '"cải cách hành chính"',
  '"cai cach hanh chinh"',
  '"CẢI CÁCH HÀNH CHÍNH"',
  '"cải cách" "hành chính"',
  '"hành chính" "cấp xã"',
  '"35-CT/TW"',
  '"35 ct tw"',
  '"123/QĐ-UBND"',
  '"hoà giải"',
  '"hoa giai vien"',
  '"chính cải cách"',
  '"cải cách hành chính" "chuyển đổi số"',
  '"chuyển đổi số" "cải cách hành chính"',
];

/** The reference: does every phrase stand, word after word, inside one field? No index involved. */
function holdsAll(query: string, meta: ArticleMeta, body: ArticleBody | null, category: string) {
  const fields = [
    meta.title,
    meta.lead,
    body?.text ?? '',
    ...(body?.captions ?? []),
    meta.author ?? '',
    category,
  ].map(foldedWords);
  return parseQuery(query).phrases.every((phrase) => {
    const words = phrase.map((term) => term.folded);
    return fields.some((field) =>
      field.some((_, i) => words.every((word, k) => field[i + k] === word)),
    );
  });
}

/** Quoted runs of 2–4 words from the generated articles' fields, half typed without marks. */
function sampledQueries(drafts: ArticleDraft[], count: number): string[] {
  const rng = createRng(17);
  const queries: string[] = [];
  while (queries.length < count) {
    const draft = drafts[rng.int(0, drafts.length - 1)]!;
    const field = rng.pick([draft.title, draft.lead, draft.text, draft.text, draft.captions[0]!]);
    const words = splitWords(field).map((w) => w.text);
    const length = rng.int(2, Math.min(4, words.length));
    const start = rng.int(0, words.length - length);
    const phrase = words.slice(start, start + length).join(' ');
    queries.push(`"${queries.length % 2 === 0 ? foldVietnamese(phrase) : phrase}"`);
  }
  return queries;
}

describe('phrase pruning keeps every true match', () => {
  let bed: TestArchive;
  let search: SearchService;
  let queries: string[];
  const jobs = new JobRunner(new EventBus());

  const open = async () => {
    search = SearchService.open({
      source: bed.archive,
      indexDir: path.join(bed.dir, 'index'),
      jobs,
    });
    await search.whenIdle();
  };

  async function expected(query: string): Promise<string[]> {
    const names = new Map(bed.archive.listCategories().map((c) => [c.id, c.name]));
    const ids: string[] = [];
    for (const meta of bed.archive.listArticles()) {
      const body = await bed.archive.readBody(meta.id);
      if (holdsAll(query, meta, body, names.get(meta.categoryId ?? '') ?? '')) ids.push(meta.id);
    }
    return ids.sort();
  }

  async function expectSameAnswers(): Promise<void> {
    for (const query of queries) {
      const want = await expected(query);
      expect((await search.matchingIds(query)).sort(), query).toEqual(want);
      const page = await search.query({ query, limit: 1000 });
      expect(page.total, query).toBe(want.length);
      expect(page.hits.map((hit) => hit.id).sort(), query).toEqual(want);
    }
  }

  beforeAll(async () => {
    const rng = createRng(5);
    const generated = Array.from({ length: 120 }, () => generateArticleDraft(rng));
    bed = await createTestArchive({ articles: [...generated, ...CRAFTED, ...MANY] });
    queries = [...FIXED_QUERIES, ...sampledQueries(generated, 60)];
    await open();
  }, 120_000);

  afterAll(async () => {
    await search.close();
    await bed.cleanup();
  });

  it('finds a phrase in title, lead, body, captions and author, with marks or without, never across fields', async () => {
    // Which of the hand-made articles (by their place in CRAFTED) a query finds.
    const craftedIds = bed.seeded.slice(120, 120 + CRAFTED.length).map((meta) => meta.id);
    const found = async (query: string) => {
      const ids = new Set(await search.matchingIds(query));
      return craftedIds.flatMap((id, i) => (ids.has(id) ? [i] : []));
    };
    expect(await found('"cải cách hành chính"')).toEqual([0, 1, 3, 6, 10, 11, 12]);
    expect(await found('"cai cach hanh chinh"')).toEqual([0, 1, 3, 6, 10, 11, 12]);
    expect(await found('"CẢI CÁCH HÀNH CHÍNH"')).toEqual([0, 1, 3, 6, 10, 11, 12]);
    expect(await found('"chuyển đổi số" "cải cách hành chính"')).toEqual([12]);
    expect(await found('"35-CT/TW"')).toEqual([7]);
    expect(await found('"123/qd-ubnd"')).toEqual([7]);
    expect(await found('"hoa giai"')).toEqual([8]);
    expect(await found('"hòa giải viên"')).toEqual([8]);
    expect(await found('"chính cải cách"')).toEqual([]);
  });

  it('answers exactly as the word-by-word reference, on a freshly built index', async () => {
    await expectSameAnswers();
  }, 120_000);

  it('with more candidates than it checks at once, fills a page with the best-ranked true matches', async () => {
    for (const query of ['"ủy ban nhân dân"', '"uy ban nhan dan"', '"Ủy ban nhân dân tỉnh"']) {
      // The reference: the same words unquoted, ranked the same way, keeping the true matches.
      const holding = new Set(await search.matchingIds(query));
      expect(holding.size, query).toBeGreaterThan(CHECK_ALL / 2);
      const words = await search.query({ query: `${query.replaceAll('"', '')} `, limit: 1000 });
      const ranked = words.hits.map((hit) => hit.id).filter((id) => holding.has(id));
      for (const limit of [5, 20]) {
        const page = await search.query({ query, limit });
        expect(
          page.hits.map((hit) => hit.id),
          query,
        ).toEqual(ranked.slice(0, limit));
      }
    }
  }, 120_000);

  it('answers the same after a restart (follower bits loaded from disk) and with a delta', async () => {
    await search.close();
    await open();
    await bed.archive.addArticle(
      crafted('Bài mới về cải cách hành chính', { text: 'Cải cách hành chính đi trước.' }),
    );
    await search.whenIdle();
    await expectSameAnswers();
  }, 120_000);

  // Last: it takes the text store away. Without it (a folder where its file should be, a disk
  // error), every phrase is checked on the article's own text read from the archive.
  it('answers the same when the text store cannot be opened', async () => {
    await search.close();
    const data = path.join(bed.dir, 'index', 'texts.bin');
    await rm(data);
    await mkdir(data);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await open();
      expect(warn).toHaveBeenCalledWith(
        '[search] text store unavailable, bodies read from the archive',
        expect.anything(),
      );
      await expectSameAnswers();
      // Changes are still indexed (nothing is kept beside the index meanwhile).
      const added = await bed.archive.addArticle(
        crafted('Bài thêm khi thiếu kho văn bản', { text: 'Số hóa hồ sơ đất đai ở cấp xã.' }),
      );
      await search.whenIdle();
      const query = '"hồ sơ đất đai"';
      const found = (await search.matchingIds(query)).sort();
      expect(found).toContain(added.id);
      expect(found).toEqual(await expected(query));
    } finally {
      warn.mockRestore();
    }
  }, 120_000);
});
