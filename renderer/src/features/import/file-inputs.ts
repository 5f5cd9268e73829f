import { MAX_UPLOAD_BYTES, type ImportFileInput } from '../../../../shared/ipc/import';

export type PickedFile =
  | { key: string; name: string; input: ImportFileInput }
  | { key: string; name: string; error: 'too-large' };

let nextKey = 1;
export const newKey = () => `f${nextKey++}`;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/**
 * Files chosen in the page. In Electron the preload gives each file's path, so main reads it
 * (and the images saved beside a web page); in the browser the contents are uploaded, capped.
 */
export async function toImportInputs(
  files: readonly File[],
  pathForFile?: (file: File) => string,
): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    const key = newKey();
    const path = pathForFile?.(file);
    if (path) picked.push({ key, name: file.name, input: { path } });
    else if (file.size > MAX_UPLOAD_BYTES)
      picked.push({ key, name: file.name, error: 'too-large' });
    else
      picked.push({
        key,
        name: file.name,
        input: { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) },
      });
  }
  return picked;
}

export function fromPaths(paths: string[]): PickedFile[] {
  return paths.map((path) => ({
    key: newKey(),
    name: path.split(/[\\/]/).pop() ?? path,
    input: { path },
  }));
}
