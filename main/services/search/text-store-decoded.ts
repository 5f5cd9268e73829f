/** Decoded records kept: search-as-you-type shows mostly the same top articles keystroke after keystroke. */
const CAPACITY = 256;

/** One record decoded: the text for snippets and its folded body + captions for phrase checks. */
export type DecodedRecord = { hash: string; text: string; folded: string };

/** The most recently decoded records (bounded), by article id; an entry holds for its content hash only. */
export class DecodedRecords {
  private readonly records = new Map<string, DecodedRecord>();

  /** The record decoded for this content, if kept; `touch` marks it as just used. */
  get(id: string, hash: string, touch = false): DecodedRecord | undefined {
    const record = this.records.get(id);
    if (!record || record.hash !== hash) return undefined;
    if (touch) {
      this.records.delete(id);
      this.records.set(id, record);
    }
    return record;
  }

  keep(id: string, record: DecodedRecord): void {
    this.records.delete(id);
    this.records.set(id, record);
    if (this.records.size > CAPACITY) this.records.delete(this.records.keys().next().value!);
  }

  clear(): void {
    this.records.clear();
  }
}
