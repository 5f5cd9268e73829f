import fc from 'fast-check';
import type { z } from 'zod';

/**
 * fast-check arbitraries derived from a zod (v4) schema, so every channel of the contract is
 * fuzzed from its own input schema. Values aim at the schema's edges rather than its middle:
 * strings at and just past their limits, NUL and lone surrogates, prototype keys, negative and
 * fractional numbers, unknown fields, deep nesting.
 */
type Def = {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
};

export type ArbitraryOptions = {
  /** Object keys whose strings are file paths: generated inside this folder, never the real disk. */
  pathKeys: ReadonlySet<string>;
  sandbox: string;
  /** Names of files in the sandbox a path is likely to hit. */
  sandboxFiles: readonly string[];
  /** Strings that name real things (article ids, category ids, job ids), by object key. */
  known: Readonly<Record<string, readonly string[]>>;
};

/** Characters that break naive code: NUL, lone surrogates, bidi overrides, path and URL syntax. */
const NASTY = [
  '\0',
  '\ud800',
  '\udfff',
  '\u202e',
  '\ufeff',
  '\n',
  '/',
  '\\',
  '..',
  '%2e',
  '%00',
  '__proto__',
  'constructor',
  'CON',
  'ố',
  'đ',
  'Ư',
  '"',
  '<script>',
  '${x}',
];
const char = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
/** Past this, a "huge" string is capped: 64 MB base64 fields are probed at 1 MB. */
const HUGE = 1_000_000;

function checksOf(def: Def): Record<string, unknown>[] {
  return (def.checks ?? []).map((check) => check._zod.def);
}

function lengthBounds(def: Def): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = null;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = check.maximum as number;
    if (check.check === 'length_equals') min = max = check.length as number;
  }
  return { min, max };
}

function stringArbitrary(def: Def): fc.Arbitrary<string> {
  const pattern = checksOf(def).find((check) => check.pattern instanceof RegExp)?.pattern as
    RegExp | undefined;
  const { min, max } = lengthBounds(def);
  const text = (minLength: number, maxLength: number) =>
    fc.array(char, { minLength, maxLength }).map((parts) => parts.join(''));
  const options: fc.WeightedArbitrary<string>[] = [
    { weight: 6, arbitrary: text(min, Math.min(max ?? 40, min + 40)) },
    { weight: 1, arbitrary: fc.constant('') },
  ];
  if (pattern) options.push({ weight: 40, arbitrary: fc.stringMatching(pattern) });
  const edge = Math.min(max ?? HUGE, HUGE);
  options.push({ weight: 1, arbitrary: char.map((c) => c.repeat(Math.ceil(edge / c.length))) });
  if (max !== null && max < HUGE)
    options.push({ weight: 1, arbitrary: fc.constant('x'.repeat(max + 1)) });
  return fc.oneof(...options);
}

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e9;
  let max = 1e9;
  let integer = false;
  for (const check of checksOf(def)) {
    if (check.check === 'greater_than') min = check.value as number;
    if (check.check === 'less_than') max = check.value as number;
    if (check.format === 'safeint' || check.format === 'int32' || check.format === 'uint32')
      integer = true;
  }
  const lo = Math.max(min, -1e9);
  const hi = Math.min(max, 1e9);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true });
  const edges = [
    min,
    max,
    min - 1,
    max + 1,
    -1,
    0,
    -0,
    0.5,
    -0.5,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
  ];
  return fc.oneof(
    { weight: 4, arbitrary: inRange },
    { weight: 2, arbitrary: fc.constantFrom(...edges.filter(Number.isFinite)) },
    { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity) },
  );
}

/** An arbitrary that mostly produces values the schema accepts, near its edges. */
export function arbitraryFor(
  schema: z.ZodType,
  options: ArbitraryOptions,
  depth = 0,
  key: string | null = null,
): fc.Arbitrary<unknown> {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const inner = (child: unknown, childKey: string | null = key) =>
    arbitraryFor(child as z.ZodType, options, depth + 1, childKey);
  // Shallower structures the deeper we go, so recursive schemas (the report document) end.
  const room = Math.max(0, 4 - depth);
  switch (def.type) {
    case 'string': {
      if (key !== null && options.pathKeys.has(key)) return sandboxPath(options);
      const known = key !== null && Object.hasOwn(options.known, key) ? options.known[key]! : [];
      return known.length > 0
        ? fc.oneof(stringArbitrary(def), fc.constantFrom(...known))
        : stringArbitrary(def);
    }
    case 'number':
      return numberArbitrary(def);
    case 'int':
      return numberArbitrary({ ...def, checks: [] });
    case 'boolean':
      return fc.boolean();
    case 'enum': {
      const values = Object.values(def.entries as Record<string, string>);
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...values) },
        { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => `${v} `) },
      );
    }
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, child] of Object.entries(shape)) model[name] = inner(child, name);
      const required = Object.entries(shape)
        .filter(([, child]) => !isOptional(child))
        .map(([name]) => name);
      return fc.record(model, { requiredKeys: required });
    }
    case 'array': {
      const { min, max } = lengthBounds(def);
      return fc.array(inner(def.element), {
        minLength: Math.min(min, 50),
        maxLength: Math.max(Math.min(min, 50), Math.min(max ?? room, room)),
      });
    }
    case 'tuple':
      return fc.tuple(...(def.items as z.ZodType[]).map((item) => inner(item)));
    case 'record':
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), {
        maxKeys: Math.min(3, room),
      });
    case 'union':
      return fc.oneof(...(def.options as z.ZodType[]).map((option) => inner(option)));
    case 'optional':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return depth > 8 ? fc.constant(null) : inner((def.getter as () => z.ZodType)());
    case 'void':
    case 'undefined':
      return fc.constant(undefined);
    case 'null':
      return fc.constant(null);
    case 'intersection':
      return inner(def.left);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function isOptional(schema: z.ZodType): boolean {
  const type = (schema as unknown as { _zod: { def: Def } })._zod.def.type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

/** A path inside the sandbox, sometimes one of its files; never `..` or a separator out of it. */
function sandboxPath(options: ArbitraryOptions): fc.Arbitrary<string> {
  const segment = fc.oneof(
    fc.constantFrom(...options.sandboxFiles),
    stringArbitrary({ type: 'string', checks: [] }).map(
      // Not ".": a relative path resolves against the working folder (the repository).
      (name) => name.replace(/[/\\]/g, '_').replace(/\.\./g, '_').replace(/^\.$/, '_') || 'x',
    ),
  );
  return fc.oneof(
    { weight: 8, arbitrary: segment.map((name) => `${options.sandbox}/${name}`) },
    { weight: 1, arbitrary: segment },
  );
}

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
