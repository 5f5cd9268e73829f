import { AppError } from '../../../shared/errors';
import { readImageInfo } from './image-info';

/** The largest image a report takes; bigger ones are refused with their size and this limit. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

export type MediaSink = { store(bytes: Uint8Array, ext: string): Promise<string> };
export type StoredImage = { src: string; width: number | null; height: number | null };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checks an image by its bytes (size, then magic numbers) and stores it once by content hash. */
export async function putImage(
  sink: MediaSink,
  name: string,
  bytes: Uint8Array,
): Promise<StoredImage> {
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new AppError(
      'image-too-large',
      `${name}: ${megabytes(bytes.length)}; the limit is ${megabytes(MAX_IMAGE_BYTES)}`,
    );
  const info = readImageInfo(bytes);
  if (!info) throw new AppError('not-an-image', name);
  const src = await sink.store(bytes, info.ext);
  return { src, width: info.width, height: info.height };
}

/** Base64 from the renderer; the size is checked from the length before anything is decoded. */
export function decodeBase64Image(name: string, base64: string): Uint8Array {
  const estimate = Math.floor((base64.length * 3) / 4);
  if (estimate > MAX_IMAGE_BYTES + 3)
    throw new AppError(
      'image-too-large',
      `${name}: ${megabytes(estimate)}; the limit is ${megabytes(MAX_IMAGE_BYTES)}`,
    );
  return Buffer.from(base64, 'base64');
}
