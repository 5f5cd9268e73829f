import { errorCode } from './fs-like';

/** Windows antivirus scanners and the search indexer hold files briefly; these clear on retry. */
const TRANSIENT = new Set(['EPERM', 'EBUSY', 'EACCES']);
const DELAYS_MS = [10, 25, 50, 100, 200, 400, 800];

export function isTransientFsError(error: unknown): boolean {
  return TRANSIENT.has(errorCode(error) ?? '');
}

/** Runs `op`, retrying transient lock errors with growing pauses (about 1.6 s in total). */
export async function withFsRetry<T>(op: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      if (!isTransientFsError(error) || attempt >= DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, DELAYS_MS[attempt]));
    }
  }
}
