import { describe, expect, it } from 'vitest';
import {
  all,
  first,
  isOn,
  openDocxXml,
  textOf,
  val,
  TWIPS_PER_MM,
} from '../../../../test-support/docx-xml';
import { sampleReport } from '../../../../test-support/sample-report';
import { buildDocx } from './index';

const build = (report = sampleReport(), citationStyle: 'inline' | 'footnote' = 'inline') =>
  buildDocx(report, { mediaDir: '/nonexistent', citationStyle, year: 2026 });

describe('buildDocx: page and fonts', () => {
  it('is A4 portrait with margins inside the decree ranges', async () => {
    const xml = await openDocxXml(await build());
    const sect = first(xml.part('word/document.xml'), 'w:sectPr')!;
    const size = first(sect, 'w:pgSz')!;
    expect(size.getAttribute('w:w')).toBe('11906');
    expect(size.getAttribute('w:h')).toBe('16838');
    expect(size.getAttribute('w:orient')).toBe('portrait');
    const margin = first(sect, 'w:pgMar')!;
    const mm = (side: string) => Number(margin.getAttribute(`w:${side}`)) / TWIPS_PER_MM;
    expect(mm('top')).toBeGreaterThanOrEqual(19.9);
    expect(mm('top')).toBeLessThanOrEqual(25.1);
    expect(mm('bottom')).toBeGreaterThanOrEqual(19.9);
    expect(mm('bottom')).toBeLessThanOrEqual(25.1);
    expect(mm('left')).toBeGreaterThanOrEqual(29.9);
    expect(mm('left')).toBeLessThanOrEqual(35.1);
    expect(mm('right')).toBeGreaterThanOrEqual(14.9);
    expect(mm('right')).toBeLessThanOrEqual(20.1);
  });

  it('names Times New Roman in every rFonts of every part and in the document default', async () => {
    const report = sampleReport();
    const xml = await openDocxXml(await build(report, 'footnote'));
    const parts = xml.names.filter((name) =>
      /^word\/(document|styles|numbering|header\d+|footnotes)\.xml$/.test(name),
    );
    expect(parts).toEqual(
      expect.arrayContaining(['word/styles.xml', 'word/numbering.xml', 'word/header1.xml']),
    );
    let count = 0;
    for (const part of parts) {
      for (const fonts of all(xml.part(part), 'w:rFonts')) {
        count++;
        for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia'])
          expect(fonts.getAttribute(`w:${slot}`), `${part} ${slot}`).toBe('Times New Roman');
        for (const theme of ['asciiTheme', 'hAnsiTheme', 'cstheme', 'eastAsiaTheme'])
          expect(fonts.hasAttribute(`w:${theme}`)).toBe(false);
      }
    }
    expect(count).toBeGreaterThan(20);
    const defaults = first(xml.part('word/styles.xml'), 'w:docDefaults')!;
    expect(val(defaults, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    expect(val(defaults, 'w:sz')).toBe('28');
  });

  it('overrides the built-in Heading 1–3 styles: black, 14 pt, bold for I. and 1., capitals for I.', async () => {
    const styles = (await openDocxXml(await build())).part('word/styles.xml');
    const style = (id: string) =>
      all(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === id)!;
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const rPr = first(style(id), 'w:rPr');
      expect(val(rPr, 'w:color')).toBe('000000');
      expect(val(rPr, 'w:sz')).toBe('28');
      expect(val(rPr, 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    }
    expect(isOn(first(style('Heading1'), 'w:rPr'), 'w:b')).toBe(true);
    expect(isOn(first(style('Heading1'), 'w:rPr'), 'w:caps')).toBe(true);
    expect(isOn(first(style('Heading2'), 'w:rPr'), 'w:b')).toBe(true);
    expect(isOn(first(style('Heading3'), 'w:rPr'), 'w:b')).toBe(false);
  });
});

describe('buildDocx: layouts', () => {
  it('plain: the body alone, on the decree page', async () => {
    const doc = (await openDocxXml(await build(sampleReport({ layout: 'plain' })))).part(
      'word/document.xml',
    );
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).not.toContain('Nơi nhận:');
    expect(texts).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
  });

  it('party: "ĐẢNG CỘNG SẢN VIỆT NAM" and the margins of Hướng dẫn 36 (25/25/35/15 mm)', async () => {
    const doc = (await openDocxXml(await build(sampleReport({ layout: 'party' })))).part(
      'word/document.xml',
    );
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(texts).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const margin = first(doc, 'w:pgMar')!;
    const mm = (side: string) =>
      Math.round(Number(margin.getAttribute(`w:${side}`)) / TWIPS_PER_MM);
    expect([mm('top'), mm('bottom'), mm('left'), mm('right')]).toEqual([25, 25, 35, 15]);
  });
});
