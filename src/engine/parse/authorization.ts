/**
 * Splits an Authorization field value into scheme and credentials and records every way it departs
 * from RFC 6750 §2.1 (`credentials = "Bearer" 1*SP b64token`) that verifiers actually trip on.
 *
 * Spring's resolver is `^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$`, express-jwt splits on one space and
 * wants exactly two parts: so a second space, quotes or a trailing newline are real failures even
 * where the RFC grammar would tolerate them.
 */
export type AuthorizationIssue =
  | { kind: 'no-scheme' }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'double-prefix'; form: 'bearer-bearer' | 'bearer-colon' | 'header-name' }
  | { kind: 'lowercase-scheme'; scheme: string }
  | { kind: 'quotes' }
  | { kind: 'extra-space'; where: 'after-scheme' | 'inside' | 'leading' | 'trailing' }
  | { kind: 'line-break' }
  | { kind: 'bad-characters'; characters: string[] }
  | { kind: 'url-encoded'; sequences: string[]; double: boolean };

export interface ParsedAuthorization {
  /** The scheme as written, or null for a bare credential. */
  scheme: string | null;
  /** The credential with the quirks above removed, so it can still be decoded. Secret. */
  credential: string;
  issues: AuthorizationIssue[];
}

const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const PERCENT = /%(?:25)?[0-9A-Fa-f]{2}/g;
/** Characters people use for masks are a mask, not a format problem. */
const MASK_CHARS = new Set(['*', '…', '[', ']', '<', '>', '(', ')', '$', '{', '}']);

export function parseAuthorization(value: string, quoted: boolean): ParsedAuthorization {
  const issues: AuthorizationIssue[] = [];
  let v = value;
  if (quoted) {
    if (/^\s/.test(v)) issues.push({ kind: 'extra-space', where: 'leading' });
    if (/[ \t]$/.test(v)) issues.push({ kind: 'extra-space', where: 'trailing' });
  }
  if (/[\r\n]/.test(v) || v.includes('\\n') || v.includes('\\r')) issues.push({ kind: 'line-break' });
  v = v.replace(/\\[rn]/g, ' ').trim();

  // `Authorization: Authorization: Bearer …` — the header name pasted into the value.
  if (/^authorization\s*:/i.test(v)) {
    issues.push({ kind: 'double-prefix', form: 'header-name' });
    v = v.replace(/^authorization\s*:\s*/i, '');
  }

  const firstSpace = v.search(/\s/);
  let scheme: string | null = firstSpace < 0 ? v : v.slice(0, firstSpace);
  let rest = firstSpace < 0 ? '' : v.slice(firstSpace);

  if (/^bearer:$/i.test(scheme)) {
    issues.push({ kind: 'double-prefix', form: 'bearer-colon' });
    scheme = scheme.slice(0, -1);
  }
  if (rest === '') {
    // A bare credential with no scheme at all.
    issues.push({ kind: 'no-scheme' });
    return finish(null, scheme, issues);
  }
  if (/^\s{2,}/.test(rest) || /^\t/.test(rest)) issues.push({ kind: 'extra-space', where: 'after-scheme' });
  rest = rest.trim();

  if (scheme.toLowerCase() !== 'bearer') {
    issues.push({ kind: 'scheme', scheme });
  } else if (scheme !== 'Bearer') {
    issues.push({ kind: 'lowercase-scheme', scheme });
  }

  // `Bearer Bearer eyJ…`, `Bearer bearer:eyJ…`
  const doubled = /^bearer(?::\s*|\s+)/i.exec(rest);
  if (doubled !== null && scheme.toLowerCase() === 'bearer') {
    issues.push({ kind: 'double-prefix', form: 'bearer-bearer' });
    rest = rest.slice(doubled[0].length);
  }
  return finish(scheme, rest, issues);
}

function finish(scheme: string | null, rawCredential: string, issues: AuthorizationIssue[]): ParsedAuthorization {
  let credential = rawCredential;
  if (/^["'].*["']$/.test(credential) && credential.length >= 2) {
    issues.push({ kind: 'quotes' });
    credential = credential.slice(1, -1);
  }
  if (/\s/.test(credential)) {
    issues.push({ kind: 'extra-space', where: 'inside' });
    credential = credential.split(/\s+/).join('');
  }
  const percents = credential.match(PERCENT);
  if (percents !== null) {
    issues.push({ kind: 'url-encoded', sequences: [...new Set(percents)].slice(0, 5), double: percents.some((p) => p.startsWith('%25')) });
    credential = safeDecode(credential);
  }
  if (!B64TOKEN.test(credential)) {
    const bad = [...new Set([...credential].filter((c) => !/[A-Za-z0-9\-._~+/=]/.test(c) && !MASK_CHARS.has(c)))];
    if (bad.length > 0) issues.push({ kind: 'bad-characters', characters: bad.slice(0, 8) });
  }
  return { scheme, credential, issues };
}

function safeDecode(s: string): string {
  let out = s;
  // Twice at most: double encoding (%252E) is the usual worst case.
  for (let k = 0; k < 2 && /%[0-9A-Fa-f]{2}/.test(out); k++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}
