import { foldUtf8ForPhrases } from './fast-fold';

/**
 * A one-byte code for Vietnamese text, as VISCII did: ASCII stays itself and the 134 precomposed
 * Vietnamese letters and the usual punctuation (“ ” – …) take the upper half and the control
 * codes text never uses. In UTF-8 most marked letters take three bytes; here every character of
 * a Vietnamese text takes one, which makes the text a quarter smaller before deflate and lets
 * deflate find a quarter more of it in its window, and a phrase check folds it through one
 * 256-entry table. Any other character is written as ESCAPE and its UTF-8 bytes (lone surrogates
 * as three bytes, so every JS string round-trips exactly). Changing the alphabet changes what
 * the store holds: bump its version with it.
 */
const ESCAPE = 0x00;

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PUNCTUATION = '“”‘’–—…•°«»·\u00a0²³½¼×±§‰';

function alphabet(): string[] {
  const lower = ['đ'];
  for (const vowel of VOWELS)
    for (const tone of TONES) {
      const letter = (vowel + tone).normalize('NFC');
      if (letter.charCodeAt(0) >= 0x80) lower.push(letter);
    }
  return [...lower, ...lower.map((letter) => letter.toUpperCase()), ...PUNCTUATION];
}

/** Byte → character (UTF-16 unit); 0 for the escape byte. */
const DECODE = new Uint16Array(256);
/** Character (below ENCODE_SIZE) → byte; 0 where it is escaped. */
const ENCODE_SIZE = 0x2100;
const ENCODE = new Uint8Array(ENCODE_SIZE);
(() => {
  const slots: number[] = [];
  for (let b = 0x01; b < 0x20; b++) if (b !== 0x09 && b !== 0x0a && b !== 0x0d) slots.push(b);
  for (let b = 0x80; b <= 0xff; b++) slots.push(b);
  for (let b = 0x20; b < 0x7f; b++) DECODE[b] = b;
  for (const b of [0x09, 0x0a, 0x0d, 0x7f]) DECODE[b] = b;
  alphabet().forEach((char, i) => (DECODE[slots[i]!] = char.charCodeAt(0)));
  for (let b = 1; b < 256; b++) if (DECODE[b]) ENCODE[DECODE[b]!] = b;
})();

function utf8Length(lead: number): number {
  return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

/** The text in the one-byte code. */
export function encodeText(text: string): Buffer {
  const out = Buffer.allocUnsafe(text.length * 4 + 1);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const byte = unit < ENCODE_SIZE ? ENCODE[unit]! : 0;
    if (byte !== 0) {
      out[n++] = byte;
      continue;
    }
    let code = unit;
    const low = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
      code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
      i++;
    }
    out[n++] = ESCAPE;
    if (code < 0x80) out[n++] = code;
    else if (code < 0x800) {
      out[n++] = 0xc0 | (code >> 6);
      out[n++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[n++] = 0xe0 | (code >> 12);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    } else {
      out[n++] = 0xf0 | (code >> 18);
      out[n++] = 0x80 | ((code >> 12) & 0x3f);
      out[n++] = 0x80 | ((code >> 6) & 0x3f);
      out[n++] = 0x80 | (code & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/** Decoded units, reused: the string made from them is a copy. */
let decodeScratch = new Uint16Array(1 << 14);

/** The text back from its one-byte code; throws on a truncated escape (a damaged record). */
export function decodeText(bytes: Uint8Array): string {
  if (decodeScratch.length < bytes.length)
    decodeScratch = new Uint16Array(Math.max(bytes.length, decodeScratch.length * 2));
  const units = decodeScratch;
  let n = 0;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i++]!;
    if (byte !== ESCAPE) {
      units[n++] = DECODE[byte]!;
      continue;
    }
    const lead = bytes[i]!;
    const length = utf8Length(lead);
    if (i + length > bytes.length) throw new Error('truncated escape');
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) code = (code << 6) | (bytes[i + k]! & 0x3f);
    i += length;
    if (code >= 0x10000) {
      code -= 0x10000;
      units[n++] = 0xd800 + (code >> 10);
      units[n++] = 0xdc00 + (code & 0x3ff);
    } else units[n++] = code;
  }
  return Buffer.from(units.buffer, units.byteOffset, n * 2).toString('utf16le');
}

/** Byte → its folded byte for phrase checks (as foldUtf8ForPhrases folds that character); -1: fold it the slow way. */
const PHRASE_FOLD = (() => {
  const table = new Int16Array(256).fill(-1);
  for (let b = 1; b < 256; b++) {
    if (!DECODE[b]) continue;
    const folded = foldUtf8ForPhrases(Buffer.from(String.fromCharCode(DECODE[b]!), 'utf8'));
    if (folded !== null && folded.length === 1) table[b] = folded.charCodeAt(0);
  }
  return table;
})();

/** The fold's output, reused: a phrase check folds hundreds of bodies, each read once into a string. */
let foldScratch = Buffer.allocUnsafe(1 << 14);

/**
 * foldUtf8ForPhrases for text in the one-byte code: one table look-up a byte, the escaped
 * characters folded from their UTF-8. Null where foldUtf8ForPhrases is null: the caller folds
 * the decoded text the usual way.
 */
export function foldEncodedForPhrases(bytes: Uint8Array): string | null {
  if (foldScratch.length < bytes.length)
    foldScratch = Buffer.allocUnsafe(Math.max(bytes.length, foldScratch.length * 2));
  const out = foldScratch;
  let n = 0;
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i++]!;
    const folded = PHRASE_FOLD[byte]!;
    if (folded >= 0) {
      out[n++] = folded;
      continue;
    }
    if (byte !== ESCAPE || i >= bytes.length) return null;
    const length = utf8Length(bytes[i]!);
    const char = foldUtf8ForPhrases(bytes.subarray(i, i + length));
    if (char === null || char.length !== 1) return null;
    out[n++] = char.charCodeAt(0);
    i += length;
  }
  return out.toString('latin1', 0, n);
}
