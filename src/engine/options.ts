import { z } from 'zod';
import { InvalidOptionsError, KeyInputError, type KeyProblem } from '../errors.js';
import { KEY_FETCH_FAILURES, type KeyFetchFailure, type KeyRefetch } from './args.js';
import type { KeyMaterial } from './context.js';
import { isoSeconds } from './time-parse.js';
import type { JsonObject } from './token/decode.js';
import type { Locale } from './types.js';

/** `now` as an ISO-8601 string with a zone: TimeInput's third form, also checked alone by quickParse. */
const NowIso = z.iso.datetime({ offset: true });

/**
 * The everyday shape of `now` (`2026-05-28T14:10:00Z`, `…T14:10:00.123+09:00`), days 01–28 only: a
 * subset of what NowIso accepts (test/engine/fast-paths.test.ts holds it to that), tested by one regex
 * instead of a schema parse. Anything else, the 29th–31st included, still goes to NowIso.
 */
const COMMON_ISO =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** Whether `value` is an ISO-8601 `now` the schema accepts. */
export function isIsoNow(value: string): boolean {
  return COMMON_ISO.test(value) || NowIso.safeParse(value).success;
}

/** A time as a Date, epoch seconds, or an ISO-8601 string. */
const TimeInput = z.union([z.date(), z.number().finite().nonnegative(), NowIso]);

const KeyInput = z.union([z.string().min(1), z.record(z.string(), z.unknown())]);

const KeyFetchInput = z.discriminatedUnion('status', [
  z
    .object({ status: z.literal('skipped'), reason: z.literal('issuer-not-trusted'), iss: z.string().nullable() })
    .strict(),
  z
    .object({
      status: z.literal('failed'),
      issuer: z.string().nullable(),
      url: z.string().nullable(),
      failure: z.enum(KEY_FETCH_FAILURES),
      httpStatus: z.number().int().nullable(),
    })
    .strict(),
  z
    .object({
      status: z.literal('fetched'),
      issuer: z.string().nullable(),
      jwksUri: z.string().min(1),
      jwks: z.object({ keys: z.array(z.record(z.string(), z.unknown())) }),
      refetch: z.enum(['none', 'refetched', 'cooling-down', 'failed']),
      kidsBefore: z.array(z.string()),
    })
    .strict(),
]);

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
    keyFetch: KeyFetchInput.optional(),
    locale: z.enum(['en', 'ja']).optional(),
  })
  .strict();

/**
 * What the edge (src/keys/) did about the issuer's published keys. The engine fetches nothing: it is
 * told what was fetched, or why nothing was, and reports it like any other evidence.
 * - `skipped`: the token's issuer is not one the operator trusts, so no request was made;
 * - `failed`: the discovery document or the JWKS could not be fetched or read;
 * - `fetched`: the key set as published at `jwksUri`. When the token's kid was missing from a cached
 *   copy, `refetch` says what happened next and `kidsBefore` lists that copy's kids.
 */
export type KeyFetchInfo =
  | { status: 'skipped'; reason: 'issuer-not-trusted'; iss: string | null }
  | { status: 'failed'; issuer: string | null; url: string | null; failure: KeyFetchFailure; httpStatus: number | null }
  | {
      status: 'fetched';
      issuer: string | null;
      jwksUri: string;
      jwks: { keys: Array<Record<string, unknown>> };
      refetch: KeyRefetch;
      kidsBefore: string[];
    };

/** Options of `diagnose()`. */
export interface DiagnoseOptions {
  /** The reference time: a Date, epoch seconds or ISO-8601. The engine reads no clock; without it, the pasted Date header is used, else time verdicts are skipped. */
  now?: Date | number | string;
  /**
   * Judge times at the moment of the failure instead of `now` when the paste shows it: the response's `Date` header,
   * else the zoned time of the log entry that holds the refusal (never one after `now`).
   */
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
  /** Keys fetched from the issuer at the edge, or why none were (see `KeyFetchInfo`). */
  keyFetch?: KeyFetchInfo;
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
  keyFetch: KeyFetchInfo | null;
  locale: Locale;
}

export const DEFAULT_SKEW_SECONDS = 60;

type ParsedOptions = z.output<typeof DiagnoseOptionsSchema>;

/** The options quickParse checks by hand; any other key (keys, keyFetch, an unknown one) goes to the schema. */
const QUICK_KEYS: ReadonlySet<string> = new Set([
  'now',
  'preferPastedDate',
  'skewSeconds',
  'expectedIssuers',
  'expectedAudiences',
  'allowedAlgorithms',
  'requiredScopes',
  'locale',
]);

/** A copy of `value` when it is an array of non-empty strings (what `z.array(z.string().min(1))` accepts), else null. */
function nonEmptyStrings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (typeof v !== 'string' || v.length === 0) return null;
  }
  return [...(value as string[])];
}

/**
 * The options nearly every call passes (a time, a skew, expected values, a locale), checked by hand
 * against the same rules as DiagnoseOptionsSchema, which costs more than some whole checks of a
 * diagnosis. Returns what the schema would return, or null whenever the input is anything else (other
 * keys, a Date, a value the rules reject): the schema then decides, and words the error.
 */
