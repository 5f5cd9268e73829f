import { foldVietnamese } from '../../../shared/text/vietnamese';
import { isWordUnit } from '../../../shared/text/word-units';

/** Latin, Latin Extended, the Vietnamese block and punctuation (– “ ” …): most of any text here. */
const TABLE_SIZE = 0x2100;
let table: Uint16Array | null = null;
/** Any other unit, folded once when first met; surrogates (emoji) never fold on their own. */
const others = new Map<number, number>();

function foldOther(code: number): number {
  let folded = others.get(code);
  if (folded === undefined) {
    const text = code >= 0xd800 && code < 0xe000 ? '' : foldVietnamese(String.fromCharCode(code));
    folded = text.length === 1 ? text.charCodeAt(0) : 0;
    others.set(code, folded);
  }
  return folded;
}

/** What each code unit folds to when it folds to exactly one unit; 0 when it does not. */
function foldTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(TABLE_SIZE);
  for (let unit = 1; unit < TABLE_SIZE; unit++) {
    const folded = foldVietnamese(String.fromCharCode(unit));
    if (folded.length === 1) table[unit] = folded.charCodeAt(0);
  }
  return table;
}

const CHUNK = 8192;

/**
 * foldVietnamese one code unit at a time through a table: several times faster than
 * lower-casing, decomposing and stripping marks, which is what lets the text store keep only
 * the original text and fold it when a phrase is checked. Returns null when some unit does not
 * fold on its own to one unit (a combining mark, half of an emoji), and callers
 * store the folded text instead; they also compare the result with foldVietnamese once, at
 * write time, so a context-dependent case rule can never make the two differ.
 */
export function fastFold(text: string): string | null {
  const map = foldTable();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_SIZE ? map[code]! : foldOther(code);
    if (folded === 0 && code !== 0) return null;
    units[i] = folded;
  }
  let out = '';
  for (let start = 0; start < units.length; start += CHUNK)
    out += String.fromCharCode.apply(
      null,
      units.subarray(start, start + CHUNK) as unknown as number[],
    );
  return out;
}

/**
 * fastFold straight from UTF-8 bytes for phrase checks (decoding the text into a JS string
 * first would cost more than the fold), one byte per folded unit: a folded Vietnamese text is ASCII
 * but for its punctuation (“ ” – …), and a phrase check treats every non-word character alike,
 * so those read as spaces and the text becomes a Latin-1 string, built natively, without the
 * two-byte array and the argument lists of String.fromCharCode (folding was most of a phrase
 * check's time). Null where fastFold is, for 4-byte sequences or malformed bytes, and when a
 * word character is beyond Latin-1 (Cyrillic, CJK): the caller folds the usual way.
 */
export function foldUtf8ForPhrases(bytes: Uint8Array): string | null {
  const map = foldTable();
  const out = Buffer.allocUnsafe(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length;) {
    const b0 = bytes[i]!;
    let code: number;
    if (b0 < 0x80) {
      code = b0;
      i += 1;
    } else if (b0 >= 0xc2 && b0 < 0xe0 && i + 1 < bytes.length) {
      code = ((b0 & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if (b0 >= 0xe0 && b0 < 0xf0 && i + 2 < bytes.length) {
      code = ((b0 & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else return null;
    let folded = code < TABLE_SIZE ? map[code]! : foldOther(code);
    if (folded === 0 && code !== 0) return null;
    if (folded > 0xff) {
      if (isWordUnit(folded)) return null;
      folded = 0x20;
    }
    out[n++] = folded;
  }
  return out.toString('latin1', 0, n);
}
