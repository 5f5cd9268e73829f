/**
 * The renderer's Content-Security-Policy, one string for both shells: Electron (meta tag in the
 * built index.html plus response headers) and the loopback host (response header). It starts
 * from `default-src 'none'` and opens only what the app itself serves: no remote anything.
 * `khotin-media:` is the Electron protocol for images stored in the archive's media/ folder.
 */
export const MEDIA_PROTOCOL = 'khotin-media';

export const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Inline style attributes only (React and the editor set them); no remote stylesheets.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:', `${MEDIA_PROTOCOL}:`],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

export const CONTENT_SECURITY_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join('; ');
