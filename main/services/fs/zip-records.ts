import { AppError } from '../../../shared/errors';

/**
 * The fixed records of a zip file (PKWARE APPNOTE 6.3: 4.3.7 local header, 4.3.12 central
 * header, 4.3.14–16 zip64 end records, 4.5.3 zip64 extra field), as bytes. Pure: the writer in
 * zip-file-writer.ts decides when each is written.
 */

/** A 2-byte or 4-byte field at its maximum means "the real value is in the zip64 record". */
export const MAX_16 = 0xffff;
export const MAX_32 = 0xffffffff;

const LOCAL_SIGNATURE = 0x04034b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const END_SIGNATURE = 0x06054b50;
/** Bit 11: the name is UTF-8 (Vietnamese titles, not CP437). */
const FLAG_UTF8 = 0x0800;
const VERSION_DEFLATE = 20;
const VERSION_ZIP64 = 45;
/** Made by Unix, so readers take the mode below as a plain file's permissions. */
const MADE_BY = (3 << 8) | VERSION_ZIP64;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0;

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;

export const LOCAL_HEADER_SIZE = 30;
/** Where crc-32, compressed and uncompressed size sit in a local header (patched after the data). */
export const LOCAL_CRC_OFFSET = 14;

export type EntryRecord = {
  name: Buffer;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
};

export type DosTime = { time: number; date: number };

/** MS-DOS date and time in local time, as zip tools show them; years before 1980 do not exist there. */
export function dosTime(date: Date): DosTime {
  const year = Math.max(1980, Math.min(2107, date.getFullYear()));
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/** Names come from our own code; this keeps a bug there from writing an entry that escapes. */
export function entryName(name: string): Buffer {
  const parts = name.split('/');
  if (!name || name.startsWith('/') || name.includes('\\') || parts.includes('..'))
    throw new Error(`zip entry name not allowed: ${name}`);
  const bytes = Buffer.from(name, 'utf8');
  if (bytes.length > 0xffff) throw new Error(`zip entry name too long: ${name.slice(0, 80)}`);
  return bytes;
}

export function tooLarge(name: string): AppError {
  return new AppError('file-too-large', `${name}: 4 GiB or more in one zip entry`);
}

/** The local header; crc and sizes may be zero here and patched in place once the data is written. */
export function localHeader(entry: EntryRecord, when: DosTime): Buffer {
  const header = Buffer.alloc(LOCAL_HEADER_SIZE + entry.name.length);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(VERSION_DEFLATE, 4);
  header.writeUInt16LE(FLAG_UTF8, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(when.time, 10);
  header.writeUInt16LE(when.date, 12);
  writeSizes(header, LOCAL_CRC_OFFSET, entry);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  entry.name.copy(header, LOCAL_HEADER_SIZE);
  return header;
}

/** crc-32, compressed size, size: 12 bytes, as both headers hold them. */
export function writeSizes(target: Buffer, at: number, entry: EntryRecord): Buffer {
  target.writeUInt32LE(entry.crc >>> 0, at);
  target.writeUInt32LE(entry.compressedSize, at + 4);
  target.writeUInt32LE(entry.size, at + 8);
  return target;
}

/** The central header; an offset past 4 GiB goes into a zip64 extra field. */
export function centralRecord(entry: EntryRecord, when: DosTime): Buffer {
  const zip64 = entry.offset >= MAX_32;
  const extra = zip64 ? 12 : 0;
  const record = Buffer.alloc(46 + entry.name.length + extra);
  record.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  record.writeUInt16LE(MADE_BY, 4);
  record.writeUInt16LE(zip64 ? VERSION_ZIP64 : VERSION_DEFLATE, 6);
  record.writeUInt16LE(FLAG_UTF8, 8);
  record.writeUInt16LE(entry.method, 10);
  record.writeUInt16LE(when.time, 12);
  record.writeUInt16LE(when.date, 14);
  writeSizes(record, 16, entry);
  record.writeUInt16LE(entry.name.length, 28);
  record.writeUInt16LE(extra, 30);
  // 32 comment length, 34 disk, 36 internal attributes: all zero.
  record.writeUInt32LE(REGULAR_FILE_644, 38);
  record.writeUInt32LE(zip64 ? MAX_32 : entry.offset, 42);
  entry.name.copy(record, 46);
  if (zip64) {
    const at = 46 + entry.name.length;
    record.writeUInt16LE(0x0001, at);
    record.writeUInt16LE(8, at + 2);
    record.writeBigUInt64LE(BigInt(entry.offset), at + 4);
  }
  return record;
}

export type Directory = { count: number; size: number; offset: number };

/** Past 65,534 entries or 4 GiB of offset the classic end record cannot say where things are. */
export function needsZip64(directory: Directory): boolean {
  return directory.count >= MAX_16 || directory.offset >= MAX_32 || directory.size >= MAX_32;
}

/** What follows the central directory: zip64 end record and locator when needed, then the end record. */
export function endRecords(directory: Directory): Buffer {
  const zip64 = needsZip64(directory);
  const parts: Buffer[] = [];
  if (zip64) {
    const at = directory.offset + directory.size;
    const record = Buffer.alloc(56);
    record.writeUInt32LE(ZIP64_END_SIGNATURE, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(MADE_BY, 12);
    record.writeUInt16LE(VERSION_ZIP64, 14);
    // 16 this disk, 20 the directory's disk: zero.
    record.writeBigUInt64LE(BigInt(directory.count), 24);
    record.writeBigUInt64LE(BigInt(directory.count), 32);
    record.writeBigUInt64LE(BigInt(directory.size), 40);
    record.writeBigUInt64LE(BigInt(directory.offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(ZIP64_LOCATOR_SIGNATURE, 0);
    locator.writeBigUInt64LE(BigInt(at), 8);
    locator.writeUInt32LE(1, 16);
    parts.push(record, locator);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_SIGNATURE, 0);
  // A field too small for its value says "see the zip64 record" by holding its maximum.
  const count = Math.min(directory.count, MAX_16);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(Math.min(directory.size, MAX_32), 12);
  end.writeUInt32LE(Math.min(directory.offset, MAX_32), 16);
  parts.push(end);
  return Buffer.concat(parts);
}
