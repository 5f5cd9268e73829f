import { MEDIA_PROTOCOL } from '../../../../shared/csp';

/** `media/<sha256>.<ext>` as stored in the archive → the URL an <img> can load in this shell. */
export function mediaUrl(ref: string, shell: { electron: boolean; token: string }): string | null {
  const match = /^media\/([0-9a-f]{64}\.[a-z0-9]{2,5})$/.exec(ref);
  if (!match) return null;
  const file = match[1]!;
  if (shell.electron) return `${MEDIA_PROTOCOL}://media/${file}`;
  return `media/${file}?token=${encodeURIComponent(shell.token)}`;
}

export function currentShell(): { electron: boolean; token: string } {
  const token = document.querySelector<HTMLMetaElement>('meta[name="khotin-token"]')?.content ?? '';
  return { electron: window.api !== undefined, token };
}
