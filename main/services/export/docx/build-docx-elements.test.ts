import { describe, expect, it } from 'vitest';
import {
  all,
  bodyParagraphs,
  first,
  openDocxXml,
  paragraphWithText,
  textOf,
  val,
  runLook,
} from '../../../../test-support/docx-xml';
import { sampleReport, SAMPLE_FIELDS } from '../../../../test-support/sample-report';
import { buildDocx } from './index';

const build = (report = sampleReport(), citationStyle: 'inline' | 'footnote' = 'inline') =>
  buildDocx(report, { mediaDir: '/nonexistent', citationStyle, year: 2026 });

describe('buildDocx: the decree elements', () => {
  it('sets size, bold, italic and alignment per element (rule book §3)', async () => {
    const doc = (await openDocxXml(await build())).part('word/document.xml');
    const look = (text: string) => runLook(paragraphWithText(doc, text));
    expect(look('UBND TỈNH KIÊN GIANG')).toMatchObject({
      pt: 12,
      bold: false,
      italic: false,
      align: 'center',
    });
    expect(look('VĂN PHÒNG')).toMatchObject({ pt: 12, bold: true, italic: false, align: 'center' });
    expect(look('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({
      pt: 12,
      bold: true,
      italic: false,
    });
    expect(look('Độc lập - Tự do - Hạnh phúc')).toMatchObject({
      pt: 13,
      bold: true,
      italic: false,
    });
    expect(look('Số: 07/BC-VP')).toMatchObject({
      pt: 13,
      bold: false,
      italic: false,
      align: 'center',
    });
    expect(look('Kiên Giang, ngày 05 tháng 02 năm 2026')).toMatchObject({
      pt: 13,
      bold: false,
      italic: true,
    });
    expect(look('BÁO CÁO')).toMatchObject({ pt: 14, bold: true, italic: false, align: 'center' });
    expect(look(SAMPLE_FIELDS.summary)).toMatchObject({ pt: 14, bold: true, align: 'center' });
    expect(look('Kính gửi: Ủy ban nhân dân tỉnh.')).toMatchObject({ pt: 14, bold: false });
    expect(look('Nơi nhận:')).toMatchObject({ pt: 12, bold: true, italic: true, align: 'left' });
    expect(look('- Như trên;')).toMatchObject({ pt: 11, bold: false, italic: false });
    expect(look('- Lưu: VT, TH.')).toMatchObject({ pt: 11 });
    expect(look('KT. CHÁNH VĂN PHÒNG')).toMatchObject({ pt: 14, bold: true });
    expect(look('PHÓ CHÁNH VĂN PHÒNG')).toMatchObject({ pt: 14, bold: true });
    expect(look('Trần Thị Hạnh')).toMatchObject({ pt: 14, bold: true, italic: false });
  });

  it('writes body paragraphs justified, 1.27 cm first line, at least 6 pt after, single to 1.5 lines', async () => {
    const xml = await openDocxXml(await build());
    const doc = xml.part('word/document.xml');
    const bodyStyle = all(xml.part('word/styles.xml'), 'w:style').find(
      (s) => s.getAttribute('w:styleId') === 'Body',
    )!;
    const body = bodyParagraphs(doc).filter((p) => val(first(p, 'w:pPr'), 'w:pStyle') === 'Body');
    expect(body.length).toBeGreaterThanOrEqual(2);
    for (const p of body) {
      const pPr = first(p, 'w:pPr')!;
      // Direct formatting wins over the style: read both, as Word does.
      const prop = (tag: string, attr = 'w:val') =>
        val(pPr, tag, attr) ?? val(bodyStyle, tag, attr);
      expect(prop('w:jc')).toBe('both');
      expect(Number(prop('w:ind', 'w:firstLine'))).toBe(720);
      expect(Number(prop('w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
      const line = Number(prop('w:spacing', 'w:line'));
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
    }
    expect(val(bodyStyle, 'w:sz')).toBe('28');
  });

  it('builds the header and signer blocks as borderless tables with widths in DXA on the grid, table and cells', async () => {
    const doc = (await openDocxXml(await build())).part('word/document.xml');
    const tables = all(doc, 'w:tbl').filter((t) => t.parentElement?.tagName === 'w:body');
    const header = tables[0]!;
    const signer = tables.at(-1)!;
    for (const table of [header, signer]) {
      const tblPr = first(table, 'w:tblPr')!;
      const borders = first(tblPr, 'w:tblBorders')!;
      for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'])
        expect(val(borders, `w:${side}`), side).toBe('none');
      expect(val(tblPr, 'w:tblW', 'w:type')).toBe('dxa');
      expect(val(tblPr, 'w:tblLayout', 'w:type')).toBe('fixed');
      const grid = all(table, 'w:gridCol').map((c) => Number(c.getAttribute('w:w')));
      expect(grid).toHaveLength(2);
      expect(grid.reduce((a, b) => a + b)).toBe(Number(val(tblPr, 'w:tblW', 'w:w')));
      for (const row of all(table, 'w:tr')) {
        all(row, 'w:tc').forEach((cell, i) => {
          expect(val(cell, 'w:tcW', 'w:type')).toBe('dxa');
          expect(Number(val(cell, 'w:tcW', 'w:w'))).toBe(grid[i]);
          const tcBorders = first(cell, 'w:tcBorders')!;
          for (const side of ['top', 'left', 'bottom', 'right'])
            expect(val(tcBorders, `w:${side}`)).toBe('none');
        });
      }
    }
    const cells = (table: Element) =>
      all(table, 'w:tc').map((cell) => all(cell, 'w:p').map(textOf).filter(Boolean));
    expect(cells(header)).toEqual([
      ['UBND TỈNH KIÊN GIANG', 'VĂN PHÒNG'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
      ['Số: 07/BC-VP'],
      ['Kiên Giang, ngày 05 tháng 02 năm 2026'],
    ]);
    expect(cells(signer)).toEqual([
      ['Nơi nhận:', '- Như trên;', '- Lưu: VT, TH.'],
      ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Trần Thị Hạnh'],
    ]);
    // Số and the date line share a row, so they print on one line.
    expect(all(header, 'w:tr')).toHaveLength(2);
  });

  it('draws the rules under the agency, the Tiêu ngữ and the trích yếu as real lines, not underscores', async () => {
    const doc = (await openDocxXml(await build())).part('word/document.xml');
    const rules = all(doc, 'w:p').filter(
      (p) => val(first(p, 'w:pBdr'), 'w:top') === 'single' && textOf(p) === '',
    );
    expect(rules.length).toBeGreaterThanOrEqual(3);
    expect(textOf(doc.documentElement)).not.toMatch(/_{3,}/);
    // The agency rule is shorter than its cell: centred by equal indents.
    const agencyRule = rules[0]!;
    const ind = first(agencyRule, 'w:ind')!;
    expect(ind.getAttribute('w:left')).toBe(ind.getAttribute('w:right'));
    expect(Number(ind.getAttribute('w:left'))).toBeGreaterThan(0);
  });

  it('puts a centred PAGE field in the default header, and an empty first-page header with titlePg', async () => {
    const xml = await openDocxXml(await build());
    const doc = xml.part('word/document.xml');
    const sect = first(doc, 'w:sectPr')!;
    expect(first(sect, 'w:titlePg')).not.toBeNull();
    // One default header for every page after the first: no even/odd split hiding it.
    const evenOdd = first(xml.part('word/settings.xml'), 'w:evenAndOddHeaders');
    expect(evenOdd === null || ['false', '0'].includes(evenOdd.getAttribute('w:val') ?? '')).toBe(
      true,
    );
    const rels = xml.part('word/_rels/document.xml.rels');
    const target = (type: string) => {
      const id = all(sect, 'w:headerReference')
        .find((h) => h.getAttribute('w:type') === type)!
        .getAttribute('r:id');
      return `word/${all(rels, 'Relationship')
        .find((r) => r.getAttribute('Id') === id)!
        .getAttribute('Target')}`;
    };
    const defaultHeader = xml.part(target('default'));
    const instr = all(defaultHeader, 'w:instrText')
      .map((t) => t.textContent ?? '')
      .join('');
    expect(instr).toMatch(/\bPAGE\b/);
    expect(val(first(defaultHeader, 'w:pPr'), 'w:jc')).toBe('center');
    expect(val(first(defaultHeader, 'w:rPr'), 'w:rFonts', 'w:ascii')).toBe('Times New Roman');
    const firstHeader = xml.part(target('first'));
    expect(all(firstHeader, 'w:instrText')).toHaveLength(0);
    expect(textOf(firstHeader.documentElement)).toBe('');
  });
});
