import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { docText, type DocNode } from '../document';
import { cleanPastedHtml, htmlToDoc, pastedHtmlToDoc } from './paste-html';
import { PASTE_LIMITS } from './paste-limits';

const window = new JSDOM('').window as unknown as Window & typeof globalThis;
const env = { window };
const fixture = readFileSync(
  path.join(__dirname, '../../../test-support/fixtures/editor/word-report.html'),
  'utf8',
);

const find = (doc: DocNode, type: string): DocNode[] => {
  const out: DocNode[] = [];
  const walk = (node: DocNode) => {
    if (node.type === type) out.push(node);
    node.content?.forEach(walk);
  };
  walk(doc);
  return out;
};
const marksOf = (doc: DocNode, text: string) =>
  find(doc, 'text')
    .find((node) => node.text?.includes(text))
    ?.marks?.map((mark) => mark.type) ?? [];

describe('pasting Word HTML into a report', () => {
  const { doc, mode } = pastedHtmlToDoc(fixture, env);

  it('keeps headings at their levels', () => {
    expect(mode).toBe('structured');
    expect(find(doc, 'heading').map((h) => [h.attrs!.level, docText(h)])).toEqual([
      [1, 'I. TÌNH HÌNH CHUNG'],
      [2, '1. Về kinh tế'],
      [2, '2. Kết quả các chỉ tiêu'],
      [3, 'a) Khó khăn'],
    ]);
  });

  it('turns mso-list paragraphs into an "a)" list with a nested dash list, markers removed', () => {
    const ordered = find(doc, 'orderedList');
    expect(ordered).toHaveLength(1);
    expect(ordered[0]!.attrs!.type).toBe('a');
    expect(ordered[0]!.content).toHaveLength(2);
    expect(docText(ordered[0]!.content![0]!)).toBe('Tổng sản phẩm trên địa bàn tăng 7,2%;');
    const bullets = find(ordered[0]!, 'bulletList');
    expect(bullets[0]!.attrs!.listStyle).toBe('dash');
    expect(docText(bullets[0]!)).toBe('trong đó thu nội địa tăng 12%.');
  });

  it('keeps the table with its rows, cells, widths and cell alignment', () => {
    const [table] = find(doc, 'table');
    expect(table!.content).toHaveLength(3);
    const cells = find(table!, 'tableCell');
    expect(cells).toHaveLength(9);
    expect(cells[0]!.attrs!.colwidth).toEqual([48]);
    expect(cells[5]!.attrs!.verticalAlign).toBe('middle');
    expect(find(cells[5]!, 'paragraph')[0]!.attrs!.textAlign).toBe('right');
  });

  it('keeps bold, italic, alignment, first-line indent, line spacing and indent', () => {
    const paragraphs = find(doc, 'paragraph');
    expect(paragraphs[0]!.attrs!.textAlign).toBe('center');
    expect(marksOf(doc, 'BÁO CÁO')).toContain('bold');
    expect(marksOf(doc, 'Ủy ban nhân dân tỉnh')).toContain('italic');
    expect(marksOf(doc, 'triển khai đồng bộ')).toContain('bold');
    const body = paragraphs.find((p) => docText(p).startsWith('Trong 6 tháng'))!;
    expect(body.attrs).toMatchObject({
      textAlign: 'justify',
      firstLineIndent: true,
      lineHeight: '1.5',
    });
    const indented = paragraphs.find((p) => docText(p).startsWith('Xem chi tiết'))!;
    expect(indented.attrs!.indent).toBe(1);
  });

  it('drops fonts, sizes and colours unless asked, and keeps safe links only', () => {
    expect(marksOf(doc, 'Kết quả thực hiện')).not.toContain('textStyle');
    expect(JSON.stringify(doc)).not.toMatch(/font-family|mso-|Times New Roman|C00000/i);
    const links = find(doc, 'text').filter((node) =>
      node.marks?.some((mark) => mark.type === 'link'),
    );
    expect(links.map((node) => node.text)).toEqual(['cổng thông tin']);
    const coloured = pastedHtmlToDoc(fixture, env, { keepColors: true }).doc;
    const colour = find(coloured, 'text').find((node) =>
      node.text?.startsWith('Kết quả thực hiện'),
    )!;
    const style = colour.marks!.find((mark) => mark.type === 'textStyle');
    expect(String(style?.attrs?.color)).toMatch(/c00000|192, 0, 0/i);
  });

  it('turns pictures not in the archive into a placeholder with their alt text', () => {
    expect(find(doc, 'image')).toHaveLength(0);
    const text = docText(doc);
    expect(text).toContain('[Ảnh: Quang cảnh hội nghị]');
    expect(text).toContain('[Ảnh: Ảnh từ cổng thông tin]');
    expect(text).not.toContain('clip_image');
  });

  it('keeps the page break, and no script, handler, comment or style text', () => {
    expect(find(doc, 'pageBreak')).toHaveLength(1);
    const { html } = cleanPastedHtml(fixture, env);
    expect(html).not.toMatch(
      /script|onclick|onerror|<!--|mso|font-family|class=|@font-face|javascript:/i,
    );
    expect(docText(doc)).not.toMatch(/window\.__pasted|Font Definitions|AllowPNG/);
  });
});

