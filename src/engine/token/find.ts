/**
 * Finds JWT-shaped strings anywhere in a paste: in a log line, inside JSON, quoted. (Line breaks a chat
 * client put inside a token are joined earlier, by normalize.ts.) One left-to-right pass from each `eyJ`
 * (the base64url of `{"`), never revisiting a character, so a megabyte of `eyJeyJeyJ…` stays linear.
 */
import { isBase64url } from './chars.js';

export interface TokenOccurrence {
  /** The token as pasted, plus any trailing mask marker. Secret. */
  raw: string;
  /** Offsets in the text, including the mask marker. */
  start: number;
  end: number;
}

const MAX_SEGMENTS = 6;
/** The shortest JOSE header segment a token is taken to start with. */
const MIN_HEADER = 10;

/** Markers people put where they removed a signature or a part, matched right after the last dot. */
const TRAILING_MASKS = [
  '***',
  '…',
  '...',
  '<redacted>',
  '[redacted]',
  '(redacted)',
  '<signature>',
  '[signature]',
  '<sig>',
  '[removed]',
  '<removed>',
  '[hidden]',
  '<hidden>',
  '[masked]',
  '<masked>',
  'redacted',
];

function trailingMask(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  // Cheap first-character gate before the case-insensitive comparisons.
  if (c !== 0x2a && c !== 0x2026 && c !== 0x2e && c !== 0x3c && c !== 0x5b && c !== 0x28 && c !== 0x72 && c !== 0x52)
    return null;
  const window = text.slice(at, at + 12).toLowerCase();
  for (const m of TRAILING_MASKS) if (window.startsWith(m)) return text.slice(at, at + m.length);
  return null;
}

/**
 * A run of base64url characters from `lastIndex` (sticky, possibly empty). Matching it moves `lastIndex`
 * to the run's end: a native scan, about three times faster than a JavaScript character loop.
 */
const B64_RUN = /[A-Za-z0-9_-]*/y;

/** The end of the run of base64url characters that starts at `from`. */
function b64RunEnd(text: string, from: number): number {
  B64_RUN.lastIndex = from;
  B64_RUN.test(text);
  return B64_RUN.lastIndex;
}

export function findTokensInText(text: string): TokenOccurrence[] {
  const found: TokenOccurrence[] = [];
  /** The end of the last run of base64url characters judged for a glued token start (see below). */
  let judgedRunEnd = -1;
  let i = text.indexOf('eyJ');
  while (i >= 0) {
    // Inside a word (`abceyJ…`) is no token start, unless a payload follows the run (`.eyJ`): then a token
    // was glued to the text before it (`…invalid signatureeyJhbG….eyJ….sig`, `<signature><token>`), and its
    // first `eyJ` starts it. Each run is judged once, so `eyJeyJeyJ…` stays linear. After a dot it may be a
    // token start too: a token whose header lost its first characters (`hbGci….eyJ….sig`) is found from its
    // payload on, so its signature is still known and masked; a whole token's own payload is never reached
    // here, because the scan resumes after each token found.
    if (i > 0 && isBase64url(text.charCodeAt(i - 1))) {
      if (i < judgedRunEnd) {
        i = text.indexOf('eyJ', judgedRunEnd);
        continue;
      }
      judgedRunEnd = b64RunEnd(text, i);
      if (text.charCodeAt(judgedRunEnd) !== 0x2e || !text.startsWith('eyJ', judgedRunEnd + 1)) {
        i = text.indexOf('eyJ', judgedRunEnd);
        continue;
      }
    }
    let j = b64RunEnd(text, i);
    // A header under 10 characters starts no token (`eyJ.<token>`, a stray `eyJ` before one), and the next
    // `eyJ` may start one: the scan goes on from there, having read only this short header.
    if (j - i < MIN_HEADER) {
      i = text.indexOf('eyJ', i + 3);
      continue;
    }
    let segments = 1;
    for (;;) {
      if (segments > 1) j = b64RunEnd(text, j);
      // "..." is an ellipsis mask, not empty segments: it is picked up as a trailing marker below.
      if (text.charCodeAt(j) === 0x2e && segments < MAX_SEGMENTS && text.charCodeAt(j + 1) !== 0x2e) {
        segments++;
        j++;
        continue;
      }
      break;
    }
    let raw = text.slice(i, j);
    // A sentence's full stop after a complete token is not a fourth segment.
    if (segments === 4 && raw.endsWith('.')) {
      raw = raw.slice(0, -1);
      segments = 3;
      j--;
    }
    const marker = trailingMask(text, j);
    let end = j;
    if (marker !== null && (raw.endsWith('.') || segments >= 2)) {
      raw += marker;
      end = j + marker.length;
    }
    if (segments >= 2) found.push({ raw, start: i, end });
    i = text.indexOf('eyJ', Math.max(end, i + 3));
  }
  return found;
}

/**
 * Whether a value holds a JWT-shaped string (one `findTokensInText` finds). For the adapters, which
 * refuse a token typed where an expected issuer, audience or file name goes, and never quote it back.
 */
export function holdsToken(text: string): boolean {
  return text.includes('eyJ') && findTokensInText(text).length > 0;
}
