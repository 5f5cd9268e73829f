import { foldVietnamese } from '../../../shared/text/vietnamese';

/** Latin, Latin Extended and the Vietnamese block: where the text the store keeps lives. */
const TABLE_SIZE = 0x1f00;
let table: Uint16Array | null = null;

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
 * fold on its own to one unit (a combining mark, a character outside the table), and callers
 * store the folded text instead; they also compare the result with foldVietnamese once, at
 * write time, so a context-dependent case rule can never make the two differ.
 */
export function fastFold(text: string): string | null {
  const map = foldTable();
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = code < TABLE_SIZE ? map[code]! : 0;
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