describe('pasting web pages', () => {
  it('reads bold and italic written as CSS (Google Docs) and unwraps its guid wrapper', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="text-align: center;"><span style="font-weight:700;font-family:Arial">Đậm</span><span style="font-style:italic"> nghiêng</span></p></b>';
    const { doc } = pastedHtmlToDoc(html, env);
    expect(doc.content![0]!.attrs!.textAlign).toBe('center');
    expect(marksOf(doc, 'Đậm')).toEqual(['bold']);
    expect(marksOf(doc, 'nghiêng')).toEqual(['italic']);
  });

  it('drops forms, frames, SVG and CSS that fetches', () => {
    const html =
      '<p style="background:url(https://x/y.png);text-align:right">A</p><iframe src="https://x"></iframe><form><input value="B"></form><svg><text>C</text></svg>';
    const { html: clean } = cleanPastedHtml(html, env);
    expect(clean).toBe('<p style="text-align:right">A</p>');
  });
});

describe('HTML bombs', () => {
  it('refuses 100,000 elements before parsing them', () => {
    const html = '<div><span><b>x</b></span></div>'.repeat(34_000);
    // A window whose parser throws: the refusal must come from counting, before any parse.
    const noParse = {
      window: {
        DOMParser: class {
          constructor() {
            throw new Error('parsed');
          }
        },
      } as unknown as Window & typeof globalThis,
    };
    expect(cleanPastedHtml(html, noParse)).toEqual({ html: '', mode: 'refused' });
  });

  it('flattens deep nesting to its text', () => {
    const depth = 400;
    const html = '<div>'.repeat(depth) + 'sâu' + '</div>'.repeat(depth);
    const cleaned = cleanPastedHtml(html, env);
    expect(cleaned.mode).toBe('flattened');
    expect(cleaned.html).toBe('<p>sâu</p>');
  });

  it('refuses what is too big even as text', () => {
    const deepAndLong =
      '<div>'.repeat(PASTE_LIMITS.maxDepth + 1) + 'x<br>'.repeat(PASTE_LIMITS.maxParagraphs + 1);
    expect(cleanPastedHtml(deepAndLong, env).mode).toBe('refused');
  });
});

describe('copying inside the editor', () => {
  it('keeps the report’s own sizes, colours, images and slice markers', () => {
    const src = `media/${'b'.repeat(64)}.png`;
    const html = `<p data-pm-slice="1 1 []"><span style="font-size: 13pt; color: #c00000; font-family: Arial">Cỡ 13</span> <mark data-color="#fff59d" style="background-color: #fff59d">nền</mark></p><figure class="report-image"><img src="${src}" alt="Ảnh" width="320"><figcaption>Chú thích</figcaption></figure>`;
    const { html: clean } = cleanPastedHtml(html, env);
    expect(clean).toContain('data-pm-slice');
    const doc = htmlToDoc(clean, window.document);
    const sized = find(doc, 'text')[0]!;
    expect(sized.marks![0]!.attrs).toMatchObject({ fontSize: '13pt' });
    expect(sized.marks![0]!.attrs!.fontFamily || null).toBeNull();
    expect(find(doc, 'text')[2]!.marks![0]!.type).toBe('highlight');
    expect(find(doc, 'image')[0]!.attrs).toMatchObject({ src, width: 320, caption: 'Chú thích' });
  });
});
