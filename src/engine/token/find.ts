/**
 * Finds JWT-shaped strings anywhere in a paste: in a log line, inside JSON, quoted, or wrapped across
 * lines by a chat client. One left-to-right pass from each `eyJ` (the base64url of `{"`), never
 * revisiting a character, so a megabyte of `eyJeyJeyJ…` stays linear.
 */
export interface TokenOccurrence {
  /** The token as pasted with line breaks removed, plus any trailing mask marker. Secret. */
  raw: string;
  /** Offsets in the text, including wrapped lines and the mask marker. */
  start: number;
  end: number;
  /** Line breaks inside it were joined. */
  wrapped: boolean;
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

/** The next line, if it is nothing but token characters: the rest of a token a chat client wrapped. */
function continuationLineEnd(text: string, lineStart: number): number {
  let k = lineStart;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) break;
    if (!isB64(c) && c !== 0x2e) return -1;
    k++;
  }
  return k - lineStart >= 4 ? k : -1;
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
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
    let raw = '';
    let runStart = i;
    let segments = 1;
    let lastSegmentLength = 0;
    let wrapped = false;
    for (;;) {
      while (j < text.length && isB64(text.charCodeAt(j))) {
        j++;
        lastSegmentLength++;
      }
      const c = text.charCodeAt(j);
      // "..." is an ellipsis mask, not empty segments: it is picked up as a trailing marker below.
      if (c === 0x2e && segments < MAX_SEGMENTS && text.charCodeAt(j + 1) !== 0x2e) {
        segments++;
        lastSegmentLength = 0;
        j++;
        continue;
      }
      // A chat client broke a long token: the run ends at a line end and the next line is all token characters.
      if (c === 0x0a && (segments < 3 || (lastSegmentLength >= 40 && j - lineStartOf(text, j) >= 60))) {
        const end = text.startsWith('eyJ', j + 1) ? -1 : continuationLineEnd(text, j + 1);
        if (end > 0) {
          raw += text.slice(runStart, j);
          runStart = j + 1;
          j = j + 1;
          wrapped = true;
          continue;
        }
      }
      break;
    }
    raw += text.slice(runStart, j);
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
    if (segments >= 2 && headerLength >= 10) found.push({ raw, start: i, end, wrapped });
    i = text.indexOf('eyJ', Math.max(end, i + 3));
  }
  return found;
}
