import { renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { NodeLogger } from 'electron-log';

/** Five files of up to 1 MB each (the current one and four older), under <user data>/logs. */
export const LOG_FILES = { maxBytes: 1024 * 1024, count: 5 } as const;

/**
 * Where the desktop app keeps its user data (Electron's userData for "Kho Tin"), so the CLI's
 * log lands beside the app's; KHOTIN_USER_DATA points it elsewhere (the tests do).
 */
export function defaultUserDataDir(env = process.env, platform = process.platform): string {
  if (env.KHOTIN_USER_DATA) return env.KHOTIN_USER_DATA;
  if (platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'Kho Tin');
  if (platform === 'darwin')
    return path.join(os.homedir(), 'Library', 'Application Support', 'Kho Tin');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'Kho Tin');
}

export function logDirOf(userDataDir: string): string {
  return path.join(userDataDir, 'logs');
}

/** main.log → main.1.log → … → main.4.log; the oldest is dropped. */
export function rotate(current: string, count: number = LOG_FILES.count): void {
  const numbered = (i: number) => current.replace(/\.log$/, `.${i}.log`);
  rmSync(numbered(count - 1), { force: true });
  for (let i = count - 2; i >= 1; i--) {
    try {
      renameSync(numbered(i), numbered(i + 1));
    } catch {
      // Not there yet: fewer than `count` files so far.
    }
  }
  renameSync(current, numbered(1));
}

/** Points an electron-log instance (main or node) at our rotating files, and off the console. */
export function useLogFiles(
  log: Pick<NodeLogger, 'transports'>,
  dir: string,
  fileName: string,
): void {
  const file = log.transports.file;
  file.resolvePathFn = () => path.join(dir, fileName);
  file.maxSize = LOG_FILES.maxBytes;
  file.archiveLogFn = (old) => rotate(old.path);
  file.level = 'info';
  log.transports.console.level = false;
}
