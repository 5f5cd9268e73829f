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

/** Far deeper than any payload of the contract; a deeper one is refused rather than walked. */
const MAX_PAYLOAD_DEPTH = 1000;

/**
 * Electron's IPC keeps fields sent as `undefined`, and zod passes them through on optional keys;
 * a handler spreading a patch (`{ ...meta, ...patch }`) would then erase the field. Absent and
 * undefined mean the same here: the key is dropped, at any depth. (Found by the IPC fuzzer.)
 * Electron's structured clone also carries objects that contain themselves, which the schemas'
 * `z.unknown()` values (settings.reportDefaults) let through: walking one overflowed the stack,
 * and no file could store it. It is refused as invalid input. (Found by the IPC fuzzer too.)
 */
function withoutUndefined<T>(value: T, within: Set<object> = new Set(), depth = 0): T {
  const array = Array.isArray(value);
  if (
    !array &&
    (typeof value !== 'object' ||
      value === null ||
      Object.getPrototypeOf(value) !== Object.prototype)
  )
    return value;
  const container = value as object;
  if (within.has(container)) throw new AppError('invalid-input', 'the payload contains itself');
  if (depth > MAX_PAYLOAD_DEPTH)
    throw new AppError('invalid-input', 'the payload is nested too deep');
  within.add(container);
  const clean = (child: unknown) => withoutUndefined(child, within, depth + 1);
  let out: unknown;
  if (array) out = (value as unknown[]).map(clean);
  else {
    const record: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(container)) {
      if (child !== undefined) record[key] = clean(child);
    }
    out = record;
  }
  // Only its ancestors count: the same object twice side by side is not a cycle.
  within.delete(container);
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
