import { execFileSync, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { ZipFileWriter } from './zip-file-writer';
import {
  centralRecord,
  dosTime,
  endRecords,
  localHeader,
  METHOD_STORE,
  type EntryRecord,
} from './zip-records';

type ReadBack = { count: number; files: Map<string, Buffer>; offsets: Map<string, number> };

/** Every entry through yauzl, the project's reader, checking sizes; contents of `wanted` (all when omitted). */
async function readZip(file: string, wanted?: (name: string) => boolean): Promise<ReadBack> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (error, opened) =>
      error ? reject(error) : resolve(opened),
    ),
  );
  const files = new Map<string, Buffer>();
  const offsets = new Map<string, number>();
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      offsets.set(entry.fileName, entry.relativeOffsetOfLocalHeader);
      if (wanted && !wanted(entry.fileName)) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  const count = zip.entryCount;
  zip.close();
  return { count, files, offsets };
}

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Info-ZIP's and Python's own testers check every crc-32 and the records yauzl skips. */
function checkWithOtherTools(file: string): void {
  if (has('unzip')) execFileSync('unzip', ['-tqq', file], { stdio: 'pipe' });
  else console.warn('unzip is not installed: the zip is checked with yauzl only');
  if (has('python3')) {
    const out = execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
    expect(out).not.toMatch(/corrupted/i);
  } else console.warn('python3 is not installed: the zip is not checked by its zipfile module');
}

let folder: Awaited<ReturnType<typeof makeTempFolder>>;
beforeEach(async () => {
  folder = await makeTempFolder('kho-tin-zip-writer-');
});
afterEach(async () => {
  await folder.remove();
});

const photo = Buffer.alloc(300_000, 7).map((_, i) => (i * 2654435761) >>> 24);

describe('ZipFileWriter', () => {
  it('writes deflated and stored entries, from buffers and streams, with Vietnamese names, that yauzl, unzip and Python read back equal', async () => {
    const file = path.join(folder.dir, 'out.zip');
    const page = Buffer.from('<p>Ủy ban nhân dân tỉnh — báo cáo quý I</p>\n'.repeat(2000));
    const writer = await ZipFileWriter.open(file);
    await writer.add('2024-03-01-ủy-ban.html', page, { compress: true });
    await writer.add(
      'media/ab/photo.jpg',
      Readable.from([photo.subarray(0, 1000), photo.subarray(1000)]),
      {
        compress: false,
      },
    );
    await writer.add('items/ab/x.json', Readable.from([page]), { compress: true });
    await writer.add('empty.txt', Buffer.alloc(0), { compress: true });
    await writer.add('empty-stream.txt', Readable.from([]), { compress: false });
    const source = path.join(folder.dir, 'source');
    await mkdir(source);
    await writeFile(path.join(source, 'p.jpg'), photo);
    await writeFile(path.join(source, 'c.jsonl'), page);
    await writer.add('media/p.jpg', { file: path.join(source, 'p.jpg') }, { compress: false });
    await writer.add('catalog.jsonl', { file: path.join(source, 'c.jsonl') }, { compress: true });
    const bytes = await writer.commit();

    expect((await readFile(file)).length).toBe(bytes);
    const back = await readZip(file);
    expect(back.count).toBe(7);
    expect(back.files.get('media/p.jpg')).toEqual(photo);
    expect(back.files.get('catalog.jsonl')).toEqual(page);
    expect(back.files.get('2024-03-01-ủy-ban.html')).toEqual(page);
    expect(back.files.get('media/ab/photo.jpg')).toEqual(photo);
    expect(back.files.get('items/ab/x.json')).toEqual(page);
    expect(back.files.get('empty.txt')!.length).toBe(0);
    expect(back.files.get('empty-stream.txt')!.length).toBe(0);
    // Deflated pages are smaller; the photo is stored as it is.
    expect(bytes).toBeLessThan(page.length + 2 * photo.length);
    checkWithOtherTools(file);
    expect((await readdir(folder.dir)).sort()).toEqual(['out.zip', 'source']);
  });

  it('writes zip64 end records past 65,535 entries, read back by yauzl, unzip and Python', async () => {
    const file = path.join(folder.dir, 'many.zip');
    const writer = await ZipFileWriter.open(file);
    const count = 70_000;
    for (let i = 0; i < count; i++)
      await writer.add(`e/${i}.txt`, Buffer.from(String(i)), { compress: false });
    await writer.commit();

    const back = await readZip(file, (name) => /^e\/(0|65535|69999)\.txt$/.test(name));
    expect(back.count).toBe(count);
    expect(back.offsets.size).toBe(count);
    expect(back.files.get('e/65535.txt')!.toString()).toBe('65535');
    expect(back.files.get('e/69999.txt')!.toString()).toBe('69999');
    checkWithOtherTools(file);
  }, 120_000);

  it('leaves neither the zip nor its side file when discarded in the middle of a streamed entry', async () => {
    const file = path.join(folder.dir, 'cancelled.zip');
    const writer = await ZipFileWriter.open(file);
    await writer.add('a.txt', Buffer.from('a'), { compress: true });
    expect((await readdir(folder.dir)).length).toBe(2);
    const endless = new Readable({ read() {} });
    endless.push(photo);
    const adding = writer.add('b.bin', endless, { compress: false }).catch((error: Error) => error);
    await once(endless, 'data');
    await writer.discard();
    expect(await adding).toBeInstanceOf(Error);
    expect(await readdir(folder.dir)).toEqual([]);
  });

  it('stops a large stored file mid-way when discarded, and leaves neither file', async () => {
    const big = path.join(folder.dir, 'big.bin');
    await writeFile(big, Buffer.alloc(32 * 1024 * 1024, 1));
    const writer = await ZipFileWriter.open(path.join(folder.dir, 'big.zip'));
    const adding = writer
      .add('big.bin', { file: big }, { compress: false })
      .catch((error: unknown) => error);
    await writer.discard();
    expect(await adding).toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder.dir)).toEqual(['big.bin']);
  });

  it('a Cancel that comes while the directory is written or synced still wins: no file is left', async () => {
    const writer = await ZipFileWriter.open(path.join(folder.dir, 'late.zip'));
    await writer.add('a.txt', Buffer.from('a'), { compress: true });
    const controller = new AbortController();
    const committing = writer.commit(controller.signal);
    controller.abort();
    await expect(committing).rejects.toMatchObject({ code: 'cancelled' });
    expect(await readdir(folder.dir)).toEqual([]);
  });

  it('leaves neither file when a source fails, and says so', async () => {
    const file = path.join(folder.dir, 'failed.zip');
    const writer = await ZipFileWriter.open(file);
    const failing = new Readable({
      read() {
        this.destroy(new Error('photo unreadable'));
      },
    });
    await expect(writer.add('c.jpg', failing, { compress: false })).rejects.toThrow(
      'photo unreadable',
    );
    await writer.discard();
    expect(await readdir(folder.dir)).toEqual([]);
  });

  it("turns a photo file that cannot be opened into this entry's error", async () => {
    const file = path.join(folder.dir, 'gone.zip');
    const writer = await ZipFileWriter.open(file);
    const missing = createReadStream(path.join(folder.dir, 'no-such-photo.jpg'));
    await expect(writer.add('gone.jpg', missing, { compress: false })).rejects.toThrow(/ENOENT/);
    await writer.discard();
    expect(await readdir(folder.dir)).toEqual([]);
  });

  it('refuses an entry name that would escape the folder it is unpacked in', async () => {
    const writer = await ZipFileWriter.open(path.join(folder.dir, 'x.zip'));
    for (const name of ['../x', '/etc/x', 'a\\b', 'a/../../b', ''])
      await expect(writer.add(name, Buffer.from('x'), { compress: false })).rejects.toThrow(
        /not allowed/,
      );
    await writer.discard();
    expect(await readdir(folder.dir)).toEqual([]);
  });
});

