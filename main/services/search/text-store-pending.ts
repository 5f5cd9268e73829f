import type { ArticleMeta } from '../../../shared/model';
import { encodeText } from './text-codec';
import { TRAINED_BYTES, trainDictionary } from './text-dictionary';
import type { PreparedRecord } from './text-store-record';

/**
 * Bodies the dictionary is trained on: the first ones stored wait for it (readers use the archive
 * meanwhile). A full build trains on more (about 1 % off the store at 100,000 articles); a store
 * refilled by the app's main thread trains on fewer, since training blocks that thread (~1 s).
 */
export const TRAIN_SAMPLE = { refill: 512, fullBuild: 1024 } as const;

export type StoredMeta = Pick<ArticleMeta, 'id' | 'contentHash'>;
export type PendingRecord = PreparedRecord & { meta: StoredMeta };

/**
 * The first bodies put into an empty store: records are deflated with a dictionary trained on
 * the archive's own text, so they wait here, in memory, until there are enough to train it.
 */
export class PendingRecords {
  private readonly records = new Map<string, PendingRecord>();

  constructor(private readonly sample: number) {}

  get size(): number {
    return this.records.size;
  }

  has(meta: StoredMeta): boolean {
    return this.records.get(meta.id)?.meta.contentHash === meta.contentHash;
  }

  /** Keeps the record; true when the sample is complete and the dictionary should be trained. */
  add(record: PendingRecord): boolean {
    this.records.set(record.meta.id, record);
    return this.records.size >= this.sample;
  }

  clear(): void {
    this.records.clear();
  }

  /** Trains the dictionary (its last TRAINED_BYTES, in the one-byte code) and hands the records back. */
  train(): { dictionary: Buffer; records: PendingRecord[] } {
    const records = [...this.records.values()];
    this.records.clear();
    const trained = encodeText(trainDictionary(records.map((record) => record.text)));
    const dictionary = Buffer.from(trained.subarray(Math.max(0, trained.length - TRAINED_BYTES)));
    return { dictionary, records };
  }
}
