import fc from 'fast-check';
import type { z } from 'zod';
import { arbitraryFor, type ArbitraryOptions } from './zod-arbitrary';

/**
 * What the fuzzer sends to one channel: values its schema accepts, the same values bent one way
 * (unknown field, prototype keys, a 5,000-deep object, a wrong type), and anything at all.
 */
/** Nested `{ a: { a: … } }`, deep enough to overflow naive recursion. */
function deepObject(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

const MUTATIONS: ((value: unknown) => unknown)[] = [
  // An unknown field beside valid ones (strict schemas must refuse it).
  (value) => (isPlainObject(value) ? { ...value, unexpected: 1 } : value),
  // Prototype keys as own properties, as JSON.parse makes them.
  (value) =>
    Object.assign(
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ),
      isPlainObject(value) ? value : { value },
    ),
  // A field replaced by a deep object.
  (value) => (isPlainObject(value) ? withFirstField(value, deepObject(5_000)) : deepObject(5_000)),
  // A field of the wrong type.
  (value) => (isPlainObject(value) ? withFirstField(value, [{}]) : { value }),
  (value) => (isPlainObject(value) ? withFirstField(value, -1.5) : [value]),
];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function withFirstField(value: Record<string, unknown>, replacement: unknown) {
  const [first] = Object.keys(value);
  return first === undefined ? { value: replacement } : { ...value, [first]: replacement };
}

/** Payloads for one channel: near-valid ones, valid ones bent one way, and anything at all. */
export function payloadsFor(
  schema: z.ZodType,
  options: ArbitraryOptions,
  seeds: readonly unknown[] = [],
): fc.Arbitrary<unknown> {
  const derived = arbitraryFor(schema, options);
  const valid =
    seeds.length > 0
      ? fc.oneof(
          derived,
          fc.constantFrom(...seeds).map((seed) => structuredClone(seed)),
        )
      : derived;
  return fc.oneof(
    { weight: 5, arbitrary: valid },
    {
      weight: 3,
      arbitrary: fc
        .tuple(valid, fc.integer({ min: 0, max: MUTATIONS.length - 1 }))
        .map(([value, which]) => MUTATIONS[which]!(value)),
    },
    {
      weight: 2,
      arbitrary: fc.anything({
        maxDepth: 3,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withSparseArray: true,
        withNullPrototype: true,
        withObjectString: true,
        withBoxedValues: true,
      }),
    },
  );
}
