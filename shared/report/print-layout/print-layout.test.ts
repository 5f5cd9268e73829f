import { describe, expect, it } from 'vitest';
import { EMPTY_DOC, type DocNode } from '../document';
import { DEFAULT_FIELDS, DOCUMENT_TYPES, type ReportFields } from '../fields';
import { printHtml, printParts } from './index';
import { SAMPLE_FIELDS } from '../../../test-support/sample-report';

// The sample report's fields, with the agency typed in lower case: the layout must capitalise it.
const FIELDS: ReportFields = { ...SAMPLE_FIELDS, agency: 'Văn phòng' };
const DOC: DocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'I. KẾT QUẢ' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Nội dung <b> & "trích"./.' }] },
  ],
};

/** The text of an HTML fragment, tags dropped, for asserting what a cell shows. */
const cellText = (html: string, cls: string): string => {
  const match = new RegExp(`class="${cls}"[^>]*>(.*?)</td>`).exec(html);
  return (match?.[1] ?? '').replace(/<br>/g, '\n').replace(/<[^>]+>/g, '');
};

const parts = (fields: Partial<ReportFields>, content: DocNode = DOC) =>
  printParts({ fields: { ...FIELDS, ...fields }, content, layout: 'nd30' }, { year: 2026 });

describe('print layout header', () => {
  it('puts the agency under its chủ quản beside the Quốc hiệu, with the rules', () => {
    const { header } = parts({});
    expect(cellText(header, 'kt-header-agency')).toBe('UBND TỈNH KIÊN GIANGVĂN PHÒNG');
    expect(header).toContain('<div class="kt-agency"><span class="kt-ruled">VĂN PHÒNG</span>');
    expect(cellText(header, 'kt-header-national')).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc',
    );
    expect(header).toContain('<span class="kt-ruled-full">Độc lập - Tự do - Hạnh phúc</span>');
  });

  it('prints the number and the place and date on one row, with leading zeros', () => {
    const { header } = parts({});
    expect(cellText(header, 'kt-number')).toBe('Số: 07/BC-VP');
    expect(cellText(header, 'kt-place-date')).toBe('Kiên Giang, ngày 05 tháng 02 năm 2026');
    const later = parts({ number: 12, date: '2026-11-20' }).header;
    expect(cellText(later, 'kt-number')).toBe('Số: 12/BC-VP');
    expect(cellText(later, 'kt-place-date')).toBe('Kiên Giang, ngày 20 tháng 11 năm 2026');
  });

  it('leaves the number and the day blank while drafting', () => {
    const { header } = parts({ number: null, date: null });
    expect(cellText(header, 'kt-number')).toBe('Số:      /BC-VP');
    expect(cellText(header, 'kt-place-date')).toBe('Kiên Giang, ngày    tháng    năm 2026');
  });

  it('keeps line breaks of a multi-line agency and escapes every field', () => {
    const { header } = parts({ agency: 'Ủy ban nhân dân\nTỉnh <Kiên Giang>' });
    expect(cellText(header, 'kt-header-agency')).toBe(
      'UBND TỈNH KIÊN GIANGỦY BAN NHÂN DÂN\nTỈNH &lt;KIÊN GIANG&gt;',
    );
    expect(header).not.toContain('<KIÊN');
  });
});

describe('print layout per document type', () => {
  it.each(DOCUMENT_TYPES.filter((t) => t !== 'cong-van'))('%s prints its tên loại', (type) => {
    const names = {
      'bao-cao': 'BÁO CÁO',
      'to-trinh': 'TỜ TRÌNH',
      'ke-hoach': 'KẾ HOẠCH',
      'thong-bao': 'THÔNG BÁO',
    };
    const { header } = parts({ type });
    expect(header).toContain(
      `<div class="kt-type-name">${names[type as keyof typeof names]}</div>`,
    );
    expect(header).toContain('<span class="kt-ruled">Tình hình thực hiện');
  });

  it('a công văn has no tên loại and puts "V/v …" under its number', () => {
    const { header } = parts({ type: 'cong-van', number: 3, summary: 'triển khai nhiệm vụ' });
    expect(header).not.toContain('kt-type-name');
    expect(cellText(header, 'kt-number')).toBe('Số: 03/VPV/v triển khai nhiệm vụ');
    expect(header).toContain('<div class="kt-cv-summary">V/v triển khai nhiệm vụ</div>');
  });

  it('prints "Kính gửi:" on one line for one addressee, a list for several', () => {
    expect(parts({}).header).toContain(
      'Kính gửi:</span><div class="kt-kinh-gui-list"><div>Ủy ban nhân dân tỉnh.</div>',
    );
    const many = parts({ addressees: ['Sở Nội vụ', 'Sở Tài chính'] }).header;
    expect(many).toContain('<div>- Sở Nội vụ;</div><div>- Sở Tài chính.</div>');
    expect(parts({ addressees: [] }).header).not.toContain('Kính gửi');
  });

  it('the Party layout prints ĐẢNG CỘNG SẢN VIỆT NAM and its number form', () => {
    const { header } = printParts(
      { fields: FIELDS, content: DOC, layout: 'party' },
      { year: 2026 },
    );
    expect(header).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(header).toContain(
      '<div class="kt-agency">VĂN PHÒNG</div><div class="kt-party-star">*</div>',
    );
    expect(header).not.toContain('CỘNG HÒA XÃ HỘI');
    expect(cellText(header, 'kt-number')).toBe('Số 07-BC/VP');
  });

  it('the plain layout prints the body alone', () => {
    const out = printParts({ fields: FIELDS, content: DOC, layout: 'plain' }, { year: 2026 });
    expect(out.header).toBe('');
    expect(out.signer).toBe('');
    expect(out.body).toContain('I. KẾT QUẢ');
  });
});

