import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hasSharedArticles,
  importFixture,
  SHARED_SKIP_NOTE,
  sharedArticle,
} from '../../../test-support/fixtures/import/paths';
import { importText } from './text-importer';

const fromShared = (name: string) => importText(readFileSync(sharedArticle(name)));
const fromOwn = (name: string) => importText(readFileSync(importFixture(name)));
const warningCodes = (result: ReturnType<typeof importText>) => result.warnings.map((w) => w.code);

describe(`copied portal text: the real captures${SHARED_SKIP_NOTE}`, () => {
  it.skipIf(!hasSharedArticles)('seed (Kiên Giang): every field, chrome stripped', () => {
    const { fields, draft } = fromShared('seed-kiengiang-giaoban.txt');
    expect(draft.title).toBe(
      'Hội nghị giao ban trực tuyến Văn phòng Trung ương Đảng với Văn phòng các tỉnh ủy, thành ủy',
    );
    expect(fields.title.status).toBe('found');
    expect(draft.publishedAt).toBe('2020-07-13T13:25:00+07:00');
    expect(draft.site).toBe('Cổng thông tin điện tử văn phòng UBND tỉnh Kiên Giang');
    expect(draft.category).toBe('Kinh tế - Chính trị');
    expect(draft.captions).toEqual(['Quang cảnh hội nghị.']);
    expect(draft.author).toBe('Huỳnh Kết');
    expect(draft.text.startsWith('Ngày 10/7, Văn phòng Trung ương Đảng')).toBe(true);
    expect(draft.text.endsWith('được giao./.')).toBe(true);
    expect(draft.text + draft.html).not.toContain('Xem với cỡ chữ');
  });

  it.skipIf(!hasSharedArticles)(
    "Kon Tum: the labelled date wins over the header's today; NBSP lines and widgets gone",
    () => {
      const { draft, warnings } = fromShared('kontum-kien-nghi-cu-tri.txt');
      expect(draft.title).toBe(
        'Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII',
      );
      expect(draft.publishedAt).toBe('2024-07-08T11:38:00+07:00');
      expect(draft.captions).toEqual([
        'Đồng chí Nguyễn Ngọc Sâm, Phó Chủ tịch UBND tỉnh trình bày báo cáo tại kỳ họp',
      ]);
      expect(draft.text).not.toContain('Thứ 3, Ngày 16/07/2024');
      expect(draft.text).not.toContain('Mặc định Cỡ chữ');
      expect(draft.text).not.toContain('\u00a0');
      expect(draft.text).not.toMatch(/\n\s*\n\s*\n/);
      expect(warnings.map((w) => w.code)).toContain('body-may-be-cut');
    },
  );

  it.skipIf(!hasSharedArticles)(
    'Tuyên Quang: title, date, the view counter dropped, table kept as lines',
    () => {
      const { draft } = fromShared('tuyenquang-luat-luu-tru-table.txt');
      expect(draft.title).toBe(
        'Quy định về thu nộp tài liệu lưu trữ trong Luật Lưu trữ năm 2024 – Một số điểm mới cần lưu ý',
      );
      expect(draft.publishedAt).toBe('2024-11-01T09:50:00+07:00');
      expect(draft.text.split('\n\n')).not.toContain('313');
      expect(draft.text).toContain('TT Luật Lưu trữ năm 2011 Luật Lưu trữ năm 2024');
      expect(draft.text).toContain('\n\nDưới đây là một số nội dung');
    },
  );

  it.skipIf(!hasSharedArticles)(
    'Báo Kiên Giang: no title → reported and the first sentence proposed; teaser and counter dropped',
    () => {
      const result = fromShared('baokiengiang-treo-co-ru.txt');
      expect(result.fields.title.status).toBe('proposed');
      expect(result.fields.title.value).toMatch(
        /^Ngày 4-4-2025, UBND tỉnh Kiên Giang ban hành Thông báo số 112\/TB-UBND/,
      );
      expect(warningCodes(result)).toContain('title-missing');
      expect(result.draft.publishedAt).toBe('2025-04-04T16:58:00+07:00');
      expect(result.draft.text).not.toContain('(KGO)');
      expect(warningCodes(result)).toContain('teaser-removed');
      expect(result.draft.text).not.toContain('Tổng số lượt truy cập');
    },
  );
});

