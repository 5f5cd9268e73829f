import { ZodError } from 'zod';
import { contract, type ChannelName, type InvokeResult } from '../../shared/ipc';
import { AppError, type ErrorCode } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/resources';
import type { Language } from '../../shared/settings';
import { nullLogger, safe, type Logger } from '../services/log/logger';
import type { HandlerTable } from './handler-table';

/** A call slower than this is written to the log (channel and duration), for IT to see. */
export const SLOW_CALL_MS = 1000;

function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * The one wrapper every call goes through, from Electron or from the host: it knows the
 * channel, parses the input with the channel's schema, and turns anything thrown into a typed
 * `{ code, message }` in the user's language. Nothing a renderer sends can crash main.
 */
export async function invokeChannel(
  table: HandlerTable,
  channel: unknown,
  rawInput: unknown,
  language: () => Language,
  /** Where failures and slow calls are logged; `slowMs` lowers the bar (the log privacy test logs every call). */
  observe: { logger: Logger; slowMs?: number } = { logger: nullLogger },
): Promise<InvokeResult<unknown>> {
  const { logger, slowMs = SLOW_CALL_MS } = observe;
  const fail = (code: ErrorCode, detail?: string) => failure(code, language, detail);
  if (!isChannel(channel)) return fail('unknown-channel', String(channel).slice(0, 100));
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) return fail('invalid-input', summarizeZodError(parsed.error));
  const startedAt = performance.now();
  try {
    const handler = table[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(withoutUndefined(parsed.data)) };
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.detail);
    console.error(`[ipc] ${channel} failed`, error);
    logger.error('ipc.failed', error, { channel: safe.code(channel) });
    return fail('internal');
  } finally {
    // The channel and the time only: the payload may be an article, a report or a search.
    const ms = Math.round(performance.now() - startedAt);
    if (ms >= slowMs) logger.warn('ipc.slow', { channel: safe.code(channel), ms });
  }
}

/**
 * Electron's IPC keeps fields sent as `undefined`, and zod passes them through on optional keys;
 * a handler spreading a patch (`{ ...meta, ...patch }`) would then erase the field. Absent and
 * undefined mean the same here: the key is dropped, at any depth. (Found by the IPC fuzzer.)
 */
function withoutUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutUndefined) as T;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.getPrototypeOf(value) !== Object.prototype
  )
    return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child !== undefined) out[key] = withoutUndefined(child);
  }
  return out as T;
}

function failure(code: ErrorCode, language: () => Language, detail?: string): InvokeResult<never> {
  return {
    ok: false,
    error: { code, message: errorMessage(code, language()), ...(detail ? { detail } : {}) },
  };
}

/** For a transport that could not even read the message (the host's body is not JSON). */
export function invalidInput(language: () => Language, detail: string): InvokeResult<never> {
  return failure('invalid-input', language, detail);
}

function summarizeZodError(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(input)'}: ${issue.message}`)
    .join('; ');
}