describe('print layout signer block and body', () => {
  it('sets Nơi nhận beside the signer', () => {
    const { signer } = parts({});
    expect(cellText(signer, 'kt-noi-nhan')).toBe('Nơi nhận:- Như trên;- Lưu: VT, TH.');
    expect(cellText(signer, 'kt-sign')).toBe('KT. CHÁNH VĂN PHÒNGPHÓ CHÁNH VĂN PHÒNGTrần Thị Hạnh');
  });

  it('leaves out empty optional fields instead of printing empty lines', () => {
    const empty = parts({ ...DEFAULT_FIELDS, parentAgency: '', recipients: [] }, EMPTY_DOC);
    expect(empty.header).not.toContain('kt-parent-agency');
    expect(empty.header).not.toContain('kt-summary');
    expect(empty.signer).toBe('');
    expect(cellText(empty.header, 'kt-number')).toBe('Số:      /BC');
    expect(cellText(empty.header, 'kt-place-date')).toBe('ngày    tháng    năm 2026');
    expect(empty.body).toBe('<div class="kt-body"><p><br></p></div>');
  });

  it('walks the JSON: headings, escaped text, marks, lists, tables, page breaks', () => {
    const doc: DocNode = {
      type: 'doc',
      content: [
        ...DOC.content!,
        {
          type: 'paragraph',
          attrs: { textAlign: 'center', indent: 2 },
          content: [{ type: 'text', text: 'đậm', marks: [{ type: 'bold' }, { type: 'italic' }] }],
        },
        {
          type: 'bulletList',
          attrs: { listStyle: 'dash' },
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một' }] }],
            },
          ],
        },
        { type: 'pageBreak' },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  attrs: { colspan: 2 },
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ô' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'paragraph',
          content: [
            {
              type: 'text',
              text: 'x',
              marks: [{ type: 'textStyle', attrs: { fontFamily: 'x;}body{color:red' } }],
            },
          ],
        },
      ],
    };
    const { body } = parts({}, doc);
    expect(body).toContain('<h1>I. KẾT QUẢ</h1>');
    expect(body).toContain('Nội dung &lt;b&gt; &amp; &quot;trích&quot;./.');
    expect(body).toContain(
      '<p style="text-align:center;margin-left:2.54cm"><em><strong>đậm</strong></em></p>',
    );
    expect(body).toContain('<ul class="kt-dash"><li><p>một</p></li></ul>');
    expect(body).toContain('<div class="kt-page-break"></div>');
    expect(body).toContain('<th colspan="2"><p>ô</p></th>');
    expect(body).not.toContain('color:red');
  });

  it('prints citations inline or as numbered notes', () => {
    const cite: DocNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Tin ' },
            { type: 'citation', attrs: { label: '(Nguồn: Báo Kiên Giang)' } },
          ],
        },
      ],
    };
    expect(parts({}, cite).body).toContain(
      '<span class="kt-citation">(Nguồn: Báo Kiên Giang)</span>',
    );
    const notes = printParts(
      { fields: FIELDS, content: cite, layout: 'nd30' },
      { year: 2026, citationStyle: 'footnote' },
    ).body;
    expect(notes).toContain('<sup class="kt-note-ref">1</sup>');
    expect(notes).toContain('<ol class="kt-notes"><li>Nguồn: Báo Kiên Giang</li></ol>');
  });

  it('makes one self-contained document with the page rules and no number on page 1', () => {
    const html = printHtml(
      { fields: FIELDS, content: DOC, layout: 'nd30' },
      { year: 2026, fontFaceCss: '@font-face{font-family:Tinos}' },
    );
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain('@page{size:210mm 297mm;margin:20mm 15mm 20mm 30mm;');
    expect(html).toContain('@top-center{content:counter(page)');
    expect(html).toContain('@page:first{@top-center{content:none}}');
    expect(html).toContain("font-family:'Times New Roman', 'Tinos', serif");
    expect(html).toContain('@font-face{font-family:Tinos}');
    expect(html).not.toMatch(/<script|src="http/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; font-src data:; img-src data:">`,
    );
  });
});
