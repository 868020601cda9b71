import { createHash } from 'node:crypto';

/**
 * Reads a credential string (what follows `Bearer `, or a JWT found in text) into a typed shape.
 *
 * The rules are findings.md's "Masked is not malformed": a first part that decodes to a JOSE header
 * with `alg` makes it a JWT whatever happened to the signature; `token.opaque` is a credential with no
 * decodable JOSE header at all; JWT-shaped strings whose parts do not decode are malformed.
 */
export type CredentialShape =
  | { kind: 'masked'; marker: string }
  | { kind: 'opaque' }
  | { kind: 'malformed'; reason: MalformedReason; header: JsonObject | null; payload: JsonObject | null }
  | { kind: 'jwe'; header: JsonObject }
  | {
      kind: 'jws';
      header: JsonObject;
      /** null when the payload is masked or does not decode (see payloadState). */
      payload: JsonObject | null;
      payloadState: 'ok' | 'masked' | 'not-json';
      signature: 'present' | 'masked' | 'absent';
    };

export type MalformedReason =
  | 'segments'
  | 'header-base64'
  | 'header-json'
  | 'header-no-alg'
  | 'payload-base64'
  | 'payload-json'
  | 'standard-base64';

export type JsonObject = Record<string, unknown>;

export interface DecodedCredential {
  /** The credential as pasted, paste artefacts undone. Secret: never output. */
  raw: string;
  shape: CredentialShape;
  /** `sha256:` + 8 hex digits. */
  fingerprint: string;
  /** Mask markers seen in it (`***`, `<redacted>`, `…`). */
  maskMarkers: string[];
  /** The signature part when present and unmasked. Secret: never output. */
  signature: string | null;
}

const MASK_PATTERNS = [
  '***',
  '…',
  '...',
  '[redacted]',
  '<redacted>',
  '(redacted)',
  '{redacted}',
  'redacted',
  '[hidden]',
  '<hidden>',
  '[masked]',
  '<masked>',
  '[removed]',
  '<removed>',
  '<signature>',
  '[signature]',
  '<sig>',
  '<token>',
  '[token]',
  '<jwt>',
  '<access_token>',
  '<access-token>',
  'your_token',
  'your-token',
  'your_access_token',
  'xxxx',
  '****',
];

/** The mask markers inside a string, lower-cased. */
export function findMaskMarkers(value: string): string[] {
  const lower = value.toLowerCase();
  const found: string[] = [];
  for (const m of MASK_PATTERNS) if (lower.includes(m)) found.push(m);
  if (/^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(value)) found.push('$variable');
  return found;
}

function isBase64UrlChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f
  );
}

export function isBase64Url(s: string): boolean {
  if (s.length === 0 || s.length % 4 === 1) return false;
  for (let i = 0; i < s.length; i++) if (!isBase64UrlChar(s.charCodeAt(i))) return false;
  return true;
}

/** A segment made only of mask characters (`xxxxxxxx`, `XXXX`, `****`), which base64url would accept. */
function isMaskSegment(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x78 && c !== 0x58 && c !== 0x2a && c !== 0x2e) return false;
  }
  return true;
}

/** Decodes one base64url segment to a JSON object; null when it is not one. */
export function decodeJsonSegment(segment: string): { ok: true; value: JsonObject } | { ok: false; why: 'base64' | 'json' } {
  if (!isBase64Url(segment)) return { ok: false, why: 'base64' };
  const text = Buffer.from(segment, 'base64url').toString('utf8');
  if (text.charCodeAt(0) !== 0x7b /* { */) return { ok: false, why: 'json' };
  try {
    const value: unknown = JSON.parse(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as JsonObject };
  } catch {
    // falls through
  }
  return { ok: false, why: 'json' };
}

export function fingerprintOf(raw: string): string {
  return `sha256:${createHash('sha256').update(raw).digest('hex').slice(0, 8)}`;
}

/** A plausible signature is long base64url; `xxxx`, `sig` and other short stand-ins are masks. */
const MIN_SIGNATURE_LENGTH = 16;

function isJoseHeader(h: JsonObject): boolean {
  return typeof h.alg === 'string' || typeof h.enc === 'string';
}