describe('zip records', () => {
  it('puts an entry past 4 GiB in a zip64 extra field that yauzl and Python follow (sparse file)', async () => {
    // Writing 4 GiB through the writer would take minutes: the same records are laid out by
    // hand at a 5 GiB offset in a sparse file, which takes no real disk.
    const file = path.join(folder.dir, 'far.zip');
    const when = dosTime(new Date(2024, 2, 1, 8, 15));
    const data = Buffer.from('Xa Lũng Cú');
    const far = 5 * 1024 ** 3;
    const near: EntryRecord = {
      name: Buffer.from('near.txt'),
      method: METHOD_STORE,
      crc: zlib.crc32(data),
      compressedSize: data.length,
      size: data.length,
      offset: 0,
    };
    const farEntry: EntryRecord = { ...near, name: Buffer.from('far.txt'), offset: far };
    const handle = await open(file, 'w');
    try {
      await handle.write(Buffer.concat([localHeader(near, when), data]), 0, undefined, 0);
      const farBytes = Buffer.concat([localHeader(farEntry, when), data]);
      await handle.write(farBytes, 0, undefined, far);
      const directory = Buffer.concat([centralRecord(near, when), centralRecord(farEntry, when)]);
      const offset = far + farBytes.length;
      await handle.write(directory, 0, undefined, offset);
      const end = endRecords({ count: 2, size: directory.length, offset });
      await handle.write(end, 0, undefined, offset + directory.length);
    } finally {
      await handle.close();
    }
    const back = await readZip(file);
    expect(back.offsets.get('far.txt')).toBe(far);
    expect(back.files.get('far.txt')).toEqual(data);
    expect(back.files.get('near.txt')).toEqual(data);
    if (has('python3')) {
      const out = execFileSync('python3', ['-m', 'zipfile', '-t', file], { encoding: 'utf8' });
      expect(out).not.toMatch(/corrupted/i);
    }
  });
});
