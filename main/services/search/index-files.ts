import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeAtomicWith } from '../fs/atomic-write';
import { DocTable } from './doc-table';
import { FrozenPostings, type PackedArrays } from './postings';
import { SearchIndex } from './search-index';

/**
 * Bump when the file layout changes (FORMAT) or when folding/tokenizing changes what words an
 * article yields (NORMALIZATION): either makes a stored index "from another version".
 */
export const INDEX_FORMAT = 5;
export const NORMALIZATION_VERSION = 1;

const ManifestSchema = z.object({
  format: z.number(),
  normalization: z.number(),
  generation: z.string(),
  documents: z.number(),
  terms: z.number(),
  postings: z.number(),
  docBytes: z.number(),
  variantMasks: z.number(),
  builtAt: z.string(),
});
export type IndexManifest = z.infer<typeof ManifestSchema>;

type DocsData = { ids: string[]; fingerprints: number[]; dates: (number | null)[] };
type TermsData = { terms: string[]; variants: string[][] };

/**
 * Shape checks by hand: these files are our own output, and validating 300,000 array elements
 * with zod would cost a good part of the one-second load budget. Lengths are checked against
 * the manifest, which is validated.
 */
function asDocs(value: unknown, documents: number): DocsData {
  const data = value as Partial<DocsData> | null;
  const ok = [data?.ids, data?.fingerprints, data?.dates].every(
    (a) => Array.isArray(a) && a.length === documents,
  );
  if (!ok) throw new Error('docs file does not match the manifest');
  return data as DocsData;
}

function asTerms(value: unknown, terms: number): TermsData {
  const data = value as Partial<TermsData> | null;
  if (
    !Array.isArray(data?.terms) ||
    !Array.isArray(data?.variants) ||
    data.terms.length !== terms ||
    data.variants.length !== terms
  ) {
    throw new Error('terms file does not match the manifest');
  }
  return data as TermsData;
}

export type LoadResult =
  | { kind: 'ok'; index: SearchIndex; manifest: IndexManifest }
  | { kind: 'missing' }
  | { kind: 'other-version'; manifest: IndexManifest }
  | { kind: 'unreadable'; reason: string };

const files = (gen: string) => ({
  docs: `docs-${gen}.json`,
  terms: `terms-${gen}.json`,
  postings: `postings-${gen}.bin`,
  next: `next-${gen}.bin`,
});

/** Writes a packed index (no delta, no dead docs): data files first, the manifest that names them last. */
export async function saveIndex(dir: string, index: SearchIndex): Promise<IndexManifest> {
  await mkdir(dir, { recursive: true });
  const generation = randomUUID().slice(0, 8);
  const names = files(generation);
  const { docs, base } = index;
  const dates = Array.from(docs.dates.subarray(0, docs.size), (m) => (Number.isNaN(m) ? null : m));
  const docsJson = JSON.stringify({
    ids: docs.ids,
    fingerprints: Array.from(docs.fingerprints.subarray(0, docs.size)),
    dates,
  });
  await writeAtomicWith(path.join(dir, names.docs), (write) => write(docsJson));
  await writeAtomicWith(path.join(dir, names.terms), (write) =>
    write(JSON.stringify({ terms: base.terms, variants: base.variantKeys })),
  );
  const { offsets, byteOffsets, variantOffsets, variants, next, docBytes, info } = base.arrays;
  const bytesOf = (array: Uint32Array | Uint16Array | Uint8Array) =>
    new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  await writeAtomicWith(path.join(dir, names.postings), async (write) => {
    // Widest elements first, so every typed view of the loaded bytes stays aligned.
    for (const array of [offsets, byteOffsets, variantOffsets, variants, docBytes, info])
      await write(bytesOf(array));
  });
  // Follower bits in their own file: only phrase queries need them, so startup does not wait for them.
  const followers = next ?? new Uint16Array(info.length).fill(0xffff);
  await writeAtomicWith(path.join(dir, names.next), (write) => write(bytesOf(followers)));
  const manifest: IndexManifest = {
    format: INDEX_FORMAT,
    normalization: NORMALIZATION_VERSION,
    generation,
    documents: docs.size,
    terms: base.termCount,
    postings: base.postingCount,
    docBytes: docBytes.length,
    variantMasks: variants.length,
    builtAt: new Date().toISOString(),
  };
  await writeAtomicWith(path.join(dir, 'manifest.json'), (write) =>
    write(JSON.stringify(manifest, null, 2)),
  );
  await removeOtherGenerations(dir, generation);
  return manifest;
}

