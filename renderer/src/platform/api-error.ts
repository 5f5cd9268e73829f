import type { ErrorCode } from '../../../shared/errors';

/** A failed call as the UI sees it: a code to branch on and a message already in the user's language. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly detail?: string;

  constructor(error: { code: string; message: string; detail?: string }) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code as ErrorCode;
    this.detail = error.detail;
  }
}

/** What to show for anything thrown by an `api` call. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
