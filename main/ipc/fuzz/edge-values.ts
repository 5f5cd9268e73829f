import fc from 'fast-check';

/**
 * The leaves of the fuzzer: strings and numbers aimed at a zod schema's edges rather than its
 * middle — strings at and just past their limits, NUL and lone surrogates, bidi, path syntax,
 * prototype keys; numbers at and past their bounds, negative, fractional, NaN, infinities.
 */
export type Def = {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  [key: string]: unknown;
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

export function lengthBounds(def: Def): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = null;
  for (const check of checksOf(def)) {
    if (check.check === 'min_length') min = check.minimum as number;
    if (check.check === 'max_length') max = check.maximum as number;
    if (check.check === 'length_equals') min = max = check.length as number;
  }
  return { min, max };
}

export function stringArbitrary(def: Def): fc.Arbitrary<string> {
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

export function numberArbitrary(def: Def): fc.Arbitrary<number> {
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
