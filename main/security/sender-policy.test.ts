import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from './app-origin';
import { isTrustedSender, type SenderInfo } from './sender-policy';

const WINDOW_ID = 7;
const fromApp: SenderInfo = {
  webContentsId: WINDOW_ID,
  frameUrl: 'app://kho-tin/index.html#/library',
  isMainFrame: true,
};

describe('who may call the IPC API', () => {
  it("accepts the app window's top frame showing the app's page", () => {
    expect(isTrustedSender(fromApp, WINDOW_ID, APP_ENTRY_URL)).toBe(true);
  });

  it('refuses an iframe inside the app page', () => {
    expect(isTrustedSender({ ...fromApp, isMainFrame: false }, WINDOW_ID, APP_ENTRY_URL)).toBe(
      false,
    );
  });

  it('refuses any other window or web contents', () => {
    expect(isTrustedSender({ ...fromApp, webContentsId: 8 }, WINDOW_ID, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender(fromApp, null, APP_ENTRY_URL)).toBe(false);
  });

  it('refuses the window once it shows anything but the app', () => {
    for (const frameUrl of [
      'https://kiengiang.gov.vn/',
      'file:///C:/Users/a/index.html',
      'app://other/index.html',
      'about:blank',
      'data:text/html,x',
    ]) {
      expect(isTrustedSender({ ...fromApp, frameUrl }, WINDOW_ID, APP_ENTRY_URL), frameUrl).toBe(
        false,
      );
    }
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender({ ...fromApp, frameUrl: null }, WINDOW_ID, APP_ENTRY_URL)).toBe(false);
  });

  it('accepts the dev server page when that is the app URL', () => {
    const dev = 'http://localhost:5173/';
    expect(
      isTrustedSender({ ...fromApp, frameUrl: 'http://localhost:5173/#/settings' }, WINDOW_ID, dev),
    ).toBe(true);
    expect(isTrustedSender(fromApp, WINDOW_ID, dev)).toBe(false);
  });
});
