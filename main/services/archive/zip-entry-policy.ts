import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

const GB = 1024 * 1024 * 1024;

/** What an exported archive may unpack to. 100,000 articles with their images stay well below. */
export const ARCHIVE_ZIP_LIMITS = {
  unpackedBytes: 8 * GB,
  entries: 1_000_000,
  /** An entry over 1 MB may not unpack to more than this many times its packed size. */
  maxRatio: 200,
} as const;

/** Names Windows reserves for devices, in any folder and with any extension ("NUL.txt"). */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const MADE_BY_UNIX = 3;

/** Why an entry's name is unsafe to write under a folder, on Windows or Linux; null when it is fine. */
export function unsafeNameReason(name: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f]/.test(name)) return 'ký tự điều khiển / control characters in the name';
  const slashed = name.replace(/\\/g, '/');
  if (slashed.startsWith('/')) return 'đường dẫn tuyệt đối / absolute path';
  if (/^[a-zA-Z]:/.test(slashed)) return 'ổ đĩa / drive letter';
  // Empty segments ("items/", "a//b") pass every check below, so none is filtered out.
  const segments = slashed.split('/');
  if (segments.some((segment) => segment === '..'))
    return 'đường dẫn ra ngoài thư mục / ".." leaves the folder';
  for (const segment of segments) {
    if (segment.includes(':')) return 'dấu ":" trong tên / ":" in a name (Windows streams)';
    const base = segment.split('.')[0]!.trimEnd();
    if (DEVICE_NAME.test(base)) return `tên thiết bị / device name "${segment}"`;
    if (/[ .]$/.test(segment) && segment !== '.')
      return 'tên kết thúc bằng dấu chấm hoặc khoảng trắng / name ends in a dot or space';
  }
  return null;
}

/** Why the entry's file type is unsafe (a symlink, a device, a pipe); null for files and folders. */
export function unsafeTypeReason(entry: {
  versionMadeBy: number;
  externalFileAttributes: number;
}): string | null {
  if (entry.versionMadeBy >>> 8 !== MADE_BY_UNIX) return null;
  const type = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (type === 0 || type === S_IFREG || type === S_IFDIR) return null;
  return type === 0o120000 ? 'liên kết tượng trưng / symbolic link' : 'tệp đặc biệt / special file';
}

/**
 * Reads a zip's central directory, no data, and refuses it whole if any entry is unsafe: a
 * path that escapes (absolute, drive letter, ".."), a symlink or device, a reserved Windows
 * name, a name twice, or sizes that betray a zip bomb. Called before anything is unpacked, so
 * a refused zip writes nothing at all.
 */
export async function assertSafeArchiveZip(zipPath: string, shownName: string): Promise<number> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true, decodeStrings: false }, (error, opened) =>
      error || !opened
        ? reject(new AppError('unsupported-file', `${shownName}: ${error?.message ?? 'not a zip'}`))
        : resolve(opened),
    ),
  );
  const refuse = (entryName: string, reason: string) =>
    new AppError('unsafe-archive', `${shownName}: "${entryName}" — ${reason}`);
  try {
    if (zip.entryCount > ARCHIVE_ZIP_LIMITS.entries)
      throw refuse('*', `${zip.entryCount} mục / entries`);
    const seen = new Set<string>();
    let total = 0;
    let count = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (error: Error) => reject(new AppError('unsupported-file', error.message)));
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        const raw = entry.fileName as unknown as Buffer;
        const name = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          raw,
          entry.extraFields,
          true,
        );
        const shown = name.slice(0, 200);
        const reason = unsafeNameReason(name) ?? unsafeTypeReason(entry);
        if (reason) return reject(refuse(shown, reason));
        const key = name.replace(/\\/g, '/').replace(/\/+$/, '').normalize('NFC').toLowerCase();
        if (seen.has(key)) return reject(refuse(shown, 'tên trùng / the same name twice'));
        seen.add(key);
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (entry.uncompressedSize > 1024 * 1024 && ratio > ARCHIVE_ZIP_LIMITS.maxRatio)
          return reject(
            refuse(shown, `nén ${Math.round(ratio)} lần / packed ${Math.round(ratio)}×`),
          );
        if (total > ARCHIVE_ZIP_LIMITS.unpackedBytes)
          return reject(refuse(shown, 'giải nén quá lớn / unpacks too large'));
        count++;
        zip.readEntry();
      });
      zip.readEntry();
    });
    return count;
  } finally {
    zip.close();
  }
}
