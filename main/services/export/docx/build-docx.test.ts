import { describe, expect, it } from 'vitest';
import { EMPTY_DOC } from '../../../../shared/report/document';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_INFO } from '../../../../shared/report/fields';
import {
  all,
  bodyParagraphs,
  first,
  isOn,
  openDocxXml,
  paragraphWithText,
  textOf,
  val,
} from '../../../../test-support/docx-xml';
import { sampleReport, SAMPLE_FIELDS } from '../../../../test-support/sample-report';
import { buildDocx } from './index';

const build = (report = sampleReport(), citationStyle: 'inline' | 'footnote' = 'inline') =>
  buildDocx(report, { mediaDir: '/nonexistent', citationStyle, year: 2026 });
const TWIPS_PER_MM = 1440 / 25.4;

/** Size (pt), bold and italic of the first run of a paragraph, as written on the run. */
function runLook(p: Element) {
  const rPr = first(first(p, 'w:r')!, 'w:rPr');
  return {
    pt: Number(val(rPr, 'w:sz')) / 2,
    bold: isOn(rPr, 'w:b'),
    italic: isOn(rPr, 'w:i'),
    align: val(first(p, 'w:pPr'), 'w:jc'),
  };
}

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

describe('buildDocx: fields', () => {
  it.each(DOCUMENT_TYPES)(
    '%s: the tên loại, ký hiệu and trích yếu in their place',
    async (type) => {
      const doc = (await openDocxXml(await build(sampleReport({ fields: { type } })))).part(
        'word/document.xml',
      );
      const texts = all(doc, 'w:p').map(textOf);
      const info = DOCUMENT_TYPE_INFO[type];
      const header = all(doc, 'w:tbl')[0]!;
      const headerTexts = all(header, 'w:p').map(textOf);
      if (info.name) {
        expect(texts).toContain(info.name);
        expect(headerTexts).toContain(`Số: 07/${info.abbreviation}-VP`);
        expect(bodyParagraphs(doc).map(textOf)).toContain(SAMPLE_FIELDS.summary);
      } else {
        expect(
          texts.filter((t) => ['BÁO CÁO', 'TỜ TRÌNH', 'KẾ HOẠCH', 'THÔNG BÁO'].includes(t)),
        ).toEqual([]);
        expect(headerTexts).toContain('Số: 07/VP');
        // The công văn's trích yếu sits under the number, in the left header cell, 12 pt upright.
        const cell = all(header, 'w:tc')[2]!;
        const vv = all(cell, 'w:p').find((p) => textOf(p).startsWith('V/v '))!;
        expect(textOf(vv)).toBe(`V/v ${SAMPLE_FIELDS.summary}`);
        expect(runLook(vv)).toMatchObject({ pt: 12, bold: false, italic: false });
      }
    },
  );

  it.each([
    [7, '2026-02-05', 'Số: 07/BC-VP', 'Kiên Giang, ngày 05 tháng 02 năm 2026'],
    [12, '2026-11-25', 'Số: 12/BC-VP', 'Kiên Giang, ngày 25 tháng 11 năm 2026'],
    [3, '2026-01-09', 'Số: 03/BC-VP', 'Kiên Giang, ngày 09 tháng 01 năm 2026'],
    [150, '2026-06-03', 'Số: 150/BC-VP', 'Kiên Giang, ngày 03 tháng 6 năm 2026'],
    [null, null, 'Số:      /BC-VP', 'Kiên Giang, ngày    tháng    năm 2026'],
  ])('number %s and date %s print as "%s" / "%s"', async (number, date, numberText, dateText) => {
    const doc = (await openDocxXml(await build(sampleReport({ fields: { number, date } })))).part(
      'word/document.xml',
    );
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain(numberText);
    expect(texts).toContain(dateText);
  });

  it('leaves out the empty optional parts: no chủ quản line, no Kính gửi, no Nơi nhận', async () => {
    const report = sampleReport({
      fields: { parentAgency: undefined, addressees: [], recipients: [], signerAuthority: '' },
    });
    const doc = (await openDocxXml(await build(report))).part('word/document.xml');
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts.some((t) => t.startsWith('Kính gửi'))).toBe(false);
    expect(texts).not.toContain('Nơi nhận:');
    expect(texts).not.toContain('UBND TỈNH KIÊN GIANG');
    expect(texts).toContain('VĂN PHÒNG');
    expect(texts).toContain('PHÓ CHÁNH VĂN PHÒNG');
  });

  it('lists several addressees one per line, ";" after each and "." after the last', async () => {
    const report = sampleReport({ fields: { addressees: ['Ủy ban nhân dân tỉnh', 'Sở Nội vụ'] } });
    const doc = (await openDocxXml(await build(report))).part('word/document.xml');
    const texts = all(doc, 'w:p').map(textOf);
    expect(texts).toContain('Kính gửi:\t- Ủy ban nhân dân tỉnh;');
    expect(texts).toContain('- Sở Nội vụ.');
  });

  it('still writes a valid document when the body and every field are empty', async () => {
    const report = sampleReport({
      content: EMPTY_DOC,
      fields: {
        parentAgency: undefined,
        agency: '',
        agencyCode: '',
        summary: '',
        place: '',
        number: null,
        date: null,
        addressees: [],
        recipients: [],
        signerAuthority: '',
        signerTitle: '',
        signerName: '',
      },
    });
    const xml = await openDocxXml(await build(report));
    expect(first(xml.part('word/document.xml'), 'w:sectPr')).not.toBeNull();
    const plain = await openDocxXml(
      await build(sampleReport({ content: { type: 'doc' }, layout: 'plain' })),
    );
    expect(all(plain.part('word/document.xml'), 'w:tbl')).toHaveLength(0);
    expect(bodyParagraphs(plain.part('word/document.xml')).length).toBeGreaterThanOrEqual(1);
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
