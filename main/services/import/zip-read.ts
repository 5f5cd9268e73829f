import yauzl from 'yauzl';
import { AppError } from '../../../shared/errors';

/**
 * The entries of a zip (a .docx) whose names `wanted` accepts, inflated in memory. Call it on
 * bytes assertSafeDocx has passed: that check bounds what inflating can cost.
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean = () => true,
): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error | null | undefined, what: string) =>
      reject(new AppError('unsupported-file', `${what}: ${error?.message ?? 'unreadable zip'}`));
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return fail(error, 'zip');
      const out = new Map<string, Buffer>();
      zip.on('error', (zipError: Error) => fail(zipError, 'zip'));
      zip.on('end', () => resolve(out));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/') || !wanted(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(streamError, entry.fileName);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', (e) => fail(e, entry.fileName));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