async function removeOtherGenerations(dir: string, keep: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (
      /^(docs|terms|postings|next)-[0-9a-f]+\.(json|bin)$/.test(name) &&
      !name.includes(`-${keep}.`)
    ) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}

/** A typed view over bytes read from disk; copies only if the slice is not aligned for its type. */
function view<T>(
  bytes: Buffer,
  offset: number,
  count: number,
  Type: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number },
): T {
  const start = bytes.byteOffset + offset;
  if (start % Type.BYTES_PER_ELEMENT === 0)
    return new Type(bytes.buffer as ArrayBuffer, start, count);
  const copy = bytes.buffer.slice(start, start + count * Type.BYTES_PER_ELEMENT) as ArrayBuffer;
  return new Type(copy, 0, count);
}

async function readManifest(dir: string): Promise<IndexManifest | null> {
  const text = await readFile(path.join(dir, 'manifest.json'), 'utf8').catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
  return text === null ? null : ManifestSchema.parse(JSON.parse(text));
}

export async function loadIndex(dir: string): Promise<LoadResult> {
  try {
    const manifest = await readManifest(dir);
    if (!manifest) return { kind: 'missing' };
    if (manifest.format !== INDEX_FORMAT || manifest.normalization !== NORMALIZATION_VERSION)
      return { kind: 'other-version', manifest };
    const names = files(manifest.generation);
    const docsData = asDocs(
      JSON.parse(await readFile(path.join(dir, names.docs), 'utf8')),
      manifest.documents,
    );
    const termsData = asTerms(
      JSON.parse(await readFile(path.join(dir, names.terms), 'utf8')),
      manifest.terms,
    );
    const bytes = await readFile(path.join(dir, names.postings));
    const t = termsData.terms.length + 1;
    const { postings: p, docBytes: b, variantMasks: v } = manifest;
    const bytesAt = t * 12 + v;
    if (bytes.byteLength !== bytesAt + b + p) {
      return { kind: 'unreadable', reason: 'index files do not match their manifest' };
    }
    const arrays: PackedArrays = {
      offsets: view(bytes, 0, t, Uint32Array),
      byteOffsets: view(bytes, t * 4, t, Uint32Array),
      variantOffsets: view(bytes, t * 8, t, Uint32Array),
      variants: view(bytes, t * 12, v, Uint8Array),
      next: null,
      docBytes: view(bytes, bytesAt, b, Uint8Array),
      info: view(bytes, bytesAt + b, p, Uint8Array),
    };
    const table = DocTable.fromArrays(docsData.ids, docsData.fingerprints, docsData.dates);
    const base = new FrozenPostings(termsData.terms, termsData.variants, arrays);
    return { kind: 'ok', index: new SearchIndex(table, base), manifest };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Reads the follower bits of a loaded index (see saveIndex); null when missing or the wrong size. */
export async function loadFollowers(
  dir: string,
  manifest: IndexManifest,
): Promise<Uint16Array | null> {
  try {
    const bytes = await readFile(path.join(dir, files(manifest.generation).next));
    return bytes.byteLength === manifest.postings * 2
      ? view(bytes, 0, manifest.postings, Uint16Array)
      : null;
  } catch {
    return null;
  }
}
