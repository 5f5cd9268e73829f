import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docText } from '../../../shared/report/document';
import { makeTempFolder } from '../../../test-support/temp-folder';
import { textDoc } from '../../../test-support/report-docs';
import { MediaStore } from '../archive/media-store';
import { nodeFs } from '../fs/fs-like';
import { ReportService } from './report-service';

let folder: Awaited<ReturnType<typeof makeTempFolder>> | undefined;
afterEach(async () => folder?.remove());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** A service over a temp folder with a clock the test moves by hand. */
async function setup() {
  folder = await makeTempFolder();
  const dir = folder.dir;
  const clock = { now: new Date('2026-11-02T02:00:00Z') };
  const open = () =>
    new ReportService({
      dir: () => dir,
      now: () => clock.now,
      media: new MediaStore(dir, nodeFs),
    });
  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
  return { dir, clock, advance, open, service: open() };
}

describe('ReportService: files and revisions', () => {
  it('creates, autosaves and lists newest edit first, with the fields the list shows', async () => {
    const { service, advance, open } = await setup();
    const a = await service.create({ title: 'Báo cáo tuần', fields: { number: 12 } });
    advance(MINUTE);
    const b = await service.create({ fields: { summary: 'Tình hình kinh tế - xã hội' } });
    expect(b.meta.title).toBe('Tình hình kinh tế - xã hội');
    advance(MINUTE);
    const saved = await service.save({
      id: a.meta.id,
      baseRevision: 0,
      content: textDoc('Một hai ba', 'bốn'),
    });
    expect(saved).toMatchObject({ revision: 1, words: 4 });
    const list = await open().list();
    expect(list.map((item) => item.id)).toEqual([a.meta.id, b.meta.id]);
    expect(list[0]).toMatchObject({ number: 12, words: 4, damaged: null });
    expect((await open().list({ query: 'kinh te' })).map((item) => item.id)).toEqual([b.meta.id]);
    expect((await open().list({ query: '12' })).map((item) => item.id)).toEqual([a.meta.id]);
  });

  it('refuses a save from an older revision with report-conflict and keeps the newer text', async () => {
    const { service } = await setup();
    const { meta } = await service.create({ title: 'Hai cửa sổ' });
    await service.save({ id: meta.id, baseRevision: 0, content: textDoc('cửa sổ một') });
    await expect(
      service.save({ id: meta.id, baseRevision: 0, content: textDoc('cửa sổ hai') }),
    ).rejects.toMatchObject({ code: 'report-conflict' });
    expect(docText((await service.get(meta.id)).report!.content)).toBe('cửa sổ một');
  });

  it('notices a second writer on the same folder (another service instance) instead of overwriting it', async () => {
    const { service, open } = await setup();
    const other = open();
    const { meta } = await service.create({ title: 'Hai tiến trình' });
    await service.save({ id: meta.id, baseRevision: 0, content: textDoc('bản của A') });
    // B saw revision 1 on disk before A saved again.
    await other.save({ id: meta.id, baseRevision: 1, content: textDoc('bản của B') });
    await expect(
      service.save({ id: meta.id, baseRevision: 1, content: textDoc('A ghi đè') }),
    ).rejects.toMatchObject({ code: 'report-conflict' });
    expect(docText((await open().get(meta.id)).report!.content)).toBe('bản của B');
  });

  it('renames, duplicates, moves to the trash and back (Undo), keeping the body', async () => {
    const { service } = await setup();
    const { meta } = await service.create({ title: 'Gốc', content: textDoc('nội dung') });
    await service.rename(meta.id, 'Đổi tên');
    const copy = await service.duplicate(meta.id);
    expect(copy.title).toBe('Đổi tên (bản sao)');
    await service.delete(meta.id);
    expect((await service.list()).map((item) => item.id)).toEqual([copy.id]);
    expect((await service.list({ trash: true })).map((item) => item.id)).toEqual([meta.id]);
    await service.restore(meta.id);
    expect((await service.list({ trash: true })).length).toBe(0);
    const back = (await service.get(meta.id)).report!;
    expect(back.meta).toMatchObject({ title: 'Đổi tên', deletedAt: null });
    expect(docText(back.content)).toBe('nội dung');
  });

  it('reads a report file written before revisions and fields existed', async () => {
    const { dir, service } = await setup();
    await mkdir(path.join(dir, 'reports'), { recursive: true });
    const meta = {
      id: 'r0123456789ab',
      title: 'Cũ',
      createdAt: '2026-11-01T08:00:00+07:00',
      updatedAt: '2026-11-01T08:00:00+07:00',
    };
    await writeFile(
      path.join(dir, 'reports', 'r0123456789ab.json'),
      JSON.stringify({ meta, content: textDoc('ba từ thôi') }),
    );
    expect(await service.list()).toMatchObject([{ id: meta.id, revision: 0, words: 3 }]);
    await service.save({ id: meta.id, baseRevision: 0, content: textDoc('mới') });
  });
});

