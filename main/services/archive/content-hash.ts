import { createHash } from 'node:crypto';

/** Normalizes what two copies of one article differ in (Unicode form, spacing, case) before hashing. */
export function contentHash(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
  return createHash('sha256').update(normalized, 'utf8').digest('hex');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
