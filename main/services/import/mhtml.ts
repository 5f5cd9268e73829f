import iconv from 'iconv-lite';
import { AppError } from '../../../shared/errors';
import type { ImageResolver } from './html-images';

/**
 * A page saved by a browser as one .mhtml file: MIME multipart/related with the HTML and its
 * images. Decoded by hand because it needs only headers, boundaries, base64 and
 * quoted-printable; the mail parsers on npm bring a whole e-mail stack for this.
 */
export type MhtmlPage = { html: string; location: string | null; resolveImage: ImageResolver };

type Part = { headers: Map<string, string>; body: Buffer };

export function decodeMhtml(bytes: Uint8Array): MhtmlPage {
  const raw = Buffer.from(bytes).toString('latin1');
  const top = splitPart(raw);
  const boundary = param(top.headers.get('content-type') ?? '', 'boundary');
  if (!boundary) throw new AppError('unsupported-file', 'MHTML without a multipart boundary');
  const parts = raw
    .split(`--${boundary}`)
    .slice(1)
    .filter((chunk) => !chunk.startsWith('--'))
    .map((chunk) => {
      const part = splitPart(chunk.replace(/^\r?\n/, ''));
      return {
        headers: part.headers,
        body: decodeBody(part.body, part.headers.get('content-transfer-encoding') ?? ''),
      };
    });
  const htmlPart = parts.find((p) =>
    (p.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html'),
  );
  if (!htmlPart) throw new AppError('unsupported-file', 'MHTML without an HTML part');
  const charset = param(htmlPart.headers.get('content-type') ?? '', 'charset') ?? 'utf-8';
  const html = iconv.decode(htmlPart.body, iconv.encodingExists(charset) ? charset : 'utf-8');
  const location =
    htmlPart.headers.get('content-location') ??
    top.headers.get('snapshot-content-location') ??
    null;
  return { html, location, resolveImage: partResolver(parts, location) };
}

function partResolver(parts: Part[], base: string | null): ImageResolver {
  const byLocation = new Map<string, Buffer>();
  for (const part of parts) {
    const location = part.headers.get('content-location');
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (location) byLocation.set(location, part.body);
    if (id) byLocation.set(`cid:${id}`, part.body);
  }
  return async (src) => {
    if (byLocation.has(src)) return byLocation.get(src)!;
    try {
      return byLocation.get(new URL(src, base ?? undefined).href) ?? null;
    } catch {
      return null;
    }
  };
}

function splitPart(text: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string, name: string): string | null {
  const match = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return match ? (match[1] ?? match[2]) : null;
}

function decodeBody(body: string, encoding: string): Buffer {
  const kind = encoding.toLowerCase();
  const trimmed = body.replace(/\r?\n$/, '');
  if (kind === 'base64') return Buffer.from(trimmed.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  if (kind === 'quoted-printable') {
    const joined = trimmed.replace(/=\r?\n/g, '');
    return Buffer.from(
      joined.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
      'latin1',
    );
  }
  return Buffer.from(trimmed, 'latin1');
}
