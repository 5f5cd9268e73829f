import { DocTable } from './doc-table';
import { FrozenPostings, VARIANT_BITS, variantBit, type PostingList } from './postings';
import { SearchIndex } from './search-index';
import { Yielder } from './yielder';

/** New doc numbers for the live articles, in the old order (so lists stay sorted); -1 for dead ones. */
function renumber(old: DocTable): { remap: Int32Array; docs: DocTable } {
  const remap = new Int32Array(old.size).fill(-1);
  const docs = new DocTable();
  for (let docNo = 0; docNo < old.size; docNo++) {
    if (old.dead[docNo]) continue;
    const id = old.ids[docNo]!;
    const next = docs.append(id, old.fingerprints[docNo]!, null);
    docs.dates[next] = old.dates[docNo]!;
    remap[docNo] = next;
  }
  return { remap, docs };
}

/** Rewrites a variant mask from one list's key order to the merged order. */
function remapMask(mask: number, from: readonly string[], to: Map<string, number>): number {
  if (from.length === 0) return mask;
  let out = 0;
  for (let k = 0; k < Math.min(from.length, VARIANT_BITS); k++) {
    if (mask & variantBit(k)) out |= variantBit(to.get(from[k]!) ?? VARIANT_BITS - 1);
  }
  return out;
}

type Packed = { docs: Uint32Array; info: Uint8Array; variants: Uint16Array; used: number };

function copyList(list: PostingList, remap: Int32Array, keys: Map<string, number>, sameKeys: boolean, out: Packed): void {
  for (let i = 0; i < list.docs.length; i++) {
    const next = remap[list.docs[i]!]!;
    if (next < 0) continue;
    out.docs[out.used] = next;
    out.info[out.used] = list.info[i]!;
    out.variants[out.used] = sameKeys ? list.variants[i]! : remapMask(list.variants[i]!, list.variantKeys, keys);
    out.used++;
  }
}

/**
 * Folds the delta into a new packed base and drops dead articles. Runs in slices so the event
 * loop keeps serving queries while 100,000 articles' postings are copied.
 */
export async function compact(index: SearchIndex, signal?: AbortSignal): Promise<SearchIndex> {
  const { remap, docs } = renumber(index.docs);
  const terms = [...new Set([...index.base.terms, ...index.delta.terms])].sort();
  const upperBound = index.base.postingCount + index.delta.postingCount;
  const out: Packed = {
    docs: new Uint32Array(upperBound),
    info: new Uint8Array(upperBound),
    variants: new Uint16Array(upperBound),
    used: 0,
  };
  const offsets = new Uint32Array(terms.length + 1);
  const keptTerms: string[] = [];
  const variantKeys: string[][] = [];
  const yielder = new Yielder(signal);
  for (const term of terms) {
    const start = out.used;
    const baseList = index.base.lookup(term);
    const deltaList = index.delta.lookup(term);
    const merged = [...(baseList?.variantKeys ?? [])];
    for (const key of deltaList?.variantKeys ?? []) if (!merged.includes(key)) merged.push(key);
    const keyIndex = new Map(merged.map((key, k) => [key, k]));
    if (baseList) copyList(baseList, remap, keyIndex, true, out);
    if (deltaList) copyList(deltaList, remap, keyIndex, false, out);
    if (out.used > start) {
      offsets[keptTerms.length] = start;
      keptTerms.push(term);
      variantKeys.push(merged);
      offsets[keptTerms.length] = out.used;
    }
    await yielder.maybeYield();
  }
  const base = new FrozenPostings(
    keptTerms,
    variantKeys,
    offsets.slice(0, keptTerms.length + 1),
    out.docs.slice(0, out.used),
    out.info.slice(0, out.used),
    out.variants.slice(0, out.used),
  );
  return new SearchIndex(docs, base);
}
