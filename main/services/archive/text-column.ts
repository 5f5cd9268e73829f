import { isAscii } from 'node:buffer';

/**
 * A long text column of catalog.jsonl (titles, leads, source addresses, content hashes) read
 * with its characters outside the V8 heap. At 100,000 articles those columns were 45 of the
 * 74 MB the catalogue held on the heap, and V8 lets its old generation grow to about twice what
 * is live before it collects, so every live megabyte there raised the top of the saw-tooth the
 * process's memory follows while searches run.
 *
 * The line is copied into strings Node makes external (characters in native memory: Node does
 * so for a string decoded from a Buffer of at least EXTERNAL_MIN_CHARS characters), and each
 * value becomes a slice of one: V8 keeps a slice of 13 characters or more as a 32-byte pointer
 * into its parent instead of a copy. A line our writer wrote without an escape (the usual case)
 * needs no JSON.parse: its values are exactly the text between the quotes. Anything else, and a
 * column too short to be made external, is parsed as before.
 */

/** Node's src/string_bytes.cc (EXTERN_APEX): a decoded string this long or longer is external. */
export const EXTERNAL_MIN_CHARS = 0xfbee9;

const QUOTE = 0x22;
const COMMA = 0x2c;
/** A backslash (an escape) or a control character: JSON.parse's business. */
// eslint-disable-next-line no-control-regex -- raw control characters are what JSON refuses
const NOT_PLAIN = /[\u0000-\u001f\\]/;

/**
 * Where each value of `["…","…",null,…]` starts and ends in `line` (-1, -1 for null), or null
 * when the line is not exactly that: any other JSON (spaces, numbers, a cut) goes to JSON.parse.
 */
function valueBounds(line: string): Int32Array | null {
  if (line.charCodeAt(0) !== 0x5b || line.charCodeAt(line.length - 1) !== 0x5d) return null;
  const bounds: number[] = [];
  let at = 1;
  if (line.length === 2) return new Int32Array(0);
  for (;;) {
    if (line.charCodeAt(at) === QUOTE) {
      const end = line.indexOf('"', at + 1);
      if (end === -1) return null;
      bounds.push(at + 1, end);
      at = end + 1;
    } else if (line.startsWith('null', at)) {
      bounds.push(-1, -1);
      at += 4;
    } else return null;
    if (at === line.length - 1) return Int32Array.from(bounds);
    if (line.charCodeAt(at) !== COMMA) return null;
    at++;
  }
}

/** True when a character of the UTF-16LE text in utf16[0, bytes) is beyond Latin-1. */
function beyondLatin1(utf16: Buffer, bytes: number): boolean {
  for (let i = 1; i < bytes; i += 2) if (utf16[i] !== 0) return true;
  return false;
}

/**
 * `text` copied into an external string (Latin-1 when it fits, else UTF-16) through `scratch`.
 * Tested on the bytes, not with a RegExp: a match would keep its subject, a slice of the whole
 * decoded line, alive as the context's last match.
 */
function external(text: string, scratch: { buffer: Buffer }): string {
  const bytes = text.length * 2;
  if (scratch.buffer.length < bytes) scratch.buffer = Buffer.allocUnsafeSlow(bytes);
  scratch.buffer.write(text, 0, 'utf16le');
  if (beyondLatin1(scratch.buffer, bytes)) return scratch.buffer.toString('utf16le', 0, bytes);
  scratch.buffer.write(text, 0, 'latin1');
  return scratch.buffer.toString('latin1', 0, text.length);
}

/**
 * The values of a line of UTF-8 text: runs of at least EXTERNAL_MIN_CHARS characters (the last
 * run takes the rest) are copied out one at a time through one small buffer, so opening never
 * holds a second copy of a whole column. Null when the text is too short to be made external.
 */
function slicedFromRuns(line: string, bounds: Int32Array): (string | null)[] | null {
  const count = bounds.length / 2;
  let lastEnd = 0;
  for (let v = count - 1; v >= 0 && lastEnd === 0; v--) lastEnd = Math.max(0, bounds[2 * v + 1]!);
  if (lastEnd < EXTERNAL_MIN_CHARS) return null;
  const values = new Array<string | null>(count);
  const scratch = { buffer: Buffer.alloc(0) };
  for (let first = 0, runStart = 0; first < count;) {
    let last = first;
    let runEnd = runStart;
    for (; last < count && runEnd - runStart < EXTERNAL_MIN_CHARS; last++)
      if (bounds[2 * last]! >= 0) runEnd = bounds[2 * last + 1]!;
    // A rest too short to be external joins this run rather than stay on the heap.
    if (lastEnd - runEnd < EXTERNAL_MIN_CHARS) {
      last = count;
      runEnd = lastEnd;
    }
    const parent = external(line.slice(runStart, runEnd), scratch);
    for (let v = first; v < last; v++) {
      const start = bounds[2 * v]!;
      values[v] = start < 0 ? null : parent.slice(start - runStart, bounds[2 * v + 1]! - runStart);
    }
    first = last;
    runStart = runEnd;
  }
  return values;
}

/**
 * The values of the column line buffer[start, end): read as described above, or `parse`d from
 * its text when it is anything else (escapes, other JSON, damage) or too short to gain.
 */
export function readTextColumn(
  buffer: Buffer,
  start: number,
  end: number,
  parse: (text: string) => unknown,
): unknown {
  if (end - start < EXTERNAL_MIN_CHARS) return parse(buffer.toString('utf8', start, end));
  // Pure ASCII is its own UTF-8: one copy straight from the file into an external string.
  if (isAscii(buffer.subarray(start, end))) {
    const ascii = buffer.toString('latin1', start, end);
    const bounds = NOT_PLAIN.test(ascii) ? null : valueBounds(ascii);
    if (!bounds) return parse(ascii);
    const values = new Array<string | null>(bounds.length / 2);
    for (let v = 0; v < values.length; v++)
      values[v] = bounds[2 * v]! < 0 ? null : ascii.slice(bounds[2 * v], bounds[2 * v + 1]);
    return values;
  }
  const line = buffer.toString('utf8', start, end);
  const bounds = NOT_PLAIN.test(line) ? null : valueBounds(line);
  return (bounds && slicedFromRuns(line, bounds)) ?? parse(line);
}
