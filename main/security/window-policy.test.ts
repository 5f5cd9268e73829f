import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, MEDIA_PROTOCOL } from '../../shared/csp';
import { APP_ENTRY_URL } from './app-origin';
import {
  WINDOW_DEFAULTS,
  decideNavigation,
  isPermissionGranted,
  secureWebPreferences,
} from './window-policy';

describe('the main window is locked down', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs', { devTools: false });

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web security model on and embedded browsers off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('never reaches the network for spellcheck dictionaries, and hides dev tools in the shipped app', () => {
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.devTools).toBe(false);
    expect(secureWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });

  it('loads the CommonJS preload it was given', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it("starts from default-src 'none'", () => {
    expect(CONTENT_SECURITY_POLICY.startsWith("default-src 'none'")).toBe(true);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it("runs only the app's own scripts: no inline, no eval, no remote", () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote host and no wildcard anywhere', () => {
    for (const values of Object.values(CSP_DIRECTIVES)) {
      for (const value of values) {
        expect(value).not.toMatch(/^(https?:|wss?:|\*|.*\.[a-z]{2,}$)/i);
      }
    }
  });

  it('lets images come only from the app, inline data and the archive media protocol', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', `${MEDIA_PROTOCOL}:`]);
  });

  it('forbids plugins, frames, form posts and base rewrites', () => {
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'form-action', 'base-uri']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
  });
});

describe('navigation', () => {
  it('lets the app reload its own page', () => {
    expect(decideNavigation('app://kho-tin/index.html', APP_ENTRY_URL)).toBe('allow');
    expect(decideNavigation('app://kho-tin/', APP_ENTRY_URL)).toBe('allow');
  });

  it('sends web links to the browser instead of opening them in the app', () => {
    expect(decideNavigation('https://kiengiang.gov.vn/tin-tuc', APP_ENTRY_URL)).toBe(
      'open-external',
    );
    expect(decideNavigation('http://example.vn/', APP_ENTRY_URL)).toBe('open-external');
  });

  it('drops every other kind of target', () => {
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'app://other-host/index.html',
      'khotin-media://media/x.png',
      'mailto:a@b.vn',
      'https://user:pass@example.vn/',
      'not a url',
    ]) {
      expect(decideNavigation(url, APP_ENTRY_URL), url).toBe('block');
    }
  });

  it('follows the dev server origin when running from source', () => {
    const dev = 'http://localhost:5173/';
    expect(decideNavigation('http://localhost:5173/index.html', dev)).toBe('allow');
    expect(decideNavigation('http://localhost:5174/', dev)).toBe('open-external');
  });
});

describe('web permissions', () => {
  it("grants only clipboard writes, and only to the app's own page", () => {
    expect(
      isPermissionGranted('clipboard-sanitized-write', 'app://kho-tin/index.html', APP_ENTRY_URL),
    ).toBe(true);
    expect(
      isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', APP_ENTRY_URL),
    ).toBe(false);
  });

  it('refuses camera, location, notifications and the rest', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'usb',
      'unknown',
    ]) {
      expect(
        isPermissionGranted(permission, 'app://kho-tin/index.html', APP_ENTRY_URL),
        permission,
      ).toBe(false);
    }
  });
});

describe('the first-run window size', () => {
  it('fits a 1366×768 office laptop screen with the taskbar, and its minimum fits too', () => {
    const usable = { width: 1366, height: 768 - 48 };
    expect(WINDOW_DEFAULTS.defaultWidth).toBeLessThanOrEqual(usable.width);
    expect(WINDOW_DEFAULTS.defaultHeight).toBeLessThanOrEqual(usable.height);
    expect(WINDOW_DEFAULTS.minWidth).toBeLessThanOrEqual(WINDOW_DEFAULTS.defaultWidth);
    expect(WINDOW_DEFAULTS.minHeight).toBeLessThanOrEqual(WINDOW_DEFAULTS.defaultHeight);
  });
});
