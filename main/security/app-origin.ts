/**
 * Where the packaged renderer lives. It is served over a privileged custom scheme rather than
 * file:// so that 'self' in the CSP means the app's own files only (file:// would make every
 * file on the disk same-origin), and so the IPC sender check has one origin to compare against.
 */
export const APP_ID = 'vn.khotin.desktop';
export const APP_SCHEME = 'app';
export const APP_HOST = 'kho-tin';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Custom schemes have an opaque `URL.origin` ('null'), so origins are compared as scheme + host. */
export function sameOrigin(a: string, b: string): boolean {
  const left = parseUrl(a);
  const right = parseUrl(b);
  if (!left || !right) return false;
  return left.protocol === right.protocol && left.host === right.host && left.host !== '';
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
