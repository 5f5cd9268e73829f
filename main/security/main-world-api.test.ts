import { describe, expect, it } from 'vitest';
import { createApi, type Api, type ChannelName, type InvokeResult } from '../../shared/ipc';
import { installMainWorldApi } from './main-world-api';

/**
 * Electron runs the installer from its source text in the page's world, so the test does the
 * same: rebuild the function from `toString()` (no module scope) and install into a fresh object.
 */
function installFromSource(rawApi: Api): Api {
  const rebuilt = new Function(
    `return (${installMainWorldApi.toString()})`,
  )() as typeof installMainWorldApi;
  const page: { api?: Api } = {};
  rebuilt(rawApi as unknown as Record<string, unknown>, page);
  return page.api as Api;
}

function rawApi(answer: (channel: ChannelName, input: unknown) => InvokeResult<unknown>): Api {
  return createApi(
    async (channel, input) => answer(channel, input),
    () => () => undefined,
  );
}

describe('window.api as the page sees it', () => {
  it('resolves a successful call to its value', async () => {
    const api = installFromSource(
      rawApi((channel, input) => ({ ok: true, value: { channel, input } })),
    );
    await expect(api.settings.set({ language: 'en' })).resolves.toEqual({
      channel: 'settings.set',
      input: { language: 'en' },
    });
  });

  it('rejects a failed call with an Error that keeps its code, message and detail', async () => {
    const api = installFromSource(
      rawApi(() => ({
        ok: false,
        error: {
          code: 'invalid-input',
          message: 'Dữ liệu gửi lên không hợp lệ.',
          detail: 'language: Invalid option',
        },
      })),
    );
    const error = await api.settings.get().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'ApiError',
      code: 'invalid-input',
      message: 'Dữ liệu gửi lên không hợp lệ.',
      detail: 'language: Invalid option',
    });
  });

  it('passes event subscriptions through and cannot be replaced by page scripts', () => {
    const api = installFromSource(rawApi(() => ({ ok: true, value: null })));
    expect(typeof api.on).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.settings)).toBe(true);
  });
});
