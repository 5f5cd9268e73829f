/**
 * Idle time, but within `timeout` ms even on a busy machine; a timer where the browser has no
 * idle callbacks (jsdom in unit tests).
 */
export function requestIdle(fn: () => void, timeout: number): number {
  return typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout })
    : (setTimeout(fn, 0) as unknown as number);
}

export function cancelIdle(handle: number): void {
  if (!handle) return;
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}
