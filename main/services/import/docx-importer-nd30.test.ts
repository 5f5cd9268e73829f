import { describe, expect, it } from 'vitest';
import { makeNd30Docx, SO_BAO_CAO, UBND_CONG_VAN } from '../../../test-support/nd30-docx';
import {
  expectedRealDocx,
  hasRealDocx,
  readRealDocx,
  REAL_DOCX_SKIP_NOTE,
} from '../../../test-support/real-docx';
import { importDocx } from './docx-importer';
import { dryMediaSink } from './html-images';

describe('DOCX import of documents laid out per NĐ 30/2020', () => {
  it('takes tên loại and trích yếu as the title, not the header table, and the month and year when the day is blank', async () => {
    const { draft, fields, warnings } = await importDocx(
      await makeNd30Docx(SO_BAO_CAO),
      'bc.docx',
      dryMediaSink,
    );
    expect(draft.title).toBe('Báo cáo: Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2026');
    expect(draft.title).not.toMatch(/CỘNG HÒA|UBND/);
    expect(fields.title.status).toBe('found');
    expect(fields.publishedAt).toMatchObject({
      status: 'proposed',
      value: '2026-06-01T00:00:00+07:00',
    });
    expect(warnings.map((w) => w.code)).not.toContain('date-missing');
    expect(draft.text).toContain('Các cơ quan đã hoàn thành phần lớn nhiệm vụ được giao./.');
  });

  it('takes the full date of the place-date line when the day is printed', async () => {
    const { draft, fields } = await importDocx(
      await makeNd30Docx(UBND_CONG_VAN),
      'cv.docx',
      dryMediaSink,
    );
    expect(draft.title).toBe(
      'Công văn: V/v triển khai kế hoạch phát triển cụm công nghiệp năm 2026',
    );
    expect(fields.publishedAt).toMatchObject({
      status: 'found',
      value: '2026-02-09T00:00:00+07:00',
    });
    expect(draft.publishedAt).toBe('2026-02-09T00:00:00+07:00');
  });

  for (const want of hasRealDocx ? expectedRealDocx() : [{ file: 'none', summary: '', year: 0 }]) {
    it.skipIf(!hasRealDocx)(
      `real ${want.file}${REAL_DOCX_SKIP_NOTE}: title from the trích yếu, date from the date line`,
      async () => {
        const { draft, fields } = await importDocx(
          readRealDocx(want.file),
          want.file,
          dryMediaSink,
        );
        expect(draft.title).toContain(want.summary.replace(/\s+/g, ' ').trim());
        expect(draft.title).not.toMatch(/CỘNG HÒA|CỘNG HOÀ/);
        expect(fields.publishedAt.value?.slice(0, 4)).toBe(String(want.year));
      },
    );
  }
});
