import type { KeyFetchFailure } from '../engine/args.js';
import { JwtDiagnoseError } from '../errors.js';

/**
 * A key request that failed, classified. Internal to src/keys/: every one becomes a `failed` KeyFetchInfo
 * and a `signature.unchecked` finding, never an exception out of a diagnosis.
 */
export class KeyFetchError extends JwtDiagnoseError {
  static override readonly code = 'ERR_KEY_FETCH';
  override readonly code = KeyFetchError.code;
  readonly failure: KeyFetchFailure;
  readonly url: string;
  readonly httpStatus: number | null;

  constructor(failure: KeyFetchFailure, url: string, options?: { cause?: unknown; httpStatus?: number }) {
    super(`${failure}${options?.httpStatus === undefined ? '' : ` ${options.httpStatus}`}: ${url}`, options);
    this.failure = failure;
    this.url = url;
    this.httpStatus = options?.httpStatus ?? null;
  }
}
