import { createHash } from 'node:crypto';

const EMPTY = 0;

/**
 * The names an export has used, kept as 64-bit hashes in two typed arrays (open addressing,
 * at most half full): 16 bytes a name instead of ~120 for a Set of strings, and nothing for
 * the garbage collector to walk — 3.2 MB for 200,000 names, the most the IPC lets through.
 * It still grows with the count: a name must be remembered to be refused again.
 * A false "seen" (two names with the same 64-bit hash: odds ~1e-9 at 200,000) would cost a page
 * an extra "-2" in its name, or leave one photo out as if already written; never a name twice.
 */
export class HashedNameSet {
  private high = new Uint32Array(1024);
  private low = new Uint32Array(1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  has(name: string): boolean {
    const [high, low] = hash(name);
    return this.slot(high, low).found;
  }

  add(name: string): this {
    const [high, low] = hash(name);
    const { index, found } = this.slot(high, low);
    if (found) return this;
    this.high[index] = high;
    this.low[index] = low;
    this.used++;
    if (this.used * 2 > this.high.length) this.grow();
    return this;
  }

  private slot(high: number, low: number): { index: number; found: boolean } {
    const mask = this.high.length - 1;
    for (let index = low & mask; ; index = (index + 1) & mask) {
      if (this.high[index] === EMPTY && this.low[index] === EMPTY) return { index, found: false };
      if (this.high[index] === high && this.low[index] === low) return { index, found: true };
    }
  }

  private grow(): void {
    const high = this.high;
    const low = this.low;
    this.high = new Uint32Array(high.length * 2);
    this.low = new Uint32Array(low.length * 2);
    for (let i = 0; i < high.length; i++) {
      if (high[i] === EMPTY && low[i] === EMPTY) continue;
      const { index } = this.slot(high[i]!, low[i]!);
      this.high[index] = high[i]!;
      this.low[index] = low[i]!;
    }
  }
}

/** 64 bits of the name's SHA-1, never 0/0 (the empty slot). */
function hash(name: string): [number, number] {
  const digest = createHash('sha1').update(name).digest();
  const high = digest.readUInt32LE(0);
  const low = digest.readUInt32LE(4);
  return high === EMPTY && low === EMPTY ? [0, 1] : [high, low];
}
