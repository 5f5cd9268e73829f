import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedQuery, QueryTerm } from '../../../shared/text/search-query';
import { foldVietnamese, hasMarks, syllableKey } from '../../../shared/text/vietnamese';
import { FIELD, FIELD_WEIGHTS, nextBit, type IndexedMeta } from './analyzer';
import { compact } from './compact';
import { matchAll, matchTerms } from './query-engine';
import { SearchIndex } from './search-index';

/**
 * Words with one to three marked forms over one folded key (đ folds to d), several of them
 * prefixes of others (ba → ban → bang/banh, ca → cach, hoa → hoan, to → tong…).
 */
const LEXICON: readonly (readonly string[])[] = [
  ['ba', 'bà', 'bá'],
  ['ban', 'bán', 'bạn'],
  ['bang', 'băng', 'bảng'],
  ['banh', 'bánh'],
  ['ca', 'cá', 'cà'],
  ['cách', 'cạch'],
  ['cao'],
  ['hoa', 'hòa', 'hóa'],
  ['hoàn', 'hoán'],
  ['dân', 'đàn', 'dàn'],
  ['đang', 'dáng', 'đảng'],
  ['tổ', 'tờ'],
  ['tổng'],
];
const FORMS = LEXICON.flat();

type Article = { id: string; title: string };
type Plan = {
  packed: Article[];
  added: Article[];
  /** Ids removed after the delta was filled (some packed, some added). */
  removed: string[];
  /** Articles added again under an existing id with a new title: the old doc turns dead. */
  changed: Article[];
};

function meta({ id, title }: Article): IndexedMeta {
  return {
    id,
    contentHash: `h-${id}-${title}`,
    title,
    lead: '',
    author: null,
    publishedAt: null,
    site: null,
  };
}

const title = fc
  .array(fc.constantFrom(...FORMS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));

const plan: fc.Arbitrary<Plan> = fc
  .record({
    packed: fc.array(title, { maxLength: 14 }),
    added: fc.array(title, { maxLength: 10 }),
    removedPick: fc.array(fc.nat(), { maxLength: 6 }),
    changed: fc.array(fc.tuple(fc.nat(), title), { maxLength: 3 }),
  })
  .map(({ packed, added, removedPick, changed }) => {
    const packedArticles = packed.map((t, i) => ({ id: `p${i}`, title: t }));
    const addedArticles = added.map((t, i) => ({ id: `d${i}`, title: t }));
    const ids = [...packedArticles, ...addedArticles].map((a) => a.id);
    return {
      packed: packedArticles,
      added: addedArticles,
      removed: ids.length === 0 ? [] : removedPick.map((n) => ids[n % ids.length]!),
      changed:
        ids.length === 0 ? [] : changed.map(([n, t]) => ({ id: ids[n % ids.length]!, title: t })),
    };
  });

const term: fc.Arbitrary<QueryTerm> = fc.constantFrom(...FORMS).map((form) => ({
  folded: foldVietnamese(form),
  marked: hasMarks(form) ? syllableKey(form) : null,
  prefix: false,
}));

/** 1–4 words; the last one, half the time, cut to a prefix of at least two letters. */
const query: fc.Arbitrary<ParsedQuery> = fc
  .record({
    terms: fc.array(term, { minLength: 1, maxLength: 4 }),
    cut: fc.option(fc.nat()),
    excluded: fc.array(fc.constantFrom(...FORMS), { maxLength: 2 }),
  })
  .map(({ terms, cut, excluded }) => {
    if (cut !== null) {
      const last = terms[terms.length - 1]!;
      const length = 2 + (cut % Math.max(1, last.folded.length - 1));
      const folded = last.folded.slice(0, length);
      // The marks typed so far belong to the whole word only when nothing was cut.
      const marked = folded === last.folded ? last.marked : null;
      terms[terms.length - 1] = { folded, marked, prefix: true };
    }
    return { terms, phrases: [], excluded: excluded.map(foldVietnamese) };
  });

type Built = {
  index: SearchIndex;
  /** Live articles: id → title. */
  live: Map<string, string>;
  /** Every title indexed since the base was packed or in it, replaced and removed ones too. */
  versions: string[];
};

