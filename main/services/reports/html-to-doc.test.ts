import { describe, expect, it } from 'vitest';
import { docText } from '../../../shared/report/document';
import { htmlToDoc, MAX_BODY_HTML } from './html-to-doc';

describe('htmlToDoc', () => {
  it('keeps structure and alignment from Word HTML, and drops mso styles, fonts, scripts and handlers', () => {
    const doc = htmlToDoc(
      '<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->' +
        '<h2 class="MsoHeading2" style="text-align:justify;mso-line-height-rule:exactly">1. Kinh tế</h2>' +
        '<p style="font-family:Arial;color:red" onmouseover="x()"><span style="mso-bidi-font-weight:bold"><b>Tăng</b> 8%</span></p>' +
        '<ol><li>Một</li><li>Hai</li></ol><script>alert(1)</script><a href="javascript:alert(1)">xấu</a>',
    );
    const json = JSON.stringify(doc);
    expect(json).not.toMatch(/mso|Arial|color|alert|javascript|onmouseover/);
    expect(doc.content?.[0]).toMatchObject({
      type: 'heading',
      attrs: { level: 2, textAlign: 'justify' },
    });
    expect(docText(doc)).toBe('1. Kinh tế\nTăng 8%\nMột\nHai\nxấu');
  });

  it('refuses 10,000 nested elements and 100,001 elements before parsing, naming the limit', () => {
    const deep = '<div>'.repeat(10_000) + 'sâu' + '</div>'.repeat(10_000);
    expect(() => htmlToDoc(deep)).toThrow(/nested 10000 levels deep; the limit is 200/);
    const many = '<span>x</span>'.repeat(100_001);
    expect(() => htmlToDoc(many)).toThrow(/100001 elements; the limit is 100000/);
  });

  it('accepts paragraphs and cells left open, as Word and web pages leave them', () => {
    const open = '<p>một'.repeat(500) + '<table><tr><td>ô'.repeat(1) + '</table>';
    expect(docText(htmlToDoc(open)).split('\n')).toHaveLength(501);
  });

  it('refuses HTML larger than the limit with its size', () => {
    const huge = '<p>x</p>'.repeat(Math.ceil(MAX_BODY_HTML / 8) + 1);
    expect(() => htmlToDoc(huge)).toThrow(/file-too-large: HTML 5\.0 MB; the limit is 5 MB/);
  });
});