describe('ReportService: a damaged file', () => {
  it('is listed with its reason, opened as damaged with the newest version, and never overwritten', async () => {
    const { dir, service, open, advance } = await setup();
    const { meta } = await service.create({ title: 'Sẽ hỏng' });
    await service.save({ id: meta.id, baseRevision: 0, content: textDoc('bản tốt') });
    const file = path.join(dir, 'reports', `${meta.id}.json`);
    await writeFile(file, '{"meta": {"id": "r0');
    advance(10 * MINUTE);
    const fresh = open();
    const list = await fresh.list();
    expect(list).toMatchObject([{ id: meta.id, damaged: expect.stringContaining('JSON') }]);
    const got = await fresh.get(meta.id);
    expect(got.report).toBeNull();
    expect(got.damaged).toMatchObject({ file, newestVersion: { reason: 'auto', words: 2 } });
    await expect(
      fresh.save({ id: meta.id, baseRevision: 1, content: textDoc('đè lên') }),
    ).rejects.toMatchObject({ code: 'archive-corrupt' });
    await expect(fresh.rename(meta.id, 'x')).rejects.toMatchObject({ code: 'archive-corrupt' });
    expect(await readFile(file, 'utf8')).toBe('{"meta": {"id": "r0');
    const version = await fresh.version(meta.id, got.damaged!.newestVersion!.id);
    expect(docText(version.content)).toBe('bản tốt');
    expect(await fresh.problems()).toEqual([
      { file: `reports/${meta.id}.json`, reason: expect.any(String) },
    ]);
  });
});

describe('ReportService: versions', () => {
  it('snapshots at most every five minutes while the report changes, and on every export', async () => {
    const { service, advance } = await setup();
    const { meta } = await service.create({ title: 'Phiên bản' });
    let revision = 0;
    const typeFor = async (minutes: number) => {
      for (let m = 0; m < minutes; m++) {
        advance(MINUTE);
        await service.save({ id: meta.id, baseRevision: revision++, content: textDoc(`${m}`) });
      }
    };
    await typeFor(12);
    const autos = (await service.versions(meta.id)).filter((v) => v.reason === 'auto');
    // Saves at minutes 1..12: snapshots at 1, 6 and 11.
    expect(autos).toHaveLength(3);
    await service.snapshot(meta.id, 'export');
    await service.snapshot(meta.id, 'export');
    const reasons = (await service.versions(meta.id)).map((v) => v.reason);
    expect(reasons.filter((r) => r === 'export')).toHaveLength(2);
  });

  it('restores a version in one step that is itself undoable', async () => {
    const { service, advance } = await setup();
    const { meta } = await service.create({ title: 'Khôi phục', content: textDoc('bản đầu') });
    advance(MINUTE);
    await service.save({ id: meta.id, baseRevision: 0, content: textDoc('bản đầu sửa') });
    const first = (await service.versions(meta.id))[0]!;
    advance(MINUTE);
    await service.save({ id: meta.id, baseRevision: 1, content: textDoc('bản sau cùng') });
    advance(MINUTE);
    const restored = await service.restoreVersion(meta.id, first.id);
    expect(docText(restored.content)).toBe('bản đầu sửa');
    expect(restored.meta.revision).toBe(3);
    const undo = (await service.versions(meta.id)).find((v) => v.reason === 'before-restore')!;
    advance(MINUTE);
    const undone = await service.restoreVersion(meta.id, undo.id);
    expect(docText(undone.content)).toBe('bản sau cùng');
  });

  it('thins snapshots older than 30 days to one a day', async () => {
    const { service, advance } = await setup();
    const { meta } = await service.create({ title: 'Lâu ngày' });
    let revision = 0;
    // Four days of work, a save every 10 minutes for two hours each day.
    for (let day = 0; day < 4; day++) {
      for (let i = 0; i < 12; i++) {
        advance(10 * MINUTE);
        await service.save({ id: meta.id, baseRevision: revision++, content: textDoc(`${i}`) });
      }
      advance(DAY - 120 * MINUTE);
    }
    expect((await service.versions(meta.id)).length).toBe(48);
    advance(30 * DAY);
    await service.save({ id: meta.id, baseRevision: revision, content: textDoc('mới') });
    const versions = await service.versions(meta.id);
    const days = new Set(versions.slice(1).map((v) => v.createdAt.slice(0, 10)));
    expect(versions.length).toBe(1 + 4);
    expect(days.size).toBe(4);
  });
});

describe('ReportService: images', () => {
  const png = (width: number, height: number, size = 64) => {
    const bytes = Buffer.alloc(size);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
    bytes.writeUInt32BE(13, 8);
    bytes.write('IHDR', 12, 'ascii');
    bytes.writeUInt32BE(width, 16);
    bytes.writeUInt32BE(height, 20);
    return bytes;
  };

  it('stores an image once by content and reads its size from the header', async () => {
    const { dir, service } = await setup();
    const first = await service.putMedia('anh.png', png(640, 480).toString('base64'));
    const again = await service.putMedia('copy.png', png(640, 480).toString('base64'));
    expect(first).toMatchObject({ width: 640, height: 480 });
    expect(first.src).toMatch(/^media\/[0-9a-f]{64}\.png$/);
    expect(again.src).toBe(first.src);
    expect(await readdir(path.join(dir, 'media'))).toHaveLength(1);
  });

  it('refuses a 30 MB image with its size and the limit, and a file that is not an image', async () => {
    const { dir, service } = await setup();
    const big = png(8000, 6000, 30 * 1024 * 1024).toString('base64');
    await expect(service.putMedia('lon.png', big)).rejects.toMatchObject({
      code: 'image-too-large',
      detail: 'lon.png: 30.0 MB; the limit is 20.0 MB',
    });
    const text = Buffer.from('<html>not a picture</html>').toString('base64');
    await expect(service.putMedia('gia.png', text)).rejects.toMatchObject({
      code: 'not-an-image',
    });
    expect(await readdir(dir)).not.toContain('media');
  });
});
