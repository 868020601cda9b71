import { z } from 'zod';
import { InvalidOptionsError, KeyInputError, type KeyProblem } from '../errors.js';
import type { KeyMaterial } from './context.js';
import type { JsonObject } from './token/decode.js';
import type { Locale } from './types.js';

/** A time as a Date, epoch seconds, or an ISO-8601 string. */
const TimeInput = z.union([z.date(), z.number().finite().nonnegative(), z.iso.datetime({ offset: true })]);

const KeyInput = z.union([z.string().min(1), z.record(z.string(), z.unknown())]);

export const DiagnoseOptionsSchema = z
  .object({
    now: TimeInput.optional(),
    preferPastedDate: z.boolean().optional(),
    skewSeconds: z.number().int().min(0).max(86_400).optional(),
    expectedIssuers: z.array(z.string().min(1)).optional(),
    expectedAudiences: z.array(z.string().min(1)).optional(),
    allowedAlgorithms: z.array(z.string().min(1)).optional(),
    requiredScopes: z.array(z.string().min(1)).optional(),
    keys: z.array(KeyInput).optional(),
    locale: z.enum(['en', 'ja']).optional(),
  })
  .strict();

/** Options of `diagnose()`. */
export interface DiagnoseOptions {
  /** The reference time: a Date, epoch seconds or ISO-8601. The engine reads no clock; without it, the pasted Date header is used, else time verdicts are skipped. */
  now?: Date | number | string;
  /** Judge times at the pasted response's `Date` header when there is one (the moment of the failure) instead of `now`. */
  preferPastedDate?: boolean;
  /** Clock-skew allowance in seconds. Default 60. */
  skewSeconds?: number;
  expectedIssuers?: string[];
  expectedAudiences?: string[];
  /** Allowed `alg` values. */
  allowedAlgorithms?: string[];
  /** Scopes or roles the request needs. */
  requiredScopes?: string[];
  /** Keys to check `kid` and the signature: JWKS or JWK objects, or JWKS JSON / PEM text. */
  keys?: Array<string | Record<string, unknown>>;
  locale?: Locale;
}

export interface ResolvedOptions {
  /** Epoch seconds, or null when neither the caller nor the paste gives a time. */
  now: number | null;
  preferPastedDate: boolean;
  skewSeconds: number;
  expectedIssuers: readonly string[];
  expectedAudiences: readonly string[];
  allowedAlgorithms: readonly string[];
  requiredScopes: readonly string[];
  keys: KeyMaterial[];
  locale: Locale;
}

export const DEFAULT_SKEW_SECONDS = 60;

/** Validates options at the API edge; throws InvalidOptionsError (or KeyInputError for an unreadable key). */
export function resolveOptions(options: DiagnoseOptions | undefined): ResolvedOptions {
  const parsed = DiagnoseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new InvalidOptionsError(`invalid option ${where === '' ? '' : `"${where}" `}: ${issue?.message ?? 'invalid'}`.replace(' :', ':'));
  }
  const o = parsed.data;
  return {
    now: o.now === undefined ? null : toEpochSeconds(o.now),
    preferPastedDate: o.preferPastedDate ?? o.now === undefined,
    skewSeconds: o.skewSeconds ?? DEFAULT_SKEW_SECONDS,
    expectedIssuers: o.expectedIssuers ?? [],
    expectedAudiences: o.expectedAudiences ?? [],
    allowedAlgorithms: o.allowedAlgorithms ?? [],
    requiredScopes: o.requiredScopes ?? [],
    keys: (o.keys ?? []).map(readKey),
    locale: o.locale ?? 'en',
  };
}

function toEpochSeconds(t: Date | number | string): number {
  if (typeof t === 'number') return Math.floor(t);
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  return Math.floor(ms / 1000);
}

/** Reads one key input: a JWKS or JWK (object or JSON text) or a PEM public key / certificate. */
export function readKey(input: string | Record<string, unknown>): KeyMaterial {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('-----BEGIN')) {
      if (/-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(text)) {
        throw keyError('private-key', 'the key is a PRIVATE key: give the public key (or the JWKS), and treat that private key as leaked');
      }
      if (!/-----BEGIN (PUBLIC KEY|CERTIFICATE)-----/.test(text)) throw keyError('not-public-pem', 'the PEM is not a PUBLIC KEY or CERTIFICATE block');
      return { kind: 'pem', pem: text, source: 'key', evidence: 'PEM key given' };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw keyError('not-json-or-pem', 'the key is neither JSON (JWKS or JWK) nor a PEM public key');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw keyError('not-object', 'the key JSON is not an object');
    return readKey(value as Record<string, unknown>);
  }
  const keys = input.keys;
  if (Array.isArray(keys)) {
    const jwks = keys.filter((k): k is JsonObject => k !== null && typeof k === 'object' && typeof (k as JsonObject).kty === 'string');
    if (jwks.length === 0) throw keyError('no-keys', 'the JWKS has no keys with a "kty"');
    return { kind: 'jwks', keys: jwks, source: 'key', evidence: `JWKS given (${jwks.length} keys)` };
  }
  if (typeof input.kty === 'string') return { kind: 'jwks', keys: [input], source: 'key', evidence: 'JWK given' };
  throw keyError('not-jwk', 'the key JSON is neither a JWKS ({"keys": [...]}) nor a JWK (with "kty")');
}

function keyError(reason: KeyProblem, message: string): KeyInputError {
  return new KeyInputError(message, { problem: { kind: 'bad-key', reason } });
}
