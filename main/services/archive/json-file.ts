import type { FsLike } from '../fs/fs-like';
import { isNotFound } from '../fs/fs-like';

export type JsonRead =
  { kind: 'ok'; value: unknown } | { kind: 'missing' } | { kind: 'bad'; reason: string };

/** Reads and parses a JSON file, saying in plain words why it cannot be used. */
export async function readJson(fs: FsLike, file: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return { kind: 'missing' };
    return { kind: 'bad', reason: `cannot be read (${(error as Error).message})` };
  }
  return parseJsonText(text);
}

export function parseJsonText(text: string): JsonRead {
  if (text.trim() === '') return { kind: 'bad', reason: 'the file is empty' };
  // A power cut on some file systems leaves a run of NUL bytes where data should be.
  if (text.includes('\u0000'))
    return { kind: 'bad', reason: 'the file contains NUL bytes (damaged on disk)' };
  try {
    return { kind: 'ok', value: JSON.parse(text) };
  } catch (error) {
    return { kind: 'bad', reason: `not valid JSON: ${(error as Error).message}` };
  }
}

export function describeIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'does not match the expected shape';
  return `does not match the expected shape at ${first.path.map(String).join('.') || '(root)'}: ${first.message}`;
}
