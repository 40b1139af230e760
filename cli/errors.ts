/**
 * What can go wrong with one input, before or after the pipeline. The pipeline's own failure
 * codes pass through unchanged; the rest are about getting the page at all. Every message is one
 * sentence a user understands, so the CLI can print exactly one line per bad input.
 */
import type { FailureCode } from '../src/index';

export type InputErrorCode =
  | FailureCode
  | 'not-found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'bad-gzip'
  | 'no-inputs'
  | 'http-error'
  | 'unreachable'
  | 'output-exists'
  | 'unwritable';

export class InputError extends Error {
  constructor(readonly code: InputErrorCode, message: string) {
    super(message);
  }
}

export interface ErrorInfo {
  code: InputErrorCode;
  message: string;
}

/** Any thrown value as an `{code, message}`; unknown errors become `parse-error` with their text. */
export function toErrorInfo(e: unknown): ErrorInfo {
  if (e instanceof InputError) return { code: e.code, message: e.message };
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { code: 'parse-error', message: `This page could not be read (${oneLine(detail).slice(0, 200)}).` };
}

export function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
