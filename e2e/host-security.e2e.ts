import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppHarness } from './support/app-harness';

describe('the loopback host', () => {
  let app: AppHarness;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(() => app?.close());

  const invoke = (headers: Record<string, string>, body: string) =>
    fetch(new URL('api/invoke', app.host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(app.host.url).hostname).toBe('127.0.0.1');
  });

  it('refuses calls without the per-run token', async () => {
    const response = await invoke({}, JSON.stringify({ channel: 'settings.get' }));
    expect(response.status).toBe(403);
    const wrong = await invoke(
      { 'x-khotin-token': 'f'.repeat(64) },
      JSON.stringify({ channel: 'settings.get' }),
    );
    expect(wrong.status).toBe(403);
  });

  it('refuses calls from another origin even with the token', async () => {
    const response = await invoke(
      { 'x-khotin-token': app.host.token, origin: 'http://evil.example' },
      JSON.stringify({ channel: 'settings.get' }),
    );
    expect(response.status).toBe(403);
  });

  it('answers a body that is not JSON with a typed error', async () => {
    const response = await invoke({ 'x-khotin-token': app.host.token }, '{not json');
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  // Path traversal, the Host header, the tokens and the body limit are probed with raw requests
  // in main/host/server.test.ts: fetch normalizes `/../` and sets its own Host header.

  it('sends the strict CSP with the page', async () => {
    const response = await fetch(app.host.url);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await response.text()).toContain('name="khotin-token"');
  });
});
