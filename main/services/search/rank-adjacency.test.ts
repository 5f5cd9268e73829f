import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../shared/model';
import { createTestArchive, type TestArchive } from '../../../test-support/create-test-archive';
import { EventBus } from '../event-bus';
import { JobRunner } from '../jobs';
import { SearchService } from './search-service';

function draft(title: string, lead: string, text: string): ArticleDraft {
  return {
    title,
    lead,
    text,
    html: `<p>${text}</p>`,
    category: 'Thời sự',
    publishedAt: '2024-05-10T08:00:00+07:00',
    site: 'lamxanh.gov.vn',
    sourceUrl: null,
    author: null,
    captions: [],
    images: [],
  };
}

/**
 * Four articles holding the words of "cải cách hành chính" in four ways, newest last so a
 * date order would put them the wrong way round, plus articles without them so the words are
 * not everywhere.
 */
const ARTICLES = {
  bodyScattered: draft(
    'Hội nghị tổng kết năm của tỉnh',
    '',
    'Năm qua tỉnh cải thiện môi trường đầu tư, thay đổi cách tiếp cận; các hành vi vi phạm giảm và chính sách mới được ban hành.',
  ),
  titleScattered: draft(
    'Cải tạo nhà văn hóa: cách làm mới trên hành trình xây dựng chính quyền thân thiện',
    'Người dân đồng tình ủng hộ.',
    'Nhà văn hóa thôn được sửa lại sau ba tháng.',
  ),
  leadPhrase: draft(
    'Hội nghị triển khai nhiệm vụ năm 2024',
    'Tỉnh tiếp tục cải cách hành chính, nâng chỉ số hài lòng của người dân.',
    'Các sở báo cáo kết quả sáu tháng đầu năm.',
  ),
  titlePhrase: draft(
    'Đẩy mạnh cải cách hành chính ở cấp xã',
    'Huyện tổ chức hội nghị triển khai nhiệm vụ năm 2024.',
    'Các xã báo cáo tiến độ thực hiện kế hoạch.',
  ),
  road: draft('Khởi công đường tỉnh 963', 'Tuyến đường dài 12 km.', 'Dự kiến xong năm 2025.'),
  rice: draft('Mùa lúa bội thu', 'Năng suất đạt 7 tấn mỗi héc-ta.', 'Nông dân phấn khởi.'),
};
type Key = keyof typeof ARTICLES;
const ORDER: Key[] = ['titlePhrase', 'leadPhrase', 'titleScattered', 'bodyScattered'];

describe('relevance rewards query words standing together, in order', () => {
  let base: TestArchive;
  let search: SearchService;
  const keys = Object.keys(ARTICLES) as Key[];

  beforeAll(async () => {
    base = await createTestArchive({ articles: Object.values(ARTICLES) });
    search = SearchService.open({
      source: base.archive,
      indexDir: path.join(base.dir, 'index'),
      jobs: new JobRunner(new EventBus()),
    });
    await search.whenIdle();
  });
  afterAll(async () => {
    await search.close();
    await base.cleanup();
  });

  const ranked = async (query: string) =>
    (await search.query({ query, sort: 'relevance' })).hits.map(
      (hit) => keys[base.seeded.findIndex((meta) => meta.id === hit.id)],
    );

  it.each([
    ['unmarked, whole words', 'cai cach hanh chinh '],
    ['marked, whole words', 'cải cách hành chính '],
    ['unmarked, last word being typed', 'cai cach hanh chinh'],
    ['marked, last word being typed', 'cải cách hành chính'],
    ['upper case', 'CẢI CÁCH HÀNH CHÍNH '],
  ])(
    'phrase in title > phrase in lead > scattered in title > scattered in body (%s)',
    async (_name, query) => {
      expect(await ranked(query)).toEqual(ORDER);
    },
  );

  it('keeps the order once the index is loaded back from disk', async () => {
    await search.close();
    search = SearchService.open({
      source: base.archive,
      indexDir: path.join(base.dir, 'index'),
      jobs: new JobRunner(new EventBus()),
    });
    await search.whenIdle();
    expect(await ranked('cai cach hanh chinh ')).toEqual(ORDER);
  });

  it('the same words in another order earn nothing for standing together', async () => {
    const hits = await ranked('chinh hanh cach cai ');
    // Title words outrank lead words when no pair stands in the order typed.
    expect(hits.indexOf('titleScattered')).toBeLessThan(hits.indexOf('leadPhrase'));
  });
});
