import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestServices, type TestServices } from '../../test-support/test-services';
import { createHandlerTable } from './handler-table';
import { invokeChannel } from './invoke';

describe('clipboard.readText', () => {
  let opened: TestServices;
  beforeEach(async () => {
    opened = await openTestServices();
  });
  afterEach(() => opened.remove());

  it("answers the shell's clipboard text, or null where the page must read its own", async () => {
    const electronLike = createHandlerTable({
      ...opened.services,
      openExternal: async () => true,
      readClipboardText: async () => 'Dòng một\r\nDòng hai',
    });
    expect(await invokeChannel(electronLike, 'clipboard.readText', undefined, () => 'vi')).toEqual({
      ok: true,
      value: { text: 'Dòng một\r\nDòng hai' },
    });
    expect(await invokeChannel(opened.table, 'clipboard.readText', undefined, () => 'vi')).toEqual({
      ok: true,
      value: { text: null },
    });
  });
});
