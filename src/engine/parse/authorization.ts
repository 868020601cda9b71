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
  | { kind: 'no-space' }
  | { kind: 'line-break' }
  | { kind: 'bad-characters'; characters: string[] }
  | { kind: 'url-encoded'; sequences: string[]; double: boolean };

export interface ParsedAuthorization {
  /** The scheme as written, or null for a bare credential. */
  scheme: string | null;
  /** The credential with the quirks above removed, so it can still be decoded. Secret. */
  credential: string;
  issues: AuthorizationIssue[];
  /**
   * A signed request's own signature rather than a bearer credential: OAuth 1 (RFC 5849 §3.5.1), or an HTTP Signature
   * (draft-cavage-http-signatures §3.1, as Oracle Cloud's SDKs sign every request).
   */
  signed?: 'oauth1' | 'http-signature';
}

const PERCENT = /%(?:25)?[0-9A-Fa-f]{2}/g;
/** Characters people use for masks are a mask, not a format problem. */
const MASK_CHARS = new Set(['*', '…', '•', '●', '█', '[', ']', '<', '>', '(', ')', '$', '{', '}']);

/**
 * The value nearly every paste has: `Bearer ` and a token of b64token characters, `=` and `*` (a
 * masked signature). None of the quirks below can be in it, so one anchored character-class scan
 * (linear: a single run, then the end) replaces the dozen searches; any other value takes the full
 * parse, which test/engine/fast-paths.test.ts holds this shortcut to.
 */
const PLAIN_BEARER = /^Bearer [A-Za-z0-9\-._~+/=*]+$/;

/** SigV4's algorithm, which its Authorization value starts with as its scheme. */
export const SIGV4_SCHEME = 'AWS4-HMAC-SHA256';
const SIGV4 = /^AWS4-HMAC-SHA256[ \t]+Credential=/;
/** OAuth 1's scheme and its first parameter (realm or an oauth_ one, RFC 5849 §3.5.1). */
const OAUTH1 = /^OAuth[ \t]+(?:realm=|oauth_[a-z_]+=)/i;
/** The HTTP Signatures draft's scheme and its first parameter (`keyId=`, or OCI's `version="1"` before it). */
const HTTP_SIGNATURE = /^Signature[ \t]+(?:keyId|version|algorithm|headers)=/i;

export function parseAuthorization(value: string, quoted: boolean): ParsedAuthorization {
  if (PLAIN_BEARER.test(value)) return { scheme: 'Bearer', credential: value.slice(7), issues: [] };
  return parseAuthorizationFully(value, quoted);
}

