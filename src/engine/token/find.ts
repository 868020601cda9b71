/**
 * Finds JWT-shaped strings anywhere in a paste: in a log line, inside JSON, quoted. (Line breaks a chat
 * client put inside a token are joined earlier, by normalize.ts.) One left-to-right pass from each `eyJ`
 * (the base64url of `{"`), never revisiting a character, so a megabyte of `eyJeyJeyJ…` stays linear.
 */
export interface TokenOccurrence {
  /** The token as pasted, plus any trailing mask marker. Secret. */
  raw: string;
  /** Offsets in the text, including the mask marker. */
  start: number;
  end: number;
}

const MAX_SEGMENTS = 6;

function isB64(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f
  );
}

/** Markers people put where they removed a signature or a part, matched right after the last dot. */
const TRAILING_MASKS = ['***', '…', '...', '<redacted>', '[redacted]', '(redacted)', '<signature>', '[signature]', '<sig>', '[removed]', '<removed>', '[hidden]', '<hidden>', '[masked]', '<masked>', 'redacted'];

function trailingMask(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  // Cheap first-character gate before the case-insensitive comparisons.
  if (c !== 0x2a && c !== 0x2026 && c !== 0x2e && c !== 0x3c && c !== 0x5b && c !== 0x28 && c !== 0x72 && c !== 0x52) return null;
  const window = text.slice(at, at + 12).toLowerCase();
  for (const m of TRAILING_MASKS) if (window.startsWith(m)) return text.slice(at, at + m.length);
  return null;
}

export function findTokensInText(text: string): TokenOccurrence[] {
  const found: TokenOccurrence[] = [];
  let i = text.indexOf('eyJ');
  while (i >= 0) {
    if (i > 0 && (isB64(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2e)) {
      i = text.indexOf('eyJ', i + 3);
      continue;
    }
    let j = i;
    let segments = 1;
    for (;;) {
      while (j < text.length && isB64(text.charCodeAt(j))) j++;
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
    const headerLength = raw.indexOf('.') < 0 ? raw.length : raw.indexOf('.');
    if (segments >= 2 && headerLength >= 10) found.push({ raw, start: i, end });
    i = text.indexOf('eyJ', Math.max(end, i + 3));
  }
  return found;
}
