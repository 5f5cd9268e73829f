import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { decodeCatalog, encodeCatalog } from './catalog-file';
import { CURRENT_SCHEMA_VERSION } from './catalog-schema';
import { Archive } from './index';

/** Each way a catalog.jsonl can be wrong gets its own reason: it is what the status bar shows and IT reads. */

const V3 = path.resolve(
  import.meta.dirname,
  '../../../test-support/fixtures/archive/schema-v3/catalog.jsonl',
);

async function v3Lines(): Promise<string[]> {
  return (await readFile(V3, 'utf8')).split('\n');
}

async function current(): Promise<string[]> {
  let text = '';
  await encodeCatalog(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      generation: 0,
      categories: [],
      articles: [],
      trash: [],
    },
    async (chunk) => {
      text += chunk;
    },
  );
  return text.split('\n');
}

const decode = (lines: string[]) => decodeCatalog(Buffer.from(lines.join('\n')));
const withHeader = (lines: string[], change: Record<string, unknown>) => [
  JSON.stringify({ ...(JSON.parse(lines[0]!) as object), ...change }),
  ...lines.slice(1),
];

describe('a damaged catalog.jsonl header', () => {
  it('names an empty file', async () => {
    expect(await decodeCatalog(Buffer.alloc(0))).toBe('the file is empty');
  });

  it('names a header that is not JSON', async () => {
    const [, ...rest] = await current();
    expect(await decode(['{"format":"kho-tin-cat', ...rest])).toBe(
      'line 1 (header): not valid JSON',
    );
  });

  it('a file cut short right after its header says so, rather than calling the header bad', async () => {
    const [header] = await current();
    expect(await decode([header!])).toBe('holds 0 of 15 columns (the file was cut short)');
  });

  it('names the header field that is wrong', async () => {
    const lines = await current();
    expect(await decode(withHeader(lines, { generation: -1 }))).toMatch(
      /^line 1 \(header\): .*generation/,
    );
  });

  it('refuses a schemaVersion that never was a catalog.jsonl (1 and 2 were catalog.json) or is not a version at all', async () => {
    const lines = await current();
    expect(await decode(withHeader(lines, { schemaVersion: 2 }))).toBe(
      'schemaVersion 2 is not a catalog.jsonl version',
    );
    expect(await decode(withHeader(lines, { schemaVersion: 0 }))).toBe(
      'schemaVersion 0 is not a known version',
    );
    expect(await decode(withHeader(lines, { schemaVersion: 3.5 }))).toBe(
      'schemaVersion 3.5 is not a catalog.jsonl version',
    );
  });

  it('refuses columns in another order than this version writes', async () => {
    const lines = await current();
    const header = JSON.parse(lines[0]!) as { articleFields: string[] };
    expect(
      await decode(withHeader(lines, { articleFields: [...header.articleFields].reverse() })),
    ).toBe('line 1 (header): unexpected articleFields');
  });
});