async function build(p: Plan): Promise<Built> {
  const live = new Map<string, string>();
  let index = SearchIndex.empty();
  for (const a of p.packed) {
    index.add(meta(a), null, null);
    live.set(a.id, a.title);
  }
  index = await compact(index);
  for (const a of p.added) {
    index.add(meta(a), null, null);
    live.set(a.id, a.title);
  }
  for (const id of p.removed) {
    index.remove(id);
    live.delete(id);
  }
  for (const a of p.changed) {
    index.add(meta(a), null, null);
    live.set(a.id, a.title);
  }
  const versions = [...p.packed, ...p.added, ...p.changed].map((a) => a.title);
  return { index, live, versions };
}

/** The brute-force answer: by id, how many marked words the article holds with exactly those marks. */
function bruteForce(live: Map<string, string>, q: ParsedQuery): Map<string, number> {
  const found = new Map<string, number>();
  for (const [id, text] of live) {
    const words = text.split(' ');
    const folded = new Set(words.map(foldVietnamese));
    const keys = new Set(words.map(syllableKey));
    const holds = (t: QueryTerm) =>
      folded.has(t.folded) || (t.prefix && [...folded].some((w) => w.startsWith(t.folded)));
    if (!q.terms.every(holds)) continue;
    if (q.excluded.some((w) => folded.has(w))) continue;
    found.set(id, q.terms.filter((t) => t.marked !== null && keys.has(t.marked)).length);
  }
  return found;
}

describe('matchTerms', () => {
  it('search finds exactly the articles holding every word (or a longer word for the one being typed) and none of the excluded, and counts the words matched with their exact marks', async () => {
    await fc.assert(
      fc.asyncProperty(
        plan,
        fc.array(query, { minLength: 1, maxLength: 6 }),
        async (p, queries) => {
          const { index, live } = await build(p);
          for (const q of queries) {
            const matches = matchTerms(index, q);
            const got = new Map<string, number>();
            for (const doc of matches.docs) got.set(index.docs.ids[doc]!, matches.exact[doc]!);
            expect(got).toEqual(bruteForce(live, q));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ranks by rarity: each word adds ln(1 + articles / articles holding it), a longer word for the one being typed 0.6 of it, neighbouring words a bonus', async () => {
    const TITLE = FIELD_WEIGHTS[FIELD.title]!;
    await fc.assert(
      fc.asyncProperty(
        plan,
        fc.array(query, { minLength: 1, maxLength: 6 }),
        async (p, queries) => {
          const { index, live, versions } = await build(p);
          const foldedVersions = versions.map((t) => t.split(' ').map(foldVietnamese));
          // Rarity is estimated from the postings: an article replaced or removed since the
          // base was packed still counts until the next compaction.
          const holding = (has: (words: string[]) => boolean) => foldedVersions.filter(has).length;
          for (const q of queries) {
            const { terms } = q;
            const idf = terms.map((t) => {
              let df = holding((words) => words.includes(t.folded));
              if (t.prefix)
                df += holding((words) =>
                  words.some((w) => w.length > t.folded.length && w.startsWith(t.folded)),
                );
              return Math.log(1 + Math.max(1, live.size) / Math.max(1, df));
            });
            const matches = matchTerms(index, q);
            for (const doc of matches.docs) {
              const words = live.get(index.docs.ids[doc]!)!.split(' ').map(foldVietnamese);
              const whole = terms.map((t) => words.includes(t.folded));
              let expected = terms.reduce(
                (sum, _, k) => sum + idf[k]! * (whole[k] ? 1 : 0.6) * TITLE,
                0,
              );
              for (let k = 0; k + 1 < Math.min(terms.length, 8); k++) {
                let followers = 0;
                words.forEach((w, i) => {
                  if (w === terms[k]!.folded && i + 1 < words.length)
                    followers |= nextBit(words[i + 1]!);
                });
                if ((followers & nextBit(terms[k + 1]!.folded)) === 0) continue;
                if (whole[k] && whole[k + 1])
                  expected += ((3 * (idf[k]! + idf[k + 1]!)) / 2) * TITLE;
              }
              expect(matches.score[doc]).toBeCloseTo(expected, 3);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a query of filters only finds every live article without an excluded word', async () => {
    await fc.assert(
      fc.asyncProperty(
        plan,
        fc.array(fc.array(fc.constantFrom(...FORMS), { maxLength: 2 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (p, exclusions) => {
          const { index, live } = await build(p);
          for (const words of exclusions) {
            const q: ParsedQuery = { terms: [], phrases: [], excluded: words.map(foldVietnamese) };
            const got = [...matchAll(index, q).docs].map((doc) => index.docs.ids[doc]!).sort();
            expect(got).toEqual([...bruteForce(live, q).keys()].sort());
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
