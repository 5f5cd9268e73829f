import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../../shared/ipc/import';
import { makeDocx } from '../../test-support/fixtures/import/make-docx';
import { makeNd30Docx, SO_BAO_CAO } from '../../test-support/nd30-docx';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { invokeChannel } from './invoke';

/** reports.openDocx through the wrapper: the upload cap, and whether the decree's header was read. */
describe('reports.openDocx', () => {
  let opened: TestServices;
  beforeEach(async () => {
    opened = await openTestServices();
  });
  afterEach(() => opened.remove());
  const open = (name: string, bytes: Buffer) =>
    invokeChannel(
      opened.table,
      'reports.openDocx',
      { name, base64: bytes.toString('base64') },
      () => 'vi',
    );

  it('says a decree-laid-out document was recognized, and a plain one was not', async () => {
    const nd30 = await open('bc.docx', await makeNd30Docx(SO_BAO_CAO));
    expect(nd30).toMatchObject({
      ok: true,
      value: { recognized: true, report: { meta: { layout: 'nd30' } } },
    });
    const plain = await open(
      'ghi-chu.docx',
      await makeDocx([{ kind: 'paragraph', text: 'Ghi chú họp giao ban' }]),
    );
    expect(plain).toMatchObject({ ok: true, value: { recognized: false } });
  });

  // Mutation testing found the cap untested: exactly the cap passes it, one byte more is refused.
  it('takes a file of exactly the cap past the size check, and refuses one byte more by name', async () => {
    const exact = await open('vua.docx', Buffer.alloc(MAX_UPLOAD_BYTES, 0x61));
    expect(exact.ok ? null : exact.error.code).not.toBe('file-too-large');
    const over = await open('thu muc/lon.docx', Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x61));
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'file-too-large', detail: 'lon.docx: > 30 MB' },
    });
  });
});
