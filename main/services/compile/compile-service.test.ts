import { rm } from 'node:fs/promises';
import path from 'node:path';
import { Node as PmNode } from '@tiptap/pm/model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportSchema } from '../../../shared/report/schema';
import { collectCitations } from '../../../shared/report/citation';
import { NODE, docText, type DocNode } from '../../../shared/report/document';
import type { ReportFields } from '../../../shared/report/fields';
import type { ArticleMeta } from '../../../shared/model';
import { sampleDraft } from '../../../test-support/article-drafts';
import { openTestServices, type TestServices } from '../../../test-support/test-services';
import { CompileService, type CompileDeps } from './compile-service';

type Created = { title: string; fields: ReportFields; content: DocNode };

let t: TestServices;
let created: Created[];
const seeded: Record<string, ArticleMeta> = {};

/** Kinh tế: 3 in July (out of date order), Xã hội: 2, Văn hóa: 1 without a lead; 1 in August; 1 with no category. */
const DRAFTS: [string, Parameters<typeof sampleDraft>[1]][] = [
  [
    'kt20',
    { title: 'Xuất khẩu tăng mạnh', category: 'Kinh tế', publishedAt: '2026-07-20T08:00:00+07:00' },
  ],
  [
    'kt02',
    {
      title: 'Thu ngân sách đạt 1.245,5 tỷ đồng',
      category: 'Kinh tế',
      publishedAt: '2026-07-02T08:00:00+07:00',
    },
  ],
  [
    'kt05',
    {
      title: 'Giao ban KT-XH 6 tháng',
      category: 'Kinh tế',
      publishedAt: '2026-07-05T08:00:00+07:00',
    },
  ],
  [
    'xh10',
    { title: 'Khám bệnh miễn phí', category: 'Xã hội', publishedAt: '2026-07-10T08:00:00+07:00' },
  ],
  [
    'xh11',
    { title: 'Trao nhà tình nghĩa', category: 'Xã hội', publishedAt: '2026-07-11T08:00:00+07:00' },
  ],
  [
    'vh12',
    {
      title: 'Lễ hội Nghinh Ông',
      category: 'Văn hóa',
      publishedAt: '2026-07-12T08:00:00+07:00',
      lead: '',
      text: 'Sáng 12/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dân tham dự. Lễ hội kéo dài ba ngày.',
    },
  ],
  [
    'aug1',
    { title: 'Tin tháng Tám', category: 'Kinh tế', publishedAt: '2026-08-01T08:00:00+07:00' },
  ],
  [
    'none',
    { title: 'Tin không chuyên mục', category: null, publishedAt: '2026-07-15T08:00:00+07:00' },
  ],
];

function service(extra: Partial<CompileDeps> = {}): CompileService {
  return new CompileService({
    archive: t.services.archive,
    search: t.services.search,
    reportDefaults: () => ({ agency: 'VĂN PHÒNG', place: 'Kiên Giang', number: 'not a number' }),
    createReport: async (input) => {
      created.push(input);
      return { id: `r${String(created.length).padStart(12, '0')}` };
    },
    ...extra,
  });
}

const JULY = { from: '2026-07-01', to: '2026-07-31' };

function paragraphsText(doc: DocNode): string[] {
  return (doc.content ?? []).map((node) => docText({ type: NODE.doc, content: [node] }));
}

beforeEach(async () => {
  created = [];
  t = await openTestServices();
  for (const [key, overrides] of DRAFTS) {
    seeded[key] = await t.services.archive.addArticle(sampleDraft(1, overrides));
  }
  await t.services.search.whenIdle();
});
afterEach(async () => t.remove());

describe('compile preview', () => {
  it('counts per category, largest first, and takes nothing outside the range', async () => {
    const preview = await service().preview({ source: JULY });
    expect(preview.total).toBe(7);
    expect(preview.sections.map((s) => [s.name, s.count])).toEqual([
      ['Kinh tế', 3],
      ['Xã hội', 2],
      ['Tin khác', 1],
      ['Văn hóa', 1],
    ]);
    expect(preview).toMatchObject({ firstDay: '2026-07-02', lastDay: '2026-07-20' });
    expect(preview.confirmRequired).toBe(false);
  });

  it('takes the categories given, by id or null for none', async () => {
    const kinhTe = seeded.kt20!.categoryId;
    const preview = await service().preview({ source: { ...JULY, categoryIds: [kinhTe, null] } });
    expect(preview.sections.map((s) => s.count)).toEqual([3, 1]);
  });

  it('takes the library search: same query language and filters', async () => {
    const preview = await service().preview({ source: { ...JULY, query: '"ngan sach"' } });
    expect(preview.total).toBe(1);
    expect(preview.sections[0]!.name).toBe('Kinh tế');
  });

  it('takes a selection by ids, leaving out articles deleted since', async () => {
    await t.services.archive.deleteArticles([seeded.xh11!.id]);
    const preview = await service().preview({
      source: { ids: [seeded.xh10!.id, seeded.xh11!.id, seeded.aug1!.id] },
    });
    expect(preview.total).toBe(2);
  });
});

