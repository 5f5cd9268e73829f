/**
 * Electron's contextBridge rebuilds an Error thrown in the preload as a bare `Error(message)`
 * in the page (electron/electron#25596), so a failed call would lose its `code`. The preload
 * therefore passes the page a raw api whose calls resolve to `InvokeResult`, and this function,
 * run in the page's own world by `contextBridge.executeInMainWorld`, unwraps them there.
 *
 * Electron serializes this function to source: it must not reference anything outside itself.
 */
export function installMainWorldApi(
  rawApi: Record<string, unknown>,
  target: object = globalThis,
): void {
  type Result =
    | { ok: true; value: unknown }
    | { ok: false; error: { code: string; message: string; detail?: string } };
  const unwrap =
    (call: (input?: unknown) => Promise<Result>) =>
    async (input?: unknown): Promise<unknown> => {
      const result = await call(input);
      if (result.ok) return result.value;
      const error = new Error(result.error.message) as Error & { code: string; detail?: string };
      error.name = 'ApiError';
      error.code = result.error.code;
      if (result.error.detail !== undefined) error.detail = result.error.detail;
      throw error;
    };
  const api: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(rawApi)) {
    if (typeof member === 'function') {
      api[key] = member;
      continue;
    }
    const methods: Record<string, unknown> = {};
    for (const [name, call] of Object.entries(
      member as Record<string, (input?: unknown) => Promise<Result>>,
    )) {
      methods[name] = unwrap(call);
    }
    api[key] = Object.freeze(methods);
  }
  Object.defineProperty(target, 'api', {
    value: Object.freeze(api),
    enumerable: true,
    writable: false,
    configurable: false,
  });
}
