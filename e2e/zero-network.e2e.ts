import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logDirOf } from '../main/services/log/log-files';
import { launchApp, type AppHarness } from './support/app-harness';
import { HOSTILE_TITLE, walkEveryScreen, type Screen } from './support/walk-every-screen';

/**
 * Zero network, proven: every screen is walked while Chromium reports every request that is
 * not to the app's own origin and every Content-Security-Policy violation, in every frame.
 * Both must stay at 0: the app neither fetches nor even tries to.
 */
describe('Kho Tin reaches nothing beyond itself, on any screen', () => {
  let app: AppHarness;
  const offHost: string[] = [];
  const violations: string[] = [];
  const visited: Screen[] = [];

  beforeAll(async () => {
    app = await launchApp();
    const origin = new URL(app.host.url).origin;
    const context = app.page.context();
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:')
        offHost.push(`${request.resourceType()} ${request.url()}`);
    });
    await context.exposeBinding('__cspViolation', (_source, text: string) => violations.push(text));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __cspViolation(text: string): void }).__cspViolation(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        ),
      );
    });
    await app.page.reload();
  }, 60_000);
  afterAll(() => app?.close());

  it('walks library, import, reader, search, reports, editor, export and settings: 0 requests off the host, 0 CSP violations', async () => {
    await walkEveryScreen(app, async (screen) => {
      visited.push(screen);
      // What a screen loads lazily (images, fonts) has been asked for once the network is idle.
      await app.page.waitForLoadState('networkidle');
    });
    console.log(
      `[zero-network] ${visited.length} screens: ${offHost.length} requests off the host, ${violations.length} CSP violations`,
    );
    expect(visited).toEqual([
      'library',
      'import-dialog',
      'reader',
      'search',
      'editor',
      'export',
      'reports',
      'settings',
    ]);
    expect(offHost).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('the detector works: a remote image put into the page is reported as a CSP violation', async () => {
    const before = { requests: offHost.length, violations: violations.length };
    await app.page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://127.0.0.1:9/probe.png';
      document.body.append(img);
    });
    await expect
      .poll(() => violations.length, { timeout: 10_000 })
      .toBeGreaterThan(before.violations);
    offHost.length = before.requests;
    violations.length = before.violations;
  });

  it('the host log holds none of what was imported, pasted or searched', async () => {
    const dir = logDirOf(app.userDataDir);
    const text = (
      await Promise.all((await readdir(dir)).map((file) => readFile(path.join(dir, file), 'utf8')))
    ).join('\n');
    expect(text).toContain('app.start');
    for (const typed of [HOSTILE_TITLE, 'tiếp công dân', 'Kết quả hội nghị', 'hostile', 'Chỉ tiêu'])
      expect(text, typed).not.toContain(typed);
  });
});
