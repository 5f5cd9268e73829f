import { z } from 'zod';
import {
  ArticleBodySchema,
  ArticleMetaSchema,
  CategorySchema,
  type ArticleBody,
} from '../../../shared/model';
import { CURRENT_SCHEMA_VERSION } from './catalog-schema';

export type MigrationContext = { writeBody(body: ArticleBody): Promise<void> };

const V2ArticleSchema = ArticleMetaSchema.omit({
  read: true,
  starred: true,
  readingPosition: true,
});

/** Version 1: the first prototype kept everything, bodies included, in one lowdb file. */
export const CatalogV1Schema = z.object({
  schemaVersion: z.literal(1),
  categories: z.array(CategorySchema),
  articles: z.array(V2ArticleSchema.extend({ body: ArticleBodySchema.omit({ id: true }) })),
});

/** Version 2: bodies moved to items/, no reader state, no trash, no journal. */
export const CatalogV2Schema = z.object({
  schemaVersion: z.literal(2),
  categories: z.array(CategorySchema),
  articles: z.array(V2ArticleSchema),
});

type Migration = { from: number; run(raw: unknown, ctx: MigrationContext): Promise<unknown> };

const MIGRATIONS: Migration[] = [
  {
    from: 1,
    async run(raw, ctx) {
      const data = CatalogV1Schema.parse(raw);
      for (const { body, ...meta } of data.articles) await ctx.writeBody({ id: meta.id, ...body });
      return {
        schemaVersion: 2,
        categories: data.categories,
        articles: data.articles.map(({ body: _body, ...meta }) => meta),
      };
    },
  },
  {
    from: 2,
    async run(raw) {
      const data = CatalogV2Schema.parse(raw);
      const articles = data.articles.map((meta) => ({
        ...meta,
        read: false,
        starred: false,
        readingPosition: 0,
      }));
      return { schemaVersion: 3, generation: 0, categories: data.categories, articles, trash: [] };
    },
  },
  {
    // Version 3 to 4 changed only how catalog.jsonl is laid out on disk, not the data.
    from: 3,
    async run(raw) {
      return { ...(raw as object), schemaVersion: 4 };
    },
  },
];

export function schemaVersionOf(raw: unknown): number | null {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
}

/** Why this version cannot be opened, or null when it can (now or after migrating). */
export function unsupportedVersionReason(version: number | null): string | null {
  if (version === null) return 'schemaVersion is missing or not a whole number';
  if (version > CURRENT_SCHEMA_VERSION) {
    return `schemaVersion ${version} was written by a newer Kho Tin (this one reads up to ${CURRENT_SCHEMA_VERSION})`;
  }
  if (version < 1) return `schemaVersion ${version} is not a known version`;
  return null;
}

/** Runs each migration from `raw`'s version up to the current one, in order. */
export async function migrate(raw: unknown, ctx: MigrationContext): Promise<unknown> {
  let data = raw;
  for (
    let version = schemaVersionOf(data);
    version !== null && version < CURRENT_SCHEMA_VERSION;
    version = schemaVersionOf(data)
  ) {
    const step = MIGRATIONS.find((migration) => migration.from === version);
    if (!step) throw new Error(`no migration from schemaVersion ${version}`);
    data = await step.run(data, ctx);
  }
  return data;
}
