import iconv from 'iconv-lite';
import { toNfc } from '../../../shared/text/vietnamese';
import { AppError } from '../../../shared/errors';
import type { IMPORT_ENCODINGS } from '../../../shared/ipc/import';
import { decodeTcvn3, decodeVni } from './legacy-vietnamese';

export type TextEncoding = (typeof IMPORT_ENCODINGS)[number];

export type EncodingCandidate = {
  encoding: TextEncoding;
  /** 0..1: how much the decoded text reads like Vietnamese. */
  confidence: number;
  text: string;
};

export type DecodedText = {
  text: string;
  encoding: TextEncoding;
  confidence: number;
  /** Best first; the UI shows the first two side by side when `uncertain`. */
  candidates: EncodingCandidate[];
  uncertain: boolean;
  /** The input was decomposed (NFD) and has been composed. */
  wasNfd: boolean;
};

const SAMPLE_BYTES = 64 * 1024;

export function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  const buffer = Buffer.from(bytes);
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(buffer);
    case 'vni':
      return decodeVni(buffer);
    default:
      // iconv-lite strips a BOM; windows-1258 writes tones as combining marks, which NFC composes.
      return toNfc(iconv.decode(buffer, encoding));
  }
}

/**
 * Finds how a text file was written and decodes it to NFC. BOMs and valid UTF-8 decide at once;
 * otherwise each legacy decoding is scored by how Vietnamese the result reads. chardet and
 * similar detectors are not used because none of them knows TCVN3 or VNI.
 */
export function decodeText(bytes: Uint8Array, forced?: TextEncoding): DecodedText {
  if (bytes.length === 0) throw new AppError('empty-file');
  const bom = bomEncoding(bytes);
  if (!bom && looksBinary(bytes)) throw new AppError('binary-file');
  if (forced) return finish(bytes, forced, [{ encoding: forced, confidence: 1, text: '' }], false);
  if (bom) return finish(bytes, bom, [{ encoding: bom, confidence: 1, text: '' }], false);
  if (isValidUtf8(bytes))
    return finish(bytes, 'utf-8', [{ encoding: 'utf-8', confidence: 0.99, text: '' }], false);
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const candidates = (['windows-1258', 'tcvn3', 'vni'] as const)
    .map((encoding) => {
      const text = decodeAs(sample, encoding);
      return { encoding, confidence: vietnameseScore(text), text: text.slice(0, 400) };
    })
    .sort((a, b) => b.confidence - a.confidence);
  const [best, second] = candidates;
  const uncertain = best.confidence < 0.5 || best.confidence - second.confidence < 0.15;
  return finish(bytes, best.encoding, candidates, uncertain);
}

function finish(
  bytes: Uint8Array,
  encoding: TextEncoding,
  candidates: EncodingCandidate[],
  uncertain: boolean,
): DecodedText {
  const raw = encoding.startsWith('utf') ? iconv.decode(Buffer.from(bytes), encoding) : null;
  const text = raw !== null ? toNfc(raw) : decodeAs(bytes, encoding);
  const wasNfd = raw !== null && raw !== text;
  const first = candidates[0];
  const sample = first.text || text.slice(0, 400);
  const withSamples = [{ ...first, text: sample }, ...candidates.slice(1)];
  return {
    text,
    encoding,
    confidence: first.confidence,
    candidates: withSamples,
    uncertain,
    wasNfd,
  };
}

function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters: an image or archive renamed .txt, not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length > 0.02;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const COMMON_WORDS = new Set(
  'và của các có được trong là cho với những không này một người đã đến về ngày năm tỉnh từ theo tại để khi đồng nhân dân cơ quan thực hiện công tác hội nghị chính quyết định trên'.split(
    ' ',
  ),
);
const VIETNAMESE_LETTERS =
  /[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/u;

/** Share of words that are common Vietnamese words, minus a penalty for letters Vietnamese lacks. */
export function vietnameseScore(text: string): number {
  const words = text
    .toLowerCase()
    .split(/[\s.,;:!?()"“”'‘’\-–/]+/u)
    .filter(Boolean);
  if (words.length === 0) return 0;
  let common = 0;
  let foreign = 0;
  for (const word of words) {
    if (COMMON_WORDS.has(word)) common++;
    for (const char of word) {
      if (/\p{L}/u.test(char) && !VIETNAMESE_LETTERS.test(char) && !/[fjwz]/.test(char)) foreign++;
      else if (!/[\p{L}\p{N}]/u.test(char)) foreign++;
    }
  }
  const commonShare = common / words.length;
  const foreignShare = foreign / Math.max(1, words.join('').length);
  return Math.max(0, Math.min(1, commonShare * 3 - foreignShare * 5));
}
