import fc from 'fast-check';
import type { z } from 'zod';
import { lengthBounds, numberArbitrary, stringArbitrary, type Def } from './edge-values';

/**
 * fast-check arbitraries derived from a zod (v4) schema, so every channel of the contract is
 * fuzzed from its own input schema: this walks the schema; edge-values.ts makes the leaves.
 */
export type ArbitraryOptions = {
  /** Object keys whose strings are file paths: generated inside this folder, never the real disk. */
  pathKeys: ReadonlySet<string>;
  sandbox: string;
  /** Names of files in the sandbox a path is likely to hit. */
  sandboxFiles: readonly string[];
  /** Strings that name real things (article ids, category ids, job ids), by object key. */
  known: Readonly<Record<string, readonly string[]>>;
};

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
