import os from 'node:os';
import path from 'node:path';

/**
 * The app's local log, for IT: start, versions, archive status, slow operations, errors with
 * their stack frames. It is written so that it cannot carry what people read and write: events
 * are a fixed list, and a field is a number, a boolean or a `Safe` string made by one of the
 * `safe.*` helpers (a channel name, a file extension, a version, a code). An article's text, a
 * report, a search query or a file name has no way in without a cast a reviewer would see.
 */
export const LOG_EVENTS = [
  'app.start',
  'app.stop',
  'archive.open',
  'trash.emptied',
  'ipc.slow',
  'ipc.failed',
  'job.done',
  'host.failed',
  'cli.command',
  'cli.failed',
  'process.crash',
  'diagnostics.saved',
] as const;
export type LogEvent = (typeof LOG_EVENTS)[number];

declare const SAFE: unique symbol;
export type Safe = string & { readonly [SAFE]: true };
export type LogFields = Readonly<Record<string, number | boolean | null | Safe>>;

const asSafe = (text: string) => text.slice(0, 80) as Safe;

export const safe = {
  /** A name from the code: an IPC channel, a job kind, a CLI command, an error code. */
  code: (name: string): Safe => asSafe(name.replace(/[^\w.:-]/g, '?')),
  /** A version string (1.2.3, 45.5.0). */
  version: (version: string): Safe => asSafe(version.replace(/[^\w.+-]/g, '?')),
  /** Only the extension of a file name: ".docx", never the name. */
  extension: (fileName: string): Safe => asSafe(path.extname(fileName).toLowerCase().slice(0, 10)),
};

export interface Logger {
  info(event: LogEvent, fields?: LogFields): void;
  warn(event: LogEvent, fields?: LogFields): void;
  /** The error's class, code and stack frames; never its message, which may quote a file or text. */
  error(event: LogEvent, error: unknown, fields?: LogFields): void;
}

export const nullLogger: Logger = { info() {}, warn() {}, error() {} };

/** The parts of an error that say where it came from without saying what it was about. */
export function describeError(error: unknown): Record<string, string> {
  if (!(error instanceof Error)) return { type: typeof error };
  const described: Record<string, string> = { name: error.name };
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  if (typeof code === 'string') described.code = safe.code(code);
  if (typeof syscall === 'string') described.syscall = safe.code(syscall);
  const home = os.homedir();
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 15)
    // Paths to the app's own code; the home folder (the Windows user name) is left out.
    .map((line) => line.trim().split(home).join('~'));
  if (frames.length > 0) described.stack = frames.join(' | ');
  return described;
}

/** What electron-log's main and node loggers both offer. */
export type LogSink = {
  info(...parts: unknown[]): void;
  warn(...parts: unknown[]): void;
  error(...parts: unknown[]): void;
};

/** Our Logger over an electron-log instance: one line per event, fields as JSON. */
export function loggerOver(sink: LogSink): Logger {
  const line = (event: LogEvent, fields?: object) =>
    fields && Object.keys(fields).length > 0 ? `${event} ${JSON.stringify(fields)}` : event;
  return {
    info: (event, fields) => sink.info(line(event, fields)),
    warn: (event, fields) => sink.warn(line(event, fields)),
    error: (event, error, fields) =>
      sink.error(line(event, { ...fields, ...describeError(error) })),
  };
}

/** The first line of every run: what is running, on what. */
export function logStart(logger: Logger, shell: 'electron' | 'web' | 'cli', version: string): void {
  const versions = process.versions as Record<string, string | undefined>;
  logger.info('app.start', {
    shell: safe.code(shell),
    version: safe.version(version),
    electron: versions.electron ? safe.version(versions.electron) : null,
    chrome: versions.chrome ? safe.version(versions.chrome) : null,
    node: safe.version(process.versions.node),
    platform: safe.code(process.platform),
    release: safe.version(os.release()),
    arch: safe.code(process.arch),
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    cpus: os.cpus().length,
  });
}

/** Errors that escape everything are logged on their way out; the process does what it would anyway. */
export function logCrashes(logger: Logger): void {
  process.on('uncaughtExceptionMonitor', (error) => logger.error('process.crash', error));
}
