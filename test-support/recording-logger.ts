import type { LogEvent, LogFields, Logger } from '../main/services/log/logger';

export type Logged = {
  level: 'info' | 'warn' | 'error';
  event: LogEvent;
  fields?: LogFields;
  error?: unknown;
};

/** A Logger that keeps what it is told, for tests of what reaches the log IT reads. */
export function recordingLogger(into: Logged[]): Logger {
  return {
    info: (event, fields) => into.push({ level: 'info', event, fields }),
    warn: (event, fields) => into.push({ level: 'warn', event, fields }),
    error: (event, error, fields) => into.push({ level: 'error', event, fields, error }),
  };
}
