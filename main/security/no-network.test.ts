import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Nothing in the app checks for updates, sends telemetry or uploads crashes: no code in main/,
 * shared/ or the renderer opens a network client, except the few places listed here with the
 * reason they stay on this machine. A new `fetch(`, `net.request`, `https` call, socket or
 * updater fails this test until it is explained below.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCANNED = ['main', 'shared', 'renderer/src'];

const CLIENT_CALLS: [string, RegExp][] = [
  ['fetch(', /(?<![\w.])fetch\s*\(/],
  ['net.fetch / net.request (Electron)', /\bnet\.(fetch|request)\s*\(/],
  ['http(s).request / .get', /\bhttps?\.(request|get)\s*\(/],
  [
    'node:https / https module',
    /from\s+['"](node:)?https['"]|require\(\s*['"](node:)?https['"]\s*\)/,
  ],
  ['sockets', /\b(net|tls)\.(connect|createConnection)\s*\(|from\s+['"](node:)?(dgram|tls)['"]/],
  ['WebSocket / XMLHttpRequest / EventSource to elsewhere', /new\s+(WebSocket|XMLHttpRequest)\b/],
  ['sendBeacon', /\.sendBeacon\s*\(/],
  ['updates and crash uploads', /\b(autoUpdater|crashReporter|electron-updater)\b/],
];

/** file → why its network-looking call never leaves the machine. */
const ALLOWED: Record<string, string> = {
  'main/window.ts':
    'net.fetch of a file:// URL: the app:// protocol handler serving the built renderer from disk',
  'renderer/src/platform/http-api.ts':
    "fetch('api/invoke'), a relative URL: the loopback host on 127.0.0.1 that served the page",
};

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(repoRoot, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await sourceFiles(relative)));
    else if (
      /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) &&
      !/\.(test|e2e)\.tsx?$/.test(entry.name)
    )
      files.push(relative);
  }
  return files;
}

/** Source without comments, so a comment that mentions fetch( is not a call. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('no network client in the app', () => {
  it('finds no fetch, net.request, http(s) client, socket or updater outside the allow-list', async () => {
    const found: string[] = [];
    const files = (await Promise.all(SCANNED.map(sourceFiles))).flat();
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = code(await readFile(path.join(repoRoot, file), 'utf8'));
      for (const [name, pattern] of CLIENT_CALLS)
        if (pattern.test(text) && !ALLOWED[file]) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });

  it('each allow-listed file still has the call it is listed for (no stale entries)', async () => {
    for (const file of Object.keys(ALLOWED)) {
      const text = code(await readFile(path.join(repoRoot, file), 'utf8'));
      expect(
        CLIENT_CALLS.some(([, pattern]) => pattern.test(text)),
        file,
      ).toBe(true);
    }
  });

  it('would notice a call (the patterns match what they are meant to)', () => {
    const samples = [
      "await fetch('https://update.example.vn/latest')",
      "net.request({ url: 'https://x' })",
      "https.get('https://telemetry.example')",
      "import https from 'node:https';",
      'const socket = net.connect(443, host);',
      "new WebSocket('wss://x')",
      'navigator.sendBeacon(url, data)',
      'autoUpdater.checkForUpdates()',
    ];
    for (const sample of samples)
      expect(
        CLIENT_CALLS.some(([, pattern]) => pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(CLIENT_CALLS.some(([, pattern]) => pattern.test('const fetched = prefetch;'))).toBe(
      false,
    );
  });
});