/** parseAuthorization without its shortcut for a plain `Bearer <token>` (exported for the fast-path test). */
export function parseAuthorizationFully(value: string, quoted: boolean): ParsedAuthorization {
  const issues: AuthorizationIssue[] = [];
  let v = value;
  if (quoted) {
    if (/^\s/.test(v)) issues.push({ kind: 'extra-space', where: 'leading' });
    // The last character, not `/[ \t]$/`: an end-anchored regex is tried from every position of the value.
    const last = v.charCodeAt(v.length - 1);
    if (last === 0x20 || last === 0x09) issues.push({ kind: 'extra-space', where: 'trailing' });
  }
  // Single-character searches first: a credential is hundreds of characters, and a character-class regex
  // or a two-character search over it costs ten times a one-character one.
  const backslash = v.includes('\\');
  if (v.includes('\n') || v.includes('\r') || (backslash && (v.includes('\\n') || v.includes('\\r'))))
    issues.push({ kind: 'line-break' });
  if (backslash) v = v.replace(/\\[rn]/g, ' ');
  v = v.trim();

  // `Authorization: "Bearer eyJ…"` on a line of its own: quotes around the whole value, scheme included, are the
  // writer's (YAML's or a config's string syntax, quoting in a chat message, a phone's smart quotes), not sent
  // characters: no client puts them there. They are dropped, so the scheme is not read as `"Bearer`.
  if (!quoted && v.length > 2) {
    const open = v.charCodeAt(0);
    if ((open === 0x22 || open === 0x27) && v.charCodeAt(v.length - 1) === open && /^.[A-Za-z]+ /.test(v)) {
      const inner = v.slice(1, -1);
      if (!inner.includes(String.fromCharCode(open))) v = inner.trim();
    }
  }

  // `Authorization: Authorization: Bearer …` — the header name pasted into the value.
  if (/^authorization\s*:/i.test(v)) {
    issues.push({ kind: 'double-prefix', form: 'header-name' });
    v = v.replace(/^authorization\s*:\s*/i, '');
  }

  // An empty header (`-H "Authorization: "` with an unset variable): no scheme and no token; token.missing says so.
  if (v === '') return { scheme: null, credential: '', issues };

  // AWS Signature Version 4: `AWS4-HMAC-SHA256 Credential=<key id>/<date>/<region>/<service>/aws4_request,
  // SignedHeaders=…, Signature=<hex>` (docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html). A signed
  // request to an IAM-authorized API, not a bearer token sent under a wrong scheme: its parameters are read by no
  // bearer check (build-context.ts keeps it out of the token readers).
  if (SIGV4.test(v)) return { scheme: SIGV4_SCHEME, credential: v.slice(SIGV4_SCHEME.length).trim(), issues };

  // OAuth 1: `OAuth realm="…", oauth_consumer_key="…", oauth_token="…", oauth_signature_method="HMAC-SHA1",
  // oauth_signature="…", …` (RFC 5849 §3.5.1, www.rfc-editor.org/rfc/rfc5849#section-3.5.1). The client signs the request
  // with the consumer secret and token secret: no bearer token, so no bearer check reads it. `OAuth <token>` alone
  // (Yandex's OAuth 2 form) has no oauth_ parameter and stays a credential under another scheme.
  if (OAUTH1.test(v) && v.includes('oauth_signature=', 6))
    return { scheme: v.slice(0, 5), credential: v.slice(5).trim(), issues, signed: 'oauth1' };

  // An HTTP Signature: `Signature keyId="…",algorithm="rsa-sha256",headers="(request-target) host date",signature="…"`
  // (draft-cavage-http-signatures-12 §3.1; Oracle Cloud's `Signature version="1",keyId="<tenancy>/<user>/<fingerprint>",…`
  // from its SDKs, docs.oracle.com/iaas/Content/API/Concepts/signingrequests.htm). The client signs the request with its
  // private key: no bearer token, so no bearer check reads its parameters.
  if (HTTP_SIGNATURE.test(v) && v.includes('keyId=', 10) && v.includes('signature=', 10))
    return { scheme: v.slice(0, 9), credential: v.slice(9).trim(), issues, signed: 'http-signature' };

  // `BearereyJ…`: the client joined the scheme and the token with no space (`"Bearer" + token`). Read so, the value is
  // no bare credential and its token no malformed one: the missing space is the whole problem.
  const glued = GLUED_BEARER.test(v);
  if (glued) issues.push({ kind: 'no-space' });
  const firstSpace = glued ? 6 : v.search(/\s/);
  let scheme: string | null = firstSpace < 0 ? v : v.slice(0, firstSpace);
  let rest = firstSpace < 0 ? '' : v.slice(firstSpace);

  if (/^bearer:$/i.test(scheme)) {
    issues.push({ kind: 'double-prefix', form: 'bearer-colon' });
    scheme = scheme.slice(0, -1);
  }
  if (rest === '') {
    // `Authorization: Bearer` and nothing after it: the client had no token to send (an empty variable).
    // That is a missing credential under the right scheme, not a bare credential that reads "Bearer".
    if (/^bearer$/i.test(scheme)) {
      if (scheme !== 'Bearer') issues.push({ kind: 'lowercase-scheme', scheme });
      return { scheme, credential: '', issues };
    }
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
  // Strip every repeated prefix (`Bearer Bearer Bearer …` happens when each layer adds one), bounded so a
  // paste of ten thousand prefixes stays linear.
  if (scheme.toLowerCase() === 'bearer') {
    let stripped = 0;
    for (
      let doubled = /^bearer(?::\s*|\s+)/i.exec(rest);
      doubled !== null && stripped < 10_000;
      doubled = /^bearer(?::\s*|\s+)/i.exec(rest)
    ) {
      rest = rest.slice(doubled[0].length);
      stripped++;
    }
    if (stripped > 0) issues.push({ kind: 'double-prefix', form: 'bearer-bearer' });
  }
  return finish(scheme, rest, issues);
}

/** `Bearer` with a JWT's `eyJ` right after it: the scheme and the token with the space between them lost. */
const GLUED_BEARER = /^bearer(?=eyJ)/i;

/**
 * What clients send when they had no token: an empty value, or a JavaScript/Python/Go nil rendered into
 * the header (`Bearer undefined` is the classic bug of reading the token before it was stored).
 */
const PLACEHOLDER_CREDENTIALS = new Set(['', 'undefined', 'null', 'none', 'nil', '[object object]', 'nan']);

/**
 * Twice the longest placeholder: nothing longer can lower-case to one (a code point never lower-cases
 * to fewer than half its code units), so a token is dismissed without lower-casing all of it.
 */
const PLACEHOLDER_LIMIT = 2 * Math.max(...[...PLACEHOLDER_CREDENTIALS].map((p) => p.length));

/** Whether the credential stands for "no token" rather than being one. */
export function isPlaceholderCredential(credential: string): boolean {
  const trimmed = credential.trim();
  return trimmed.length <= PLACEHOLDER_LIMIT && PLACEHOLDER_CREDENTIALS.has(trimmed.toLowerCase());
}

/**
 * Laravel Sanctum's personal access token as it hands it out, `{id}|{plain text}` (laravel/sanctum HasApiTokens::
 * createToken: `$token->getKey().'|'.$plainTextToken`, 40 random characters, in newer versions a `token_prefix` before
 * them and a crc32b checksum after): Sanctum reads it in that form, so its `|` is no format problem, RFC 6750's b64token
 * notwithstanding. Judging it a format error sent engineers to edit a token their server accepts.
 */
const SANCTUM_TOKEN = /^\d{1,20}\|[A-Za-z0-9_]{40,120}$/;

/** Whether `credential` has Laravel Sanctum's `{id}|{plain text}` form (SANCTUM_TOKEN). */
export function isSanctumToken(credential: string): boolean {
  return SANCTUM_TOKEN.test(credential);
}

/** A character that is neither a b64token character (`A-Z a-z 0-9 - . _ ~ + /`) nor `=`. */
const NOT_B64TOKEN_OR_PAD = /[^A-Za-z0-9\-._~+/=]/;
/** The same, global: visits each such character in turn. */
const NOT_B64TOKEN_OR_PAD_ALL = /[^A-Za-z0-9\-._~+/=]/g;

/**
 * RFC 6750's `b64token *"="` (Spring's `^[a-zA-Z0-9-._~+/]+=*$`): b64token characters, then `=` padding
 * only. Tested as "no other character, and nothing after the first `=` but `=`": the anchored regex
 * backtracks over the whole token when it fails (a masked `…***`), and a character loop in JavaScript
 * is three times slower than a regex's scan for one character class.
 */
function isB64Token(s: string): boolean {
  if (s.length === 0 || s.charCodeAt(0) === 0x3d || NOT_B64TOKEN_OR_PAD.test(s)) return false;
  const pad = s.indexOf('=');
  if (pad < 0) return true;
  for (let i = pad + 1; i < s.length; i++) if (s.charCodeAt(i) !== 0x3d) return false;
  return true;
}

/**
 * The first `limit` characters of `credential` that are neither b64token characters, `=`, nor mask
 * characters, each once, in order of first appearance (whole code points, as `[...credential]` gives
 * them). The regex jumps from one such character to the next, so a long token costs one native scan.
 */
function badCharacters(credential: string, limit: number): string[] {
  const bad: string[] = [];
  const re = NOT_B64TOKEN_OR_PAD_ALL;
  re.lastIndex = 0;
  while (bad.length < limit && re.test(credential)) {
    const at = re.lastIndex - 1;
    const cp = credential.codePointAt(at) as number;
    // A surrogate pair is one character: skip its second half.
    if (cp > 0xffff) re.lastIndex = at + 2;
    const ch = String.fromCodePoint(cp);
    if (!MASK_CHARS.has(ch) && !bad.includes(ch)) bad.push(ch);
  }
  re.lastIndex = 0;
  return bad;
}

/**
 * `{{token}}`, `{{ _.token }}`, `{{$auth.token("auth-id")}}`: a variable of a request file or an API client (VS Code
 * REST Client, JetBrains HTTP Client, Postman, Insomnia, Bruno) that the paste shows unexpanded. The tool fills it in
 * when it sends the request, so it is no token and no format problem: it stands as the shell's `${NAME}` does, which
 * the decoder takes for a variable (masked). Null when the credential is not one such variable.
 */
function templateVariable(credential: string): string | null {
  const n = credential.length;
  if (n < 5 || n > 200 || !credential.startsWith('{{') || !credential.endsWith('}}')) return null;
  const inner = credential.slice(2, -2);
  if (inner.includes('{') || inner.includes('}')) return null;
  const name = /[A-Za-z_][A-Za-z0-9_]*/.exec(inner);
  return `\${${name === null ? 'VARIABLE' : name[0]}}`;
}

/** `$AUTH`, `${AUTH}`, PowerShell's `$env:AUTH`: a shell variable, as `${NAME}` (null when not one). */
function shellVariable(credential: string): string | null {
  if (credential.length > 200 || credential.charCodeAt(0) !== 0x24) return null;
  const m = /^\$(?:\{([A-Za-z_]\w*)\}|(?:env:)?([A-Za-z_]\w*))$/.exec(credential);
  return m === null ? null : `\${${m[1] ?? m[2]}}`;
}

/**
 * `$(gcloud auth print-identity-token)`, `$(cat token.txt)`, `` `cat token.txt` ``: a command whose output the shell
 * puts there when it runs the line, as `${COMMAND}` (null when the credential is not one). Like a variable, the paste
 * shows no token, and its spaces and backticks are the shell's syntax, not the header's.
 */
function commandSubstitution(credential: string): string | null {
  const n = credential.length;
  if (n < 4 || n > 300) return null;
  const dollar = credential.startsWith('$(') && credential.endsWith(')');
  const backticks = credential.charCodeAt(0) === 0x60 && credential.charCodeAt(n - 1) === 0x60;
  if (!dollar && !backticks) return null;
  const inner = dollar ? credential.slice(2, -1) : credential.slice(1, -1);
  // One command, not two substitutions side by side (`$(a)$(b)`, `` `a``b` ``).
  if (inner.includes(dollar ? '$(' : '`') || inner.trim() === '') return null;
  // The decoder's spelling of an unexpanded variable (`${NAME}`), as templateVariable and shellVariable give it.
  return `\${COMMAND}`;
}

function finish(scheme: string | null, rawCredential: string, issues: AuthorizationIssue[]): ParsedAuthorization {
  const variable =
    templateVariable(rawCredential) ?? shellVariable(rawCredential) ?? commandSubstitution(rawCredential);
  // A variable holding the whole value (`Authorization: {{auth}}`, `-H "Authorization: $AUTH"`) may hold its scheme
  // too: it shows no scheme problem.
  if (variable !== null) return { scheme, credential: variable, issues: issues.filter((i) => i.kind !== 'no-scheme') };
  let credential = rawCredential;
  if (/^["'].*["']$/.test(credential) && credential.length >= 2) {
    issues.push({ kind: 'quotes' });
    credential = credential.slice(1, -1);
  }
  // `Bearer [object Object]` is a placeholder with a space in it: keep it whole so it reads as one.
  if (isPlaceholderCredential(credential)) return { scheme, credential: credential.trim(), issues };
  if (/\s/.test(credential)) {
    // `<SIGNATURE REMOVED>`: a space inside a bracketed mask is part of the mask, not of the token.
    if (!spacesOnlyInBrackets(credential)) issues.push({ kind: 'extra-space', where: 'inside' });
    credential = credential.split(/\s+/).join('');
  }
  const percents = credential.includes('%') ? credential.match(PERCENT) : null;
  if (percents !== null) {
    issues.push({
      kind: 'url-encoded',
      sequences: [...new Set(percents)].slice(0, 5),
      double: percents.some((p) => p.startsWith('%25')),
    });
    credential = safeDecode(credential);
  }
  if (!isB64Token(credential) && !SANCTUM_TOKEN.test(credential)) {
    const bad = badCharacters(credential, 8);
    if (bad.length > 0) issues.push({ kind: 'bad-characters', characters: bad });
  }
  return { scheme, credential, issues };
}

/** Whether every whitespace character of `s` is inside `<…>`, `[…]`, `(…)` or `{…}`. */
function spacesOnlyInBrackets(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3c || c === 0x5b || c === 0x28 || c === 0x7b) depth++;
    else if (c === 0x3e || c === 0x5d || c === 0x29 || c === 0x7d) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && /\s/.test(s.charAt(i)))))
      return false;
  }
  return true;
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
