import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';
import { formatMb, LIMITS } from './limits';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Checks a .docx before mammoth (which unpacks everything in memory) sees it: it must be a zip,
 * hold word/document.xml, and unpack to a sane size. Declared sizes can lie, so every entry is
 * also inflated here with yauzl, which stops as soon as an entry yields more than it declared.
 */
export async function assertSafeDocx(bytes: Buffer, fileName: string): Promise<void> {
  if (bytes.length < 4 || ZIP_MAGIC.some((byte, i) => bytes[i] !== byte)) {
    throw new AppError('unsupported-file', `${fileName}: not a Word (.docx) file`);
  }
  const zip = await openZip(bytes, fileName);
  try {
    let total = 0;
    let hasDocument = false;
    for await (const entry of entries(zip)) {
      total += entry.uncompressedSize;
      if (entry.fileName === 'word/document.xml') hasDocument = true;
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (
        total > LIMITS.docxUnpackedBytes ||
        (entry.uncompressedSize > 1024 * 1024 && ratio > LIMITS.docxMaxRatio)
      ) {
        throw new AppError(
          'unsafe-archive',
          `${fileName}: ${entry.fileName} → ${formatMb(entry.uncompressedSize)}`,
        );
      }
      if (!entry.fileName.endsWith('/')) await drain(zip, entry, fileName);
    }
    if (!hasDocument)
      throw new AppError('unsupported-file', `${fileName}: a zip, but not a Word document`);
  } finally {
    zip.close();
  }
}

function openZip(bytes: Buffer, fileName: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => {
        if (error || !zip)
          reject(
            new AppError('unsupported-file', `${fileName}: ${error?.message ?? 'unreadable zip'}`),
          );
        else resolve(zip);
      },
    );
  });
}

async function* entries(zip: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (entry: yauzl.Entry) => done(() => resolve(entry));
      const onEnd = () => done(() => resolve(null));
      const onError = (error: Error) =>
        done(() => reject(new AppError('unsupported-file', error.message)));
      const done = (then: () => void) => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        then();
      };
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

function drain(zip: yauzl.ZipFile, entry: yauzl.Entry, fileName: string): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream)
        return reject(
          new AppError('unsupported-file', `${fileName}: ${error?.message ?? entry.fileName}`),
        );
      stream.on('error', (streamError) =>
        reject(new AppError('unsafe-archive', `${fileName}: ${streamError.message}`)),
      );
      stream.on('end', () => resolve());
      stream.resume();
    });
  });
}