export function decodeCredential(raw: string): DecodedCredential {
  const maskMarkers = findMaskMarkers(raw);
  const base = { raw, fingerprint: fingerprintOf(raw), maskMarkers };
  const parts = raw.split('.');
  const first = parts[0] ?? '';
  const firstDecoded = decodeJsonSegment(first);
  const header = firstDecoded.ok && isJoseHeader(firstDecoded.value) ? firstDecoded.value : null;

  if (header === null) {
    if (maskMarkers.length > 0 && !first.startsWith('eyJ')) {
      return { ...base, shape: { kind: 'masked', marker: maskMarkers[0] ?? '***' }, signature: null };
    }
    // Not a JOSE header. JWT-shaped strings (2-5 dot-separated base64-ish parts, or starting eyJ) are
    // malformed JWTs; anything else is an opaque reference token.
    const jwtShaped = first.startsWith('eyJ') || (parts.length >= 3 && parts.length <= 5 && parts.every(looksLikeSegment));
    if (!jwtShaped) return { ...base, shape: { kind: 'opaque' }, signature: null };
    let reason: MalformedReason = firstDecoded.ok ? 'header-no-alg' : firstDecoded.why === 'base64' ? 'header-base64' : 'header-json';
    if (/[+/]/.test(raw)) reason = 'standard-base64';
    if (first.startsWith('eyJ') && parts.length === 1 && firstDecoded.ok) {
      // A base64 JSON object with no alg and no dots: a cursor or opaque token, not a JWT.
      return { ...base, shape: { kind: 'opaque' }, signature: null };
    }
    const payloadDecoded = parts[1] !== undefined ? decodeJsonSegment(parts[1]) : null;
    return {
      ...base,
      shape: { kind: 'malformed', reason, header: null, payload: payloadDecoded?.ok ? payloadDecoded.value : null },
      signature: null,
    };
  }

  if (parts.length === 5 && typeof header.enc === 'string') return { ...base, shape: { kind: 'jwe', header }, signature: null };
  if (parts.length === 1 || parts.length > 3) {
    if (parts.length === 1 && maskMarkers.length > 0) {
      return { ...base, shape: { kind: 'jws', header, payload: null, payloadState: 'masked', signature: 'masked' }, signature: null };
    }
    return { ...base, shape: { kind: 'malformed', reason: 'segments', header, payload: null }, signature: null };
  }

  const payloadPart = parts[1] ?? '';
  const sigPart = parts[2];
  let payload: JsonObject | null = null;
  let payloadState: 'ok' | 'masked' | 'not-json' = 'ok';
  const payloadDecoded = decodeJsonSegment(payloadPart);
  if (payloadDecoded.ok) payload = payloadDecoded.value;
  else if (findMaskMarkers(payloadPart).length > 0 || isMaskSegment(payloadPart) || payloadPart === '') payloadState = 'masked';
  else {
    return {
      ...base,
      shape: {
        kind: 'malformed',
        reason: /[+/]/.test(payloadPart) ? 'standard-base64' : payloadDecoded.why === 'base64' ? 'payload-base64' : 'payload-json',
        header,
        payload: null,
      },
      signature: null,
    };
  }

  let signature: 'present' | 'masked' | 'absent';
  let signatureValue: string | null = null;
  if (sigPart === undefined || sigPart === '') signature = 'absent';
  else if (isBase64Url(sigPart) && sigPart.length >= MIN_SIGNATURE_LENGTH && !isMaskSegment(sigPart)) {
    signature = 'present';
    signatureValue = sigPart;
  } else signature = 'masked';
  // Two parts with no trailing dot, or `header.payload.` on a signed alg: the signature was removed.
  // `None`/`NONE` are unsigned too (the classic bypass tries every casing), so compare case-insensitively.
  if (signature === 'absent' && !isAlgNone(header.alg)) signature = 'masked';

  return { ...base, shape: { kind: 'jws', header, payload, payloadState, signature }, signature: signatureValue };
}

/** `alg: none` in any casing: verifiers that lower-case the header before comparing are the reason attackers try them all. */
export function isAlgNone(alg: unknown): boolean {
  return typeof alg === 'string' && alg.toLowerCase() === 'none';
}

function looksLikeSegment(s: string): boolean {
  if (s.length === 0) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isBase64UrlChar(c) && c !== 0x2b && c !== 0x2f && c !== 0x3d) return false;
  }
  return true;
}
