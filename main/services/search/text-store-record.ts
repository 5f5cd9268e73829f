import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';
import type { ArticleBody } from '../../../shared/model';
import { alignedFold, foldVietnamese } from '../../../shared/text/vietnamese';
import { fastFold } from './fast-fold';
import { decodeText, encodeText, foldEncodedForPhrases } from './text-codec';
import type { Entry } from './text-store-table';

const deflate = promisify(deflateRaw);
/** Separates body and captions in the folded copy, so a phrase never spans two fields. */
export const FIELD_BREAK = '\u0001';

/** One article's texts, ready to deflate once the store has its dictionary. */
export type PreparedRecord = {
  text: string;
  captions: string[];
  /** The folded body, kept only when fastFold does not give it back from the text ('' then). */
  foldedBody: string;
  aligned: boolean;
  derived: boolean;
};

/** One record inflated: body and captions in the one-byte code, and the folded body if stored. */
export type InflatedRecord = { body: Buffer; captions: Buffer[]; foldedBody: string };

export function prepareRecord(body: ArticleBody): PreparedRecord {
  const foldedBody = foldVietnamese(body.text);
  const derived = fastFold(body.text) === foldedBody;
  return {
    text: body.text,
    captions: body.captions,
    foldedBody: derived ? '' : foldedBody,
    aligned: alignedFold(body.text, foldedBody) !== null,
    derived,
  };
}

/**
 * Output buffer for inflating `bytes`: about the record's size (a record inflates to ~3.4 times
 * its bytes; a longer one just takes a second chunk). zlib's default, 16 KB a call whatever the
 * record, made each phrase check leave 16 KB of buffer behind: V8 collects those only once
 * 64 MB of them have piled up, and the process kept that high-water mark in its RSS.
 */
const outputChunk = (bytes: number) => Math.min(1 << 16, Math.max(64, bytes * 4));

function writeVarint(out: number[], value: number): void {
  for (; value >= 0x80; value = Math.floor(value / 0x80)) out.push((value & 0x7f) | 0x80);
  out.push(value);
}

/**
 * The record's streams: the body and its captions in the one-byte code, in one stream after
 * their byte lengths (captions share the body's dictionary and context: a second stream of
 * folded captions cost 2 MB at 100,000 articles and a second inflate per phrase check); then,
 * only when the body does not fold back unit for unit, its folded form with the folded dictionary.
 */
export async function deflateRecord(
  record: PreparedRecord,
  dictionary: Buffer,
  folding: Buffer,
): Promise<{ text: Buffer; folded: Buffer }> {
  const parts = [encodeText(record.text), ...record.captions.map(encodeText)];
  const header: number[] = [];
  writeVarint(header, parts.length - 1);
  for (const part of parts) writeVarint(header, part.length);
  const [text, folded] = await Promise.all([
    deflate(Buffer.concat([Buffer.from(header), ...parts]), { dictionary }),
    record.foldedBody === ''
      ? Buffer.alloc(0)
      : deflate(Buffer.from(record.foldedBody, 'utf8'), { dictionary: folding }),
  ]);
  return { text, folded };
}

/** Inflates a record's bytes (`textBytes` of them the first stream); throws when damaged. */
export function inflateRecord(
  bytes: Buffer,
  textBytes: number,
  dictionary: Buffer,
  folding: Buffer,
): InflatedRecord {
  const data = inflateRawSync(bytes.subarray(0, textBytes), {
    dictionary,
    chunkSize: outputChunk(textBytes),
  });
  let at = 0;
  const readVarint = () => {
    let value = 0;
    for (let scale = 1; ; scale *= 0x80) {
      if (at >= data.length) throw new Error('record cut short');
      const byte = data[at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  };
  const count = readVarint() + 1;
  const lengths = Array.from({ length: count }, readVarint);
  const parts = lengths.map((length) => {
    const part = data.subarray(at, at + length);
    at += length;
    return part;
  });
  if (at !== data.length) throw new Error('record lengths do not match');
  const foldedBody =
    bytes.length === textBytes
      ? ''
      : inflateRawSync(bytes.subarray(textBytes), {
          dictionary: folding,
          chunkSize: outputChunk(bytes.length - textBytes),
        }).toString('utf8');
  return { body: parts[0]!, captions: parts.slice(1), foldedBody };
}

/**
 * A record's body (one-byte code) and its folded body + captions; `foldText` folds the body when
 * the record does not store it folded. Null when damaged: the caller reads the article's own file.
 */
export function inflateFolded(
  bytes: Buffer,
  entry: Pick<Entry, 'textBytes' | 'derived'>,
  dictionary: Buffer,
  folding: Buffer,
  foldText: (body: Buffer) => string,
): { text: Buffer; folded: string } | null {
  try {
    const record = inflateRecord(bytes, entry.textBytes, dictionary, folding);
    const body = entry.derived ? foldText(record.body) : record.foldedBody;
    return { text: record.body, folded: body + foldCaptions(record.captions) };
  } catch {
    return null;
  }
}

/** Folded for a phrase check from the one-byte code (a character beyond it: through the text). */
export const foldForPhrases = (bytes: Uint8Array): string =>
  foldEncodedForPhrases(bytes) ?? foldVietnamese(decodeText(bytes));

/** The captions' folded part of the phrase copy: FIELD_BREAK before each. */
export const foldCaptions = (captions: Buffer[]): string =>
  captions.map((caption) => FIELD_BREAK + foldForPhrases(caption)).join('');
