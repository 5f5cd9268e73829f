import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { lieAboutSize } from '../../../test-support/fixtures/import/make-docx';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { assertSafeArchiveZip, unsafeNameReason, unsafeTypeReason } from './zip-entry-policy';

/**
 * The rules an exported archive's entries must pass, one by one, at their edges: names that are
 * fine must stay fine (a refused export of our own is lost work), and the size limits hold
 * exactly at the limit and one over. (Found by mutation testing:
 * `npm run mutate -- main/services/archive/zip-entry-policy.ts`.) zip-import.test.ts tries
 * the hostile zips end to end.
 */
describe('entry names', () => {
  it.each([
    'catalog.jsonl',
    'items/ab/a1.json',
    'items/', // a folder entry
    'items//x.json',
    './items/x.json',
    'media/console.png', // "con" only as the whole name
    'media/com10.png',
    'media/lpt.png',
    'media/nullable.png',
    'media/ảnh hội nghị.png',
    'reports/bc.v2.json',
  ])('accepts %s', (name) => {
    expect(unsafeNameReason(name)).toBeNull();
  });

  it.each([
    ['NUL .txt', /device name "NUL \.txt"/],
    ['media/nul.tar.gz', /device name/],
    ['COM¹', /device name/],
    ['lpt0.log', /device name/],
    ['conin$', /device name/],
    ['CONOUT$.txt', /device name/],
    ['aux', /device name/],
    ['prn.json', /device name/],
    ['items/x.json.', /ends in a dot or space/],
    ['items/x ', /ends in a dot or space/],
    ['items/x\u001f', /control characters/],
    ['\\\\server\\share\\x', /absolute path/],
    ['Z:x', /drive letter/],
    ['items/..', /leaves the folder/],
    ['a:b', /":" in a name|drive letter/],
    ['items/a:b', /":" in a name/],
  ])('refuses %s', (name, reason) => {
    expect(unsafeNameReason(name)).toMatch(reason);
  });
});

describe('entry types', () => {
  const unix = 3 << 8;
  it.each([
    [unix, 0o100644, null],
    [unix, 0o040755, null],
    [unix, 0, null],
    [unix, 0o120777, /symbolic link/],
    [unix, 0o010644, /special file/], // a pipe
    [unix, 0o060644, /special file/], // a block device
    // Made on DOS/Windows: the high bits are not a Unix mode and mean nothing.
    [0x0014, 0o120777, null],
  ])('made by %i with mode %o: %s', (versionMadeBy, mode, reason) => {
    const got = unsafeTypeReason({ versionMadeBy, externalFileAttributes: (mode << 16) >>> 0 });
    if (reason === null) expect(got).toBeNull();
    else expect(got).toMatch(reason);
  });
});

describe('sizes, at the limit and one over', () => {
  let folder: Awaited<ReturnType<typeof makeTempFolder>>;
  beforeAll(async () => {
    folder = await makeTempFolder('kho-tin-zip-policy-');
  });
  afterAll(() => folder.remove());

  /** A zip of one entry of `bytes` random bytes, and the size it packed to. */
  async function zipOf(bytes: number): Promise<{ zip: Buffer; packed: number }> {
    const zip = new yazl.ZipFile();
    zip.addBuffer(randomBytes(bytes), 'items/ab/x.json');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const out = Buffer.concat(chunks);
    const central = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    return { zip: out, packed: out.readUInt32LE(central + 20) };
  }
  /** What the policy says of that zip when the entry declares `declared` bytes unpacked. */
  async function check(zip: Buffer, declared: number): Promise<number | string> {
    const file = path.join(folder.dir, `${declared}.zip`);
    await writeFile(file, lieAboutSize(zip, 'items/ab/x.json', declared));
    return assertSafeArchiveZip(file, 'kho.zip').then(
      (count) => count,
      (error: { code: string; detail: string }) => `${error.code}: ${error.detail}`,
    );
  }

  it('packing ratio: exactly 200 times passes, a byte more is refused', async () => {
    const { zip, packed } = await zipOf(6000);
    expect(200 * packed).toBeGreaterThan(1024 * 1024);
    expect(await check(zip, 200 * packed)).toBe(1);
    expect(await check(zip, 200 * packed + 1)).toBe(
      'unsafe-archive: kho.zip: "items/ab/x.json" — nén 200 lần / packed 200×',
    );
  });

  it('an entry of up to 1 MB may pack any amount; one byte more may not', async () => {
    const { zip } = await zipOf(100);
    expect(await check(zip, 1024 * 1024)).toBe(1);
    expect(await check(zip, 1024 * 1024 + 1)).toMatch(/^unsafe-archive: .*packed \d+×$/);
  });

  it('names a file that is not a zip', async () => {
    const file = path.join(folder.dir, 'not.zip');
    await writeFile(file, 'PK? no');
    await expect(assertSafeArchiveZip(file, 'not.zip')).rejects.toMatchObject({
      code: 'unsupported-file',
      detail: expect.stringMatching(/^not\.zip: /),
    });
  });
});