describe('compile', () => {
  it('writes one Roman-numbered section per category, oldest first, each item cited', async () => {
    const result = await service().compile({ source: JULY, title: 'Điểm tin tháng 7' });
    expect(result).toMatchObject({ articles: 7, missingBodies: 0 });
    const { content, fields, title } = created[0]!;
    expect(title).toBe('Điểm tin tháng 7');
    expect(fields).toMatchObject({
      summary: 'Điểm tin tháng 7',
      agency: 'VĂN PHÒNG',
      place: 'Kiên Giang',
      number: null,
    });
    const headings = content.content!.filter((n) => n.type === NODE.heading).map((n) => docText(n));
    expect(headings).toEqual(['I. KINH TẾ', 'II. XÃ HỘI', 'III. TIN KHÁC', 'IV. VĂN HÓA']);

    const lines = paragraphsText(content);
    const first = lines.findIndex((l) => l.startsWith('1. Thu ngân sách'));
    expect(lines.slice(first, first + 3).map((l) => l.slice(0, 22))).toEqual([
      '1. Thu ngân sách đạt 1',
      '2. Giao ban KT-XH 6 th',
      '3. Xuất khẩu tăng mạnh',
    ]);
    const item = content.content![first + 0]!;
    expect(item.content![1]).toMatchObject({
      text: 'Thu ngân sách đạt 1.245,5 tỷ đồng',
      marks: [{ type: 'bold' }],
    });
    expect(lines[first]).toContain('(02/07/2026)');

    const cited = collectCitations(content).map((c) => c.articleId);
    expect(cited.slice(0, 7).sort()).toEqual(
      ['kt02', 'kt05', 'kt20', 'xh10', 'xh11', 'none', 'vh12'].map((k) => seeded[k]!.id).sort(),
    );
    expect(cited).not.toContain(seeded.aug1!.id);
    expect(collectCitations(content)[0]!.label).toBe(
      '(Nguồn: Cổng thông tin điện tử tỉnh, Thu ngân sách đạt 1.245,5 tỷ đồng, ngày 02/07/2026)',
    );
  });

  it('is a valid report document: the editor schema accepts every node', async () => {
    await service().compile({ source: JULY, title: 'Điểm tin' });
    const doc = PmNode.fromJSON(reportSchema(), created[0]!.content);
    expect(() => doc.check()).not.toThrow();
    expect(doc.textContent).toContain('Thu ngân sách');
  });

  it('summarises with the lead, or the first two sentences of the body', async () => {
    await service().compile({ source: JULY, title: 'Điểm tin' });
    const lines = paragraphsText(created[0]!.content);
    expect(lines.find((l) => l.includes('Giao ban KT-XH'))).toContain('Tóm tắt tin số 1');
    const festival = lines.find((l) => l.includes('Lễ hội Nghinh Ông'))!;
    expect(festival).toContain(
      'Sáng 12/7, tại TP. Rạch Giá, lễ hội khai mạc. Hàng nghìn người dân tham dự.',
    );
    expect(festival).not.toContain('kéo dài');
  });

  it('ends with the appendix table: STT, tiêu đề, ngày, chuyên mục, nguồn, one row per article', async () => {
    await service().compile({ source: JULY, title: 'Điểm tin' });
    const table = created[0]!.content.content!.find((n) => n.type === NODE.table)!;
    const rows = table.content!.map((row) => row.content!.map((cell) => docText(cell)));
    expect(rows[0]).toEqual(['STT', 'Tiêu đề', 'Ngày', 'Chuyên mục', 'Nguồn']);
    expect(rows).toHaveLength(8);
    expect(rows[1]).toEqual([
      '1',
      'Thu ngân sách đạt 1.245,5 tỷ đồng',
      '02/07/2026',
      'Kinh tế',
      'Cổng thông tin điện tử tỉnh',
    ]);
    expect(rows.map((r) => r[0])).toEqual(['STT', '1', '2', '3', '4', '5', '6', '7']);
  });

  it('follows the section order the user picked', async () => {
    const vanHoa = seeded.vh12!.categoryId;
    await service().compile({ source: JULY, title: 'Điểm tin', categoryOrder: [vanHoa, null] });
    const headings = created[0]!.content
      .content!.filter((n) => n.type === NODE.heading)
      .map(docText);
    expect(headings).toEqual(['I. VĂN HÓA', 'II. TIN KHÁC', 'III. KINH TẾ', 'IV. XÃ HỘI']);
  });

  it('lists an article whose body file is missing, with its title and a note', async () => {
    const gone = seeded.vh12!;
    await rm(path.join(t.paths.archiveDir, 'items', gone.id.slice(0, 2), `${gone.id}.json`));
    const result = await service().compile({ source: JULY, title: 'Điểm tin' });
    expect(result).toMatchObject({ articles: 7, missingBodies: 1 });
    const line = paragraphsText(created[0]!.content).find((l) => l.includes('Lễ hội Nghinh Ông'))!;
    expect(line).toContain('tệp nội dung của tin bài bị mất');
    expect(collectCitations(created[0]!.content).map((c) => c.articleId)).toContain(gone.id);
    // Once the archive knows the file is gone, the preview names it before anything is created.
    const preview = await service().preview({ source: JULY });
    expect(preview.missingBodies).toEqual([{ id: gone.id, title: 'Lễ hội Nghinh Ông' }]);
  });

  it('says so and creates nothing when the range holds no article', async () => {
    await expect(
      service().compile({ source: { from: '2025-01-01', to: '2025-01-31' }, title: 'Trống' }),
    ).rejects.toMatchObject({ code: 'compile-empty' });
    expect(created).toHaveLength(0);
  });

  it('asks for confirmation from the threshold on, and compiles once confirmed', async () => {
    const big = service({ confirmAt: 7 });
    expect((await big.preview({ source: JULY })).confirmRequired).toBe(true);
    await expect(big.compile({ source: JULY, title: 'Lớn' })).rejects.toMatchObject({
      code: 'compile-confirm',
    });
    expect(created).toHaveLength(0);
    await big.compile({ source: JULY, title: 'Lớn', confirmed: true });
    expect(created).toHaveLength(1);
  });
});