function quickParse(options: unknown): ParsedOptions | null {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype)
    return null;
  const out: ParsedOptions = {};
  for (const key of Object.keys(options)) {
    if (!QUICK_KEYS.has(key)) return null;
    const value: unknown = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    switch (key) {
      case 'now':
        if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out.now = value;
        else if (typeof value === 'string' && isIsoNow(value)) out.now = value;
        else return null;
        break;
      case 'preferPastedDate':
        if (typeof value !== 'boolean') return null;
        out.preferPastedDate = value;
        break;
      case 'skewSeconds':
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 86_400) return null;
        out.skewSeconds = value;
        break;
      case 'locale':
        if (value !== 'en' && value !== 'ja') return null;
        out.locale = value;
        break;
      default: {
        const list = nonEmptyStrings(value);
        if (list === null) return null;
        out[key as 'expectedIssuers' | 'expectedAudiences' | 'allowedAlgorithms' | 'requiredScopes'] = list;
      }
    }
  }
  return out;
}

/** Validates options at the API edge; throws InvalidOptionsError (or KeyInputError for an unreadable key). */
export function resolveOptions(options: DiagnoseOptions | undefined): ResolvedOptions {
  const o = quickParse(options) ?? schemaParse(options);
  return {
    now: o.now === undefined ? null : toEpochSeconds(o.now),
    preferPastedDate: o.preferPastedDate ?? o.now === undefined,
    skewSeconds: o.skewSeconds ?? DEFAULT_SKEW_SECONDS,
    expectedIssuers: o.expectedIssuers ?? [],
    expectedAudiences: o.expectedAudiences ?? [],
    allowedAlgorithms: o.allowedAlgorithms ?? [],
    requiredScopes: o.requiredScopes ?? [],
    keys:
      o.keys === undefined && o.keyFetch === undefined
        ? []
        : [...(o.keys ?? []).map(readKey), ...remoteKeys(o.keyFetch)],
    keyFetch: o.keyFetch ?? null,
    locale: o.locale ?? 'en',
  };
}

/**
 * The published key set as key material. Never throws: a remote set is data the edge fetched, not
 * something the caller typed, so a set without usable keys adds nothing (the edge reports it as
 * `invalid-jwks` before it gets here).
 */
function remoteKeys(fetch: KeyFetchInfo | undefined): KeyMaterial[] {
  if (fetch?.status !== 'fetched') return [];
  const keys = fetch.jwks.keys.filter((k): k is JsonObject => typeof k.kty === 'string');
  if (keys.length === 0) return [];
  return [{ kind: 'jwks', keys, source: 'key' }];
}

function schemaParse(options: DiagnoseOptions | undefined): ParsedOptions {
  const parsed = DiagnoseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') ?? '';
    throw new InvalidOptionsError(
      `invalid option ${where === '' ? '' : `"${where}" `}: ${issue?.message ?? 'invalid'}`.replace(' :', ':'),
    );
  }
  return parsed.data;
}

function toEpochSeconds(t: Date | number | string): number {
  if (typeof t === 'number') return Math.floor(t);
  // The usual ISO string without a Date.parse (time-parse.ts); any other goes through it.
  const fast = typeof t === 'string' ? isoSeconds(t) : null;
  if (fast !== null) return fast;
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  return Math.floor(ms / 1000);
}

/** Reads one key input: a JWKS or JWK (object or JSON text) or a PEM public key / certificate. */
export function readKey(input: string | Record<string, unknown>): KeyMaterial {
  if (typeof input === 'string') {
    const text = input.trim();
    if (text.startsWith('-----BEGIN')) {
      if (/-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(text)) {
        throw keyError(
          'private-key',
          'the key is a PRIVATE key: give the public key (or the JWKS), and treat that private key as leaked',
        );
      }
      if (!/-----BEGIN (PUBLIC KEY|CERTIFICATE)-----/.test(text))
        throw keyError('not-public-pem', 'the PEM is not a PUBLIC KEY or CERTIFICATE block');
      return { kind: 'pem', pem: text, source: 'key' };
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw keyError('not-json-or-pem', 'the key is neither JSON (JWKS or JWK) nor a PEM public key');
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw keyError('not-object', 'the key JSON is not an object');
    return readKey(value as Record<string, unknown>);
  }
  const keys = input.keys;
  if (Array.isArray(keys)) {
    const jwks = keys.filter(
      (k): k is JsonObject => k !== null && typeof k === 'object' && typeof (k as JsonObject).kty === 'string',
    );
    if (jwks.length === 0) throw keyError('no-keys', 'the JWKS has no keys with a "kty"');
    return { kind: 'jwks', keys: jwks, source: 'key' };
  }
  if (typeof input.kty === 'string') return { kind: 'jwks', keys: [input], source: 'key' };
  throw keyError('not-jwk', 'the key JSON is neither a JWKS ({"keys": [...]}) nor a JWK (with "kty")');
}

function keyError(reason: KeyProblem, message: string): KeyInputError {
  return new KeyInputError(message, { problem: { kind: 'bad-key', reason } });
}