describe("copied portal text: the repo's own fixtures", () => {
  it('bracketed date, site, category, caption, author, body bounds', () => {
    const { draft, fields } = fromOwn('portal-copy-bracketed.txt');
    expect(draft.title).toBe(
      'Khai mạc Hội thi tin học trẻ cấp tỉnh năm 2025 tại Trường THPT chuyên',
    );
    expect(fields.title.confidence).toBeGreaterThan(0.8);
    expect(draft.publishedAt).toBe('2025-03-21T08:40:00+07:00');
    expect(draft.site).toBe('Cổng thông tin điện tử UBND tỉnh Hòa Bình Xanh');
    expect(draft.category).toBe('Văn hóa - Xã hội');
    expect(draft.captions).toEqual(['Các thí sinh làm bài thi phần lý thuyết']);
    expect(draft.author).toBe('Lê Thu Hà');
    expect(draft.lead.startsWith('Sáng 20-3, Sở Giáo dục')).toBe(true);
    expect(draft.text.startsWith('Sáng 20-3, Sở Giáo dục')).toBe(true);
    expect(draft.text.endsWith('trước ngày 31-3-2025./.')).toBe(true);
    expect(draft.text).not.toContain('cỡ chữ');
    expect(draft.html).toContain(
      '<figcaption>Các thí sinh làm bài thi phần lý thuyết</figcaption>',
    );
  });

  it("labelled date beats the header's today; widgets and NBSP lines gone; cut-off capture flagged", () => {
    const result = fromOwn('portal-copy-labelled.txt');
    expect(result.draft.title).toBe(
      'Hướng dẫn người dân nộp hồ sơ trực tuyến dịch vụ công cấp xã trên địa bàn tỉnh',
    );
    expect(result.draft.publishedAt).toBe('2025-10-14T07:15:00+07:00');
    expect(result.draft.captions).toEqual([
      'Cán bộ bộ phận một cửa hướng dẫn người dân tra cứu hồ sơ',
    ]);
    expect(result.draft.text).not.toContain('27/11/2026');
    expect(result.draft.text).not.toContain('Mặc định');
    expect(warningCodes(result)).toContain('body-may-be-cut');
    expect(result.draft.author).toBeNull();
  });

  it('table capture: counter dropped, indented paragraphs trimmed, table rows kept', () => {
    const { draft } = fromOwn('portal-copy-table.txt');
    expect(draft.title).toBe(
      'Tổng hợp kết quả thực hiện chỉ tiêu trồng rừng năm 2024 – Những điểm cần chú ý',
    );
    expect(draft.publishedAt).toBe('2025-01-15T14:05:00+07:00');
    expect(draft.text).not.toContain('1287');
    expect(draft.text).toContain('\n\nBảng dưới đây so sánh');
    expect(draft.text).toContain('2 Rừng phòng hộ 640 ha 870 ha');
    expect(draft.captions).toEqual([]);
  });

  it("no title: says so, proposes the first sentence, drops the other article's teaser and the footer", () => {
    const result = fromOwn('portal-copy-no-title.txt');
    expect(result.fields.title).toMatchObject({ status: 'proposed' });
    expect(result.fields.title.value).toBe(
      'Ngày 11-6-2025, UBND tỉnh ban hành Kế hoạch số 87/KH-UBND về tổ chức các hoạt động hưởng ứng Tháng hành động vì môi trường năm 2025 trên địa bàn tỉnh',
    );
    expect(warningCodes(result)).toEqual(
      expect.arrayContaining(['title-missing', 'teaser-removed']),
    );
    expect(result.draft.publishedAt).toBe('2025-06-12T09:30:00+07:00');
    expect(result.draft.text).not.toContain('(HBX)');
    expect(result.draft.text).not.toContain('1234567');
  });

  it('a lead with a dateline reports it', () => {
    const text =
      'Tiêu đề bài viết về giao thông nông thôn\n(10:00 | 01/02/2025)\nCTTĐT - Sáng nay tỉnh khánh thành 12 km đường giao thông nông thôn tại xã miền núi.\nNội dung tiếp theo của bài viết.';
    const { fields } = importText(Buffer.from(text));
    expect(fields.dateline).toMatchObject({ value: 'CTTĐT -', status: 'found' });
    expect(fields.lead.value?.startsWith('CTTĐT - Sáng nay')).toBe(true);
  });

  it('NFD input is stored as NFC and the change is reported', () => {
    const nfd = readFileSync(importFixture('portal-copy-bracketed.txt'), 'utf8').normalize('NFD');
    const result = importText(Buffer.from(nfd));
    expect(result.draft.title).toBe(
      'Khai mạc Hội thi tin học trẻ cấp tỉnh năm 2025 tại Trường THPT chuyên',
    );
    expect(result.draft.text).toBe(result.draft.text.normalize('NFC'));
    expect(warningCodes(result)).toContain('nfd-composed');
  });
});
