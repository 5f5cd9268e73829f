import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchFilters, SearchSort } from '../../../shared/ipc/search';
import type { SearchArticleKey } from '../../../test-support/fixtures/search/articles';
import {
  createSearchTestBed,
  type SearchTestBed,
} from '../../../test-support/fixtures/search/search-archive';

const nfd = (text: string) => text.normalize('NFD');

type Row = {
  query: string;
  expected: SearchArticleKey[];
  /** The articles that must come first, in this order. */
  first?: SearchArticleKey[];
  filters?: SearchFilters | ((bed: SearchTestBed) => SearchFilters);
  sort?: SearchSort;
};

/** A trailing space means the user finished the last word; without it the last word is a prefix. */
const TABLE: [string, Row][] = [
  [
    'unmarked words find marked text',
    {
      query: 'hoi nghi giao ban ',
      expected: ['giaoban', 'banGiao', 'bodyOnly'],
      first: ['giaoban'],
    },
  ],
  [
    'marked words find the same set',
    { query: 'Hội nghị giao ban ', expected: ['giaoban', 'banGiao', 'bodyOnly'] },
  ],
  [
    'quoted phrase needs adjacent words',
    { query: '"hội nghị giao ban"', expected: ['giaoban', 'bodyOnly'] },
  ],
  ['unmarked quoted phrase', { query: '"hoi nghi giao ban"', expected: ['giaoban', 'bodyOnly'] }],
  ['phrase in another order finds nothing', { query: '"giao ban hội nghị"', expected: [] }],
  [
    'd finds đ, dương and đương',
    { query: 'duong ', expected: ['duongTinh', 'duongLich', 'duongNhiem'] },
  ],
  [
    'đường ranks đường first',
    { query: 'đường ', expected: ['duongTinh', 'duongLich', 'duongNhiem'], first: ['duongTinh'] },
  ],
  [
    'dương ranks dương first',
    { query: 'dương ', expected: ['duongTinh', 'duongLich', 'duongNhiem'], first: ['duongLich'] },
  ],
  [
    'đương ranks đương first',
    { query: 'đương ', expected: ['duongTinh', 'duongLich', 'duongNhiem'], first: ['duongNhiem'] },
  ],
  [
    'upper-case marked query',
    { query: 'ĐƯỜNG ', expected: ['duongTinh', 'duongLich', 'duongNhiem'], first: ['duongTinh'] },
  ],
  ['old-style hoà finds old-style text', { query: 'hoà giải ', expected: ['hoaOld'] }],
  ['new-style hòa finds old-style text', { query: 'hòa giải ', expected: ['hoaOld'] }],
  ['unmarked hoa finds both placements and hóa', { query: 'hoa ', expected: ['hoaOld', 'hoaNew'] }],
  ['hòa finds both placements', { query: 'hòa ', expected: ['hoaOld', 'hoaNew'] }],
  ['thuỷ (old) finds thủy and thuỷ', { query: 'thuỷ ', expected: ['hoaOld', 'hoaNew'] }],
  ['thủy (new) finds thủy and thuỷ', { query: 'thủy ', expected: ['hoaOld', 'hoaNew'] }],
  ['thuy finds both', { query: 'thuy ', expected: ['hoaOld', 'hoaNew'] }],
  ['Uỷ ban (old) finds Ủy ban', { query: 'Uỷ ban ', expected: ['giaoban', 'hoaOld', 'hoaNew'] }],
  ['Ủy ban (new) finds Uỷ ban', { query: 'Ủy ban ', expected: ['giaoban', 'hoaOld', 'hoaNew'] }],
  ['khoẻ finds khỏe', { query: 'khoẻ ', expected: ['hoaOld', 'hoaNew'] }],
  ['khỏe finds khoẻ', { query: 'khỏe ', expected: ['hoaOld', 'hoaNew'] }],
  ['NFD query finds NFD text', { query: nfd('phòng chống thiên tai '), expected: ['nfdStorm'] }],
  ['unmarked query finds NFD text', { query: 'phong chong thien tai ', expected: ['nfdStorm'] }],
  [
    'NFD query finds NFC text',
    { query: nfd('hội nghị '), expected: ['giaoban', 'banGiao', 'bodyOnly'] },
  ],
  ['NFD upper-case query', { query: nfd('HÒA BÌNH '), expected: ['hoaNew'] }],
  [
    'lower-case query finds upper-case title',
    { query: 'thông báo kết luận ', expected: ['upper'] },
  ],
  ['upper-case query', { query: 'THÔNG BÁO ', expected: ['upper'] }],
  ['abbreviation', { query: 'ubnd ', expected: ['upper'] }],
  ['prefix of the word being typed', { query: 'chuyển đổ', expected: ['chuyenDoiSo'] }],
  [
    'prefix after a complete word',
    { query: 'hoi ngh', expected: ['giaoban', 'banGiao', 'bodyOnly'] },
  ],
  ['prefix with marks', { query: 'nông thô', expected: ['nongThon'] }],
  ['a finished word is not a prefix', { query: 'nông thô ', expected: [] }],
  ['AND of three words', { query: 'cai cach hanh ', expected: ['chuyenDoiSo', 'caiCach'] }],
  ['exclusion', { query: 'cai cach -chuyen ', expected: ['caiCach'] }],
  ['exclusion with marks', { query: 'duong -tết ', expected: ['duongTinh', 'duongNhiem'] }],
  ['exclusion of a word in the title', { query: 'hoa -giai ', expected: ['hoaNew'] }],
  ['document number as a phrase', { query: '30/2020/NĐ-CP ', expected: ['nghiDinh'] }],
  ['joined abbreviation', { query: 'NĐ-CP', expected: ['nghiDinh'] }],
  ['quoted two-word phrase', { query: '"văn thư"', expected: ['nghiDinh'] }],
  [
    'author and body words',
    { query: 'giao ', expected: ['giaoban', 'banGiao', 'bodyOnly', 'caiCach'] },
  ],
  ['author field', { query: 'huỳnh kết ', expected: ['giaoban'] }],
  ['caption field', { query: 'quang canh ', expected: ['giaoban'] }],
  ['category name', { query: 'nong nghiep ', expected: ['nongThon'] }],
  [
    'title above body',
    { query: 'hội nghị ', expected: ['giaoban', 'banGiao', 'bodyOnly'], first: ['giaoban'] },
  ],
  ['no match', { query: 'xyz ', expected: [] }],
  ['three-word title', { query: 'Tết dương lịch ', expected: ['duongLich'] }],
  [
    'site filter alone',
    { query: '', expected: ['nfdStorm', 'nongThon'], filters: { site: 'tuyenquang.gov.vn' } },
  ],
  [
    'site filter with a query',
    { query: 'tinh ', expected: ['nfdStorm'], filters: { site: 'tuyenquang.gov.vn' } },
  ],
  [
    'category filter',
    {
      query: 'uy ban ',
      expected: ['hoaOld', 'hoaNew'],
      filters: (bed) => ({ categoryId: bed.archive.getMeta(bed.idOf('hoaOld'))!.categoryId! }),
    },
  ],
  [
    'date range, both ends inclusive',
    {
      query: '',
      expected: ['hoaOld', 'hoaNew', 'nongThon'],
      filters: { from: '2021-03-01', to: '2021-03-05' },
    },
  ],
  ['date upper bound', { query: 'uy ban ', expected: ['giaoban'], filters: { to: '2020-12-31' } }],
  [
    'date lower bound',
    { query: 'cai cach ', expected: ['chuyenDoiSo'], filters: { from: '2020-01-01' } },
  ],
  ['starred filter', { query: '', expected: ['nongThon'], filters: { starred: true } }],
  ['starred filter excludes', { query: 'nong thon ', expected: [], filters: { starred: false } }],
  ['read filter', { query: 'chuyen doi so ', expected: ['chuyenDoiSo'], filters: { read: true } }],
  ['unread filter', { query: 'chuyen doi so ', expected: [], filters: { read: false } }],
  [
    'sort by date, oldest first',
    {
      query: 'duong ',
      expected: ['duongTinh', 'duongLich', 'duongNhiem'],
      first: ['duongTinh', 'duongLich', 'duongNhiem'],
      sort: 'date-asc',
    },
  ],
  [
    'sort by date, newest first',
    {
      query: 'duong ',
      expected: ['duongTinh', 'duongLich', 'duongNhiem'],
      first: ['duongNhiem', 'duongLich', 'duongTinh'],
      sort: 'date-desc',
    },
  ],
];

