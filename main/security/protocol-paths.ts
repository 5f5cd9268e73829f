import path from 'node:path';
import { MEDIA_PROTOCOL } from '../../shared/csp';
import { APP_HOST, APP_SCHEME, parseUrl } from './app-origin';

/** Archive images are addressed as `khotin-media://media/<sha256>.<ext>`; the host names the folder. */
export const MEDIA_HOST = 'media';

/** The URL the renderer puts in an <img> for a file stored in `<archive>/media/`. */
export function mediaUrl(fileName: string): string {
  return `${MEDIA_PROTOCOL}://${MEDIA_HOST}/${encodeURIComponent(fileName)}`;
}

/**
 * Maps `app://kho-tin/<path>` to a file under the built renderer folder, or null. Each segment
 * is checked after decoding (so `%2e%2e` and `..%5c` are caught), then the resolved path must
 * still lie inside the root: two independent guards against reading outside it.
 */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  const segments = decodeSegments(url.pathname);
  if (!segments) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  return insideRoot(rendererDir, relative);
}

/**
 * Maps `khotin-media://media/<file>` to `<archive>/media/<file>`, or null. Media files are
 * content-addressed and flat, so exactly one plain file name is accepted: no folders, no dot files.
 */
export function resolveMediaFile(archiveDir: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${MEDIA_PROTOCOL}:` || url.host !== MEDIA_HOST) return null;
  const segments = decodeSegments(url.pathname);
  if (!segments || segments.length !== 1) return null;
  const [name] = segments;
  if (!name || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return null;
  return insideRoot(path.join(archiveDir, 'media'), name);
}

function decodeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function insideRoot(root: string, relative: string): string | null {
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  return full.startsWith(base + path.sep) ? full : null;
}