describe('a damaged version 3 catalogue (one line per article)', () => {
  it('reads the undamaged file: two articles and one in the trash', async () => {
    const decoded = await decode(await v3Lines());
    expect(decoded).toMatchObject({ fromVersion: 3, data: { articles: [{}, {}] } });
    expect(typeof decoded !== 'string' && decoded.data.trash[0]!.deletedAt).toBe(
      '2024-04-01T07:00:00+07:00',
    );
  });

  it('names the line that is not JSON', async () => {
    const lines = await v3Lines();
    lines[2] = lines[2]!.slice(0, 40);
    expect(await decode(lines)).toBe('line 3: not valid JSON');
  });

  it('names a line of an unknown kind, and a trash line without its date', async () => {
    const lines = await v3Lines();
    expect(await decode([...lines.slice(0, 2), '["X", 1]', ...lines.slice(3)])).toBe(
      'line 3: unknown line',
    );
    const trash = JSON.parse(lines[3]!) as unknown[];
    trash[1] = null;
    expect(await decode([...lines.slice(0, 3), JSON.stringify(trash)])).toBe(
      'line 4: unknown line',
    );
  });

  it('names the article field that is wrong, in the trash too', async () => {
    const lines = await v3Lines();
    const article = JSON.parse(lines[1]!) as unknown[];
    article[1] = 7;
    expect(await decode([lines[0]!, JSON.stringify(article), ...lines.slice(2)])).toMatch(
      /^line 2: .*id/,
    );
    const trash = JSON.parse(lines[3]!) as unknown[];
    trash[2] = 7;
    expect(await decode([...lines.slice(0, 3), JSON.stringify(trash)])).toMatch(/^line 4: .*id/);
  });

  it('says the file was cut short when lines are missing', async () => {
    const lines = await v3Lines();
    expect(await decode(lines.slice(0, 3))).toBe(
      'holds 2 articles and 0 in the trash, the header says 2 and 1 (the file was cut short)',
    );
    expect(await decode([lines[0]!, lines[2]!, lines[3]!])).toBe(
      'holds 1 articles and 1 in the trash, the header says 2 and 1 (the file was cut short)',
    );
  });
});

describe('opening an archive whose catalogue cannot be used', () => {
  async function statusOf(prepare: (dir: string) => Promise<void>) {
    const folder = await makeTempFolder();
    try {
      await prepare(folder.dir);
      const archive = await Archive.open(folder.dir);
      const status = archive.status();
      await archive.close();
      return status;
    } finally {
      await folder.remove();
    }
  }

  it('an old catalog.json without a whole schemaVersion: read-only, saying so', async () => {
    for (const schemaVersion of [undefined, '2', 2.5, 0]) {
      const status = await statusOf((dir) =>
        writeFile(
          path.join(dir, 'catalog.json'),
          JSON.stringify({ schemaVersion, categories: [], articles: [] }),
        ),
      );
      expect(status, String(schemaVersion)).toMatchObject({
        readOnly: true,
        problems: [
          {
            file: 'catalog.json',
            reason:
              schemaVersion === 0
                ? 'schemaVersion 0 is not a known version'
                : 'schemaVersion is missing or not a whole number',
          },
        ],
      });
    }
  });

  it('an old catalog.json holding only null: read-only, saying the version is missing', async () => {
    const status = await statusOf((dir) => writeFile(path.join(dir, 'catalog.json'), 'null'));
    expect(status).toMatchObject({
      readOnly: true,
      problems: [
        { file: 'catalog.json', reason: 'schemaVersion is missing or not a whole number' },
      ],
    });
  });

  it('an old catalog.json that is not JSON: read-only, saying so', async () => {
    const status = await statusOf((dir) =>
      writeFile(path.join(dir, 'catalog.json'), '{"schemaVersion": 2, "categ'),
    );
    expect(status).toMatchObject({
      readOnly: true,
      problems: [{ file: 'catalog.json', reason: expect.stringMatching(/^not valid JSON/) }],
    });
  });

  it('a catalog.json of this version with a wrong field: read-only, naming the field', async () => {
    const status = await statusOf((dir) =>
      writeFile(
        path.join(dir, 'catalog.json'),
        JSON.stringify({
          schemaVersion: CURRENT_SCHEMA_VERSION,
          generation: 0,
          categories: [],
          articles: [],
          trash: 'none',
        }),
      ),
    );
    expect(status).toMatchObject({
      readOnly: true,
      problems: [{ file: 'catalog.json', reason: expect.stringMatching(/at trash:/) }],
    });
  });

  it('a catalog.jsonl that cannot be read (here a folder): read-only, naming the system error', async () => {
    const status = await statusOf((dir) => mkdir(path.join(dir, 'catalog.jsonl')));
    expect(status).toMatchObject({
      readOnly: true,
      problems: [
        { file: 'catalog.jsonl', reason: expect.stringMatching(/^cannot be read \(.*EISDIR/) },
      ],
    });
  });
});
