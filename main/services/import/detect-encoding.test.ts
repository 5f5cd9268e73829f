import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importFixture } from '../../../test-support/fixtures/import/paths';
import { decodeText } from './detect-encoding';
import { decodeVni, encodeVni } from './legacy-vietnamese';

const SAMPLE =
  'Hội nghị tổng kết công tác năm của Ủy ban nhân dân tỉnh được tổ chức vào ngày 20 tháng 12. Các đại biểu đã thảo luận về kế hoạch phát triển kinh tế và xã hội cho năm tới.';
const EXPECTED_VNI = SAMPLE;
// The ABC fonts have no accented capitals: "Ủy" was typed with the capitals font and reads back in lower case.
const EXPECTED_TCVN3 = SAMPLE.replace('Ủy', 'ủy');

/** Windows-1258 keeps â ê ô ơ ư ă đ whole and writes the five tones as combining marks. */
function toWindows1258Form(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      /([a-zA-Z])([\u0300\u0301\u0303\u0309\u0323]?)([\u0302\u0306\u031b])/g,
      (_, base: string, tone: string, mark: string) => (base + mark).normalize('NFC') + tone,
    )
    .replace(/đ/g, 'đ');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(SAMPLE)).text).toBe(SAMPLE);
    const withBom = decodeText(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]),
    );
    expect(withBom.text).toBe(SAMPLE);
    expect(withBom.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeText(iconv.encode(SAMPLE, 'utf-16le', { addBOM: true })).text).toBe(SAMPLE);
    const be = decodeText(iconv.encode(SAMPLE, 'utf-16be', { addBOM: true }));
    expect(be.text).toBe(SAMPLE);
    expect(be.encoding).toBe('utf-16be');
  });

  it('reads Windows-1258 and composes its combining tones to NFC', () => {
    const bytes = iconv.encode(toWindows1258Form(SAMPLE), 'windows-1258');
    expect(bytes.includes(0x3f)).toBe(false);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.uncertain).toBe(false);
  });

  it('detects and converts a hand-typed VNI file', () => {
    const decoded = decodeText(readFileSync(importFixture('legacy-vni.txt')));
    expect(decoded.encoding).toBe('vni');
    expect(decoded.text).toBe(EXPECTED_VNI);
  });

  it('detects and converts a hand-typed TCVN3 (ABC) file', () => {
    const decoded = decodeText(readFileSync(importFixture('legacy-tcvn3.txt')));
    expect(decoded.encoding).toBe('tcvn3');
    expect(decoded.text).toBe(EXPECTED_TCVN3);
  });

  it('composes NFD input and says so', () => {
    const decoded = decodeText(Buffer.from(SAMPLE.normalize('NFD')));
    expect(decoded.text).toBe(SAMPLE);
    expect(decoded.wasNfd).toBe(true);
  });

  it('on a short ambiguous legacy text, is uncertain and offers two candidates', () => {
    const decoded = decodeText(Buffer.from([0x54, 0xe9, 0x6e, 0x20, 0xb8]));
    expect(decoded.uncertain).toBe(true);
    expect(decoded.candidates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(decoded.candidates.map((c) => c.encoding)).size).toBe(decoded.candidates.length);
  });

  it('decodes with the encoding the person picked', () => {
    const bytes = readFileSync(importFixture('legacy-vni.txt'));
    expect(decodeText(bytes, 'tcvn3').text).not.toBe(EXPECTED_VNI);
    expect(decodeText(bytes, 'vni').text).toBe(EXPECTED_VNI);
  });

  it('refuses an empty file and a binary file renamed .txt with their own codes', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(
      expect.objectContaining({ code: 'empty-file' }),
    );
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(() => decodeText(png)).toThrow(expect.objectContaining({ code: 'binary-file' }));
  });
});

describe('VNI', () => {
  it('round-trips every Vietnamese letter, lower and upper case', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = `${letters} ${letters.toUpperCase()}`;
    expect(decodeVni(encodeVni(all))).toBe(all);
  });
});