describe('search queries over a real archive', () => {
  let bed: SearchTestBed;

  beforeAll(async () => {
    bed = await createSearchTestBed();
    await bed.archive.updateMeta(bed.idOf('nongThon'), { starred: true });
    await bed.archive.updateMeta(bed.idOf('chuyenDoiSo'), { read: true });
    await bed.search.whenIdle();
  });
  afterAll(() => bed.cleanup());

  it.each(TABLE)('%s', async (_name, row) => {
    const filters = typeof row.filters === 'function' ? row.filters(bed) : row.filters;
    const result = await bed.search.query({ query: row.query, filters, sort: row.sort });
    const keys = result.hits.map((hit) => bed.keyOf(hit.id));
    expect([...keys].sort()).toEqual([...row.expected].sort());
    expect(result.total).toBe(row.expected.length);
    if (row.first) expect(keys.slice(0, row.first.length)).toEqual(row.first);
  });

  it('highlights matches in the title and snippet, in the original text', async () => {
    const result = await bed.search.query({ query: 'phong chong thien tai ' });
    const hit = result.hits[0]!;
    const marked = hit.titleHighlights.map(([s, e]) => hit.title.slice(s, e).normalize('NFC'));
    expect(marked).toEqual(['Phòng', 'chống', 'thiên', 'tai']);
    const inSnippet = hit.snippetHighlights.map(([s, e]) =>
      hit.snippet.slice(s, e).normalize('NFC'),
    );
    expect(inSnippet).toEqual(['phòng', 'chống', 'thiên', 'tai']);
  });

  it('pages through results without repeating any', async () => {
    const all = await bed.search.query({ query: 'tinh ', limit: 200 });
    const pages = [];
    for (let offset = 0; offset < all.total; offset += 2) {
      pages.push(
        ...(await bed.search.query({ query: 'tinh ', offset, limit: 2 })).hits.map((h) => h.id),
      );
    }
    expect(all.total).toBeGreaterThan(4);
    expect(pages).toEqual(all.hits.map((h) => h.id));
  });
});
