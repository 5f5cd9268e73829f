import { ZodError } from 'zod';
import { contract, type ChannelName, type InvokeResult } from '../../shared/ipc';
import { AppError, type ErrorCode } from '../../shared/errors';
import { errorMessage } from '../../shared/i18n/resources';
import type { Language } from '../../shared/settings';
import type { HandlerTable } from './handler-table';

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
): Promise<InvokeResult<unknown>> {
  const fail = (code: ErrorCode, detail?: string) => failure(code, language, detail);
  if (!isChannel(channel)) return fail('unknown-channel', String(channel).slice(0, 100));
  const parsed = contract[channel].input.safeParse(rawInput);
  if (!parsed.success) return fail('invalid-input', summarizeZodError(parsed.error));
  try {
    const handler = table[channel] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.detail);
    console.error(`[ipc] ${channel} failed`, error);
    return fail('internal');
  }
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
