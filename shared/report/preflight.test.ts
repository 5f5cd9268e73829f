import { describe, expect, it } from 'vitest';
import type { DocNode } from './document';
import { DEFAULT_FIELDS, type ReportFields } from './fields';
import { preflight } from './preflight';

const COMPLETE: ReportFields = {
  ...DEFAULT_FIELDS,
  agency: 'VĂN PHÒNG',
  agencyCode: 'VP',
  number: 7,
  place: 'Kiên Giang',
  date: '2026-02-05',
  summary: 'Tình hình tháng 01',
  addressees: ['Ủy ban nhân dân tỉnh'],
  signerTitle: 'CHÁNH VĂN PHÒNG',
  signerName: 'Nguyễn Văn A',
};
const para = (text: string, marks?: DocNode['marks']): DocNode => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
});
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const codes = (fields: Partial<ReportFields>, content = doc(para('Nội dung./.')), final = true) =>
  preflight({ fields: { ...COMPLETE, ...fields }, content, layout: 'nd30', final }).map(
    (f) => f.code,
  );

describe('preflight', () => {
  it('finds nothing in a complete report', () => {
    expect(codes({})).toEqual([]);
  });

  it('requires a number and a date only when the report is final', () => {
    expect(codes({ number: null, date: null })).toEqual(['number-missing', 'date-missing']);
    expect(codes({ number: null, date: null }, undefined, false)).toEqual([]);
  });

  it('names the missing summary, signer and Nơi nhận by field', () => {
    const findings = preflight({
      fields: { ...COMPLETE, summary: ' ', signerName: '', recipients: [] },
      content: doc(para('x./.')),
      layout: 'nd30',
      final: false,
    });
    expect(findings).toEqual([
      { code: 'summary-missing', target: { field: 'summary' } },
      { code: 'signer-missing', target: { field: 'signerName' } },
      { code: 'recipients-missing', target: { field: 'recipients' } },
    ]);
  });

  it('wants a Kính gửi on a tờ trình only', () => {
    expect(codes({ type: 'to-trinh', addressees: [] })).toEqual(['addressees-missing']);
    expect(codes({ type: 'bao-cao', addressees: [] })).toEqual([]);
  });

  it('points at the end of the last paragraph when "./." is missing, ignoring trailing empty ones', () => {
    const findings = preflight({
      fields: COMPLETE,
      content: doc(para('Một'), para('Hai ba'), { type: 'paragraph' }),
      layout: 'nd30',
      final: true,
    });
    // <p>Một</p> is 0..5; the second paragraph's text runs from 6 to 12.
    expect(findings).toEqual([{ code: 'closing-missing', target: { pos: 12 } }]);
  });

  it('names a pasted non-Times font once, where it first appears', () => {
    const arial = [{ type: 'textStyle', attrs: { fontFamily: 'Arial, sans-serif' } }];
    const times = [{ type: 'textStyle', attrs: { fontFamily: "'Times New Roman'" } }];
    const findings = preflight({
      fields: COMPLETE,
      content: doc(para('ok', times), para('dán', arial), para('nữa./.', arial)),
      layout: 'nd30',
      final: true,
    });
    expect(findings).toEqual([{ code: 'font-not-times', target: { pos: 5 }, detail: 'Arial' }]);
  });

  it('an empty body or a plain layout checks only the body', () => {
    expect(codes({}, doc({ type: 'paragraph' }))).toEqual(['closing-missing']);
    const plain = preflight({
      fields: DEFAULT_FIELDS,
      content: doc(para('x./.')),
      layout: 'plain',
      final: true,
    });
    expect(plain).toEqual([]);
  });
});
