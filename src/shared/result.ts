/**
 * Typed result envelopes. Errors never cross a boundary as thrown strings:
 * they carry a message key of the catalogue plus parameters, so every window
 * shows them in the user's language.
 */
import type { MessageKey } from './i18n/messages';

export interface AppError {
  /** catalogue key, e.g. "error.storage.readOnly" */
  code: MessageKey;
  params?: Record<string, string | number>;
  /** technical detail for logs, never shown as the main message */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (
  code: MessageKey,
  params?: Record<string, string | number>,
  detail?: string,
): { ok: false; error: AppError } => ({
  ok: false,
  error: detail === undefined ? (params ? { code, params } : { code }) : { code, params, detail },
});

/** An error raised inside pure code (commands, migrations) that maps to an AppError. */
export class DomainError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export function toAppError(e: unknown, fallback: MessageKey = 'error.unexpected'): AppError {
  if (e instanceof DomainError) return e.params ? { code: e.code, params: e.params } : { code: e.code };
  const detail = e instanceof Error ? e.message : String(e);
  return { code: fallback, detail };
}
