import electronLog from 'electron-log/node';
import { logDirOf, useLogFiles } from './log-files';
import { loggerOver, type Logger } from './logger';

/**
 * The log of the loopback host and the CLI: electron-log's Node entry (no Electron needed),
 * writing <user data>/logs/<name>.log with the same rotation and the same Logger as the app.
 */
export function openNodeLogger(userDataDir: string, name: 'host' | 'cli'): Logger {
  const dir = logDirOf(userDataDir);
  const log = electronLog.create({ logId: `${name}:${dir}` });
  useLogFiles(log, dir, `${name}.log`);
  return loggerOver(log);
}
