import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/report/document';
import {
  all,
  first,
  isOn,
  openDocxXml,
  paragraphWithText,
  textOf,
  val,
} from '../../../../test-support/docx-xml';
import { tinyPng } from '../../../../test-support/fixtures/import/make-docx';
import {
  list,
  para,
  sampleReport,
  SAMPLE_BODY,
  text,
} from '../../../../test-support/sample-report';
import { makeTempFolder } from '../../../../test-support/temp-folder';
import { buildDocx } from './index';

let media: { dir: string; remove(): Promise<void> };
beforeAll(async () => {
  media = await makeTempFolder('docx-media-');
  await writeFile(path.join(media.dir, 'abc123.png'), tinyPng());
});
afterAll(() => media.remove());

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
async function documentXml(content: DocNode, citationStyle: 'inline' | 'footnote' = 'inline') {
  const bytes = await buildDocx(sampleReport({ content, layout: 'plain' }), {
    mediaDir: media.dir,
    citationStyle,
    year: 2026,
  });
  return openDocxXml(bytes);
}
const runProps = (p: Element) =>
  all(p, 'w:r').map((r) => ({ text: textOf(r), rPr: first(r, 'w:rPr') }));

describe('buildDocx: body content', () => {
  it('keeps bold, italic, underline, strike, subscript, superscript, font size and colour', async () => {
    const xml = await documentXml(
      doc(
        para(
          text('đậm', [{ type: 'bold' }]),
          text('nghiêng', [{ type: 'italic' }]),
          text('gạch', [{ type: 'underline' }]),
          text('xóa', [{ type: 'strike' }]),
          text('2', [{ type: 'subscript' }]),
          text('3', [{ type: 'superscript' }]),
          text('lớn', [
            {
              type: 'textStyle',
              attrs: { fontSize: '16pt', color: '#c00000', fontFamily: 'Arial' },
            },
          ]),
        ),
      ),
    );
    const runs = runProps(
      paragraphWithText(xml.part('word/document.xml'), 'đậmnghiênggạchxóa23lớn'),
    );
    const by = (t: string) => runs.find((r) => r.text === t)!.rPr;
    expect(isOn(by('đậm'), 'w:b')).toBe(true);
    expect(isOn(by('nghiêng'), 'w:i')).toBe(true);
    expect(val(by('gạch'), 'w:u')).toBe('single');
    expect(isOn(by('xóa'), 'w:strike')).toBe(true);
    expect(val(by('2'), 'w:vertAlign')).toBe('subscript');
    expect(val(by('3'), 'w:vertAlign')).toBe('superscript');
    expect(val(by('lớn'), 'w:sz')).toBe('32');
    expect(val(by('lớn'), 'w:color')).toBe('C00000');
    // A pasted Arial is not carried: every run stays Times New Roman.
    expect(val(by('lớn'), 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
  });

  it('keeps alignment, indent levels, the first-line switch and line spacing', async () => {
    const xml = await documentXml(
      doc(
        { type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('giữa')] },
        {
          type: 'paragraph',
          attrs: { textAlign: 'right', lineHeight: '1.5' },
          content: [text('phải')],
        },
        {
          type: 'paragraph',
          attrs: { indent: 2, firstLineIndent: false },
          content: [text('thụt')],
        },
      ),
    );
    const d = xml.part('word/document.xml');
    expect(val(paragraphWithText(d, 'giữa'), 'w:jc')).toBe('center');
    const right = paragraphWithText(d, 'phải');
    expect(val(right, 'w:jc')).toBe('right');
    expect(val(right, 'w:spacing', 'w:line')).toBe('360');
    const indented = paragraphWithText(d, 'thụt');
    expect(val(indented, 'w:ind', 'w:left')).toBe('1440');
    expect(val(indented, 'w:ind', 'w:firstLine')).toBe('0');
  });

  it('writes page breaks before the next block, hard breaks as w:br, links as hyperlinks, quotes indented', async () => {
    const xml = await documentXml(
      doc(
        para(text('một'), { type: 'hardBreak' }, text('hai')),
        { type: 'pageBreak' },
        para(text('trang sau')),
        para(text('cổng', [{ type: 'link', attrs: { href: 'https://kiengiang.gov.vn' } }])),
        para(text('độc', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
        { type: 'blockquote', content: [para(text('trích dẫn'))] },
      ),
    );
    const d = xml.part('word/document.xml');
    expect(all(paragraphWithText(d, 'mộthai'), 'w:br')).toHaveLength(1);
    expect(first(paragraphWithText(d, 'trang sau'), 'w:pageBreakBefore')).not.toBeNull();
    const link = first(paragraphWithText(d, 'cổng'), 'w:hyperlink')!;
    const rel = all(xml.part('word/_rels/document.xml.rels'), 'Relationship').find(
      (r) => r.getAttribute('Id') === link.getAttribute('r:id'),
    )!;
    expect(rel.getAttribute('Target')).toBe('https://kiengiang.gov.vn');
    expect(first(paragraphWithText(d, 'độc'), 'w:hyperlink')).toBeNull();
    expect(Number(val(paragraphWithText(d, 'trích dẫn'), 'w:ind', 'w:left'))).toBeGreaterThan(0);
  });

  it('numbers lists "-", "1.", "a)" and Roman, each list restarting with its own numbering instance', async () => {
    const xml = await documentXml(
      doc(
        list('bulletList', ['gạch một', 'gạch hai']),
        list('orderedList', ['một', 'hai'], { type: '1' }),
        para(text('xen giữa')),
        list('orderedList', ['lại một', 'lại hai'], { type: '1' }),
        list('orderedList', ['điểm a'], { type: 'a' }),
        list('orderedList', ['mục I'], { type: 'I' }),
        list('orderedList', ['từ năm'], { type: '1', start: 5 }),
      ),
    );
    const d = xml.part('word/document.xml');
    const numbering = xml.part('word/numbering.xml');
    const numId = (t: string) => val(paragraphWithText(d, t), 'w:numId');
    const level0 = (t: string) => {
      const num = all(numbering, 'w:num').find((n) => n.getAttribute('w:numId') === numId(t))!;
      const abstractId = val(num, 'w:abstractNumId');
      const abstract = all(numbering, 'w:abstractNum').find(
        (a) => a.getAttribute('w:abstractNumId') === abstractId,
      )!;
      const lvl = all(abstract, 'w:lvl').find((l) => l.getAttribute('w:ilvl') === '0')!;
      const override = all(num, 'w:lvlOverride').find((o) => o.getAttribute('w:ilvl') === '0');
      return {
        fmt: val(lvl, 'w:numFmt'),
        text: val(lvl, 'w:lvlText'),
        font: val(lvl, 'w:rFonts', 'w:ascii'),
        start: override ? val(override, 'w:startOverride') : val(lvl, 'w:start'),
      };
    };
    expect(level0('gạch một')).toMatchObject({ fmt: 'bullet', text: '-', font: 'Times New Roman' });
    expect(level0('một')).toMatchObject({ fmt: 'decimal', text: '%1.', start: '1' });
    expect(level0('điểm a')).toMatchObject({ fmt: 'lowerLetter', text: '%1)' });
    expect(level0('mục I')).toMatchObject({ fmt: 'upperRoman', text: '%1.' });
    expect(level0('từ năm')).toMatchObject({ fmt: 'decimal', start: '5' });
    expect(numId('một')).toBe(numId('hai'));
    expect(numId('lại một')).not.toBe(numId('một'));
    expect(level0('lại một').start).toBe('1');
  });

  it('builds tables with widths in DXA on table, grid and cells, and bold centred header cells', async () => {
    const xml = await documentXml(SAMPLE_BODY);
    const table = first(xml.part('word/document.xml'), 'w:tbl')!;
    expect(val(table, 'w:tblW', 'w:type')).toBe('dxa');
    const grid = all(table, 'w:gridCol').map((c) => Number(c.getAttribute('w:w')));
    expect(grid).toHaveLength(2);
    for (const cell of all(table, 'w:tc')) expect(val(cell, 'w:tcW', 'w:type')).toBe('dxa');
    const headerCell = paragraphWithText(table as unknown as Document, 'Nội dung');
    expect(val(headerCell, 'w:jc')).toBe('center');
    expect(isOn(first(headerCell, 'w:rPr'), 'w:b')).toBe(true);
  });

  it('embeds images from the media folder keeping their ratio, never reading outside it', async () => {
    const xml = await documentXml(
      doc(
        { type: 'image', attrs: { src: 'media/abc123.png', alt: 'Biểu đồ', width: 300 } },
        { type: 'image', attrs: { src: 'media/../../etc/passwd', alt: 'ngoài' } },
      ),
    );
    const d = xml.part('word/document.xml');
    const extent = first(d, 'wp:extent')!;
    const [w, h] = [Number(extent.getAttribute('cx')), Number(extent.getAttribute('cy'))];
    expect(w).toBe(300 * 9525);
    // tinyPng is 1×1: ratio kept means as tall as wide.
    expect(h).toBe(w);
    const targets = all(xml.part('word/_rels/document.xml.rels'), 'Relationship').map((r) =>
      r.getAttribute('Target'),
    );
    expect(targets.filter((t) => t?.startsWith('media/'))).toHaveLength(1);
    expect(all(d, 'w:p').map(textOf)).toContain('[ngoài]');
  });

  it('writes a citation as its label inline, or as a real footnote holding its source', async () => {
    const citation: DocNode = {
      type: 'citation',
      attrs: {
        label: '(Nguồn: Báo Kiên Giang, 05/02/2026)',
        articleId: 'a1',
        site: 'Báo Kiên Giang',
        title: 'Giao ban tháng 01',
        date: '2026-02-05',
      },
    };
    const body = doc(para(text('Kết quả tốt '), citation, text('.')));
    const inline = (await documentXml(body, 'inline')).part('word/document.xml');
    expect(all(inline, 'w:p').map(textOf)).toContain(
      'Kết quả tốt (Nguồn: Báo Kiên Giang, 05/02/2026).',
    );
    const footnoted = await documentXml(body, 'footnote');
    const d = footnoted.part('word/document.xml');
    expect(all(d, 'w:p').map(textOf)).toContain('Kết quả tốt .');
    const ref = first(d, 'w:footnoteReference')!;
    const notes = all(footnoted.part('word/footnotes.xml'), 'w:footnote').find(
      (n) => n.getAttribute('w:id') === ref.getAttribute('w:id'),
    )!;
    expect(textOf(notes)).toContain('Báo Kiên Giang, 05/02/2026');
    expect(textOf(notes)).toContain('Giao ban tháng 01');
  });
});

describe('buildDocx: read back by mammoth', () => {
  it('keeps the text, the headings, the lists and the tables', async () => {
    const bytes = await buildDocx(sampleReport(), {
      mediaDir: media.dir,
      citationStyle: 'inline',
      year: 2026,
    });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ</h1>');
    expect(html).toContain('<h2>1. Công tác tham mưu tổng hợp</h2>');
    expect(html).toMatch(
      /<ul><li>Tham mưu tổ chức hội nghị giao ban<\/li><li>Theo dõi tiến độ các dự án<\/li><\/ul>/,
    );
    expect(html).toMatch(/<ol><li>Rà soát văn bản<\/li><li>Tổng hợp báo cáo<\/li><\/ol>/);
    expect(html).toMatch(/<th><p><strong>Nội dung<\/strong><\/p><\/th>/);
    expect(html).toContain('<p>Văn bản đến</p>');
    expect(html).toContain('<strong>Ủy ban nhân dân tỉnh</strong>');
    expect(html).toContain('<em>xử lý kịp thời</em>');
    expect(html).toContain('Tiếp tục theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao./.');
  });
});
