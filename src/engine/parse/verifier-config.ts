/**
 * The verifier's own settings, pasted beside the token: what it expects of `iss`, `aud`, `alg` and the scopes.
 *
 * People asking why a token is refused paste the API's configuration with it: Spring Boot's
 * `spring.security.oauth2.resourceserver.jwt.issuer-uri` (application.properties or YAML), ASP.NET Core's
 * `TokenValidationParameters { ValidIssuer = …, ValidAudience = … }` or appsettings.json's `"Audience"`,
 * jsonwebtoken / express-jwt / jose's `{ audience: '…', issuer: '…', algorithms: ['RS256'] }`, PyJWT's
 * `jwt.decode(…, audience="…", issuer="…", algorithms=["RS256"])`, an Envoy or Istio provider's `issuer:` and
 * `audiences:`, kube-apiserver's (and oauth2-proxy's) `--oidc-issuer-url` and `--oidc-client-id`, an `.env`
 * file's `JWT_AUDIENCE=…`, an OpenID discovery document's `"issuer"`. Each of those is the value the verifier
 * compares the claim with, so it is an expectation as good as the caller's `--expect-aud` (build-context.ts collects
 * them as `config`). So are the scopes its code requires (Spring's `hasAuthority("SCOPE_x")`,
 * express-oauth2-jwt-bearer's `requiredScopes`, Microsoft.Identity.Web's `[RequiredScope]`).
 *
 * What is not a verifier's setting is left: a client's token request (`audience=` in a form body or an /authorize
 * URL's query, Auth0's `authorizationParams: { audience }`, a body with `grant_type`) names the audience the client
 * asked for, not the one the API wants; ASP.NET's `Authority` and express-oauth2-jwt-bearer's `issuerBaseURL` are
 * where discovery starts, and the issuer the verifier then wants is the discovered one (Auth0's has a trailing slash
 * the base URL lacks). Values must be literals: `process.env.AUDIENCE`, `${AUDIENCE}`, `{{aud}}` say nothing.
 *
 * Linear: one regex of literal fragments finds candidate keys; each is then read forward over a bounded span.
 */

export type ConfigClaim = 'iss' | 'aud' | 'alg' | 'scope';

export interface ConfiguredValue {
  claim: ConfigClaim;
  value: string;
  /**
   * The span quoted as evidence: the key and its value only (`audience: 'api://orders'`), never the rest of the
   * line, where the same object's `secret: '…'` often stands; a YAML list item (`- api://orders`) after `keyLine`.
   */
  start: number;
  end: number;
  /** A YAML block list's key (`audiences:`), quoted before the item. */
  keyLine?: { start: number; end: number };
  /** The verifier whose setting it is, when the key names one (`spring-security`, `identitymodel`). */
  via?: string;
}

/** Fragments of every key read below; the key itself is then taken whole around the fragment. */
const FRAGMENTS = /ssuer|SSUER|udience|UDIENCE|lgorithms|oidc-client-id|SCOPE_|equiredScope/g;
/** Characters of a key (`spring.security.oauth2.resourceserver.jwt.issuer-uri`, `--oidc-client-id`, `JWT_AUDIENCE`). */
const KEY_CHAR = /[A-Za-z0-9_.-]/;
const MAX_KEY = 80;
const MAX_VALUE = 300;
const MAX_LIST = 1000;
const MAX_ITEMS = 10;
/** Words near a key that make it a client's token request or sign-in, not the API's setting. */
const CLIENT_SIDE = [
  'grant_type',
  'client_secret',
  'authorizationParams',
  'redirect_uri',
  'redirectUri',
  'response_type',
];
const CLIENT_WINDOW = 300;
/** Keys looked at in one paste: a log repeating `issuer=` a thousand times holds no more settings than ten. */
const MAX_CANDIDATES = 64;
/** C#'s collection expressions for ValidAudiences / ValidIssuers. */
const CSHARP_COLLECTION = /^new\s*(?:\[\]|List<string>|string\[\]|HashSet<string>)/;

/** JWS algorithm names (RFC 7518 §3.1, RFC 8037, RFC 8812): an `algorithms` list holds nothing else. */
const ALGORITHMS: ReadonlySet<string> = new Set([
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'ES256',
  'ES384',
  'ES512',
  'ES256K',
  'PS256',
  'PS384',
  'PS512',
  'EdDSA',
  'Ed25519',
]);

interface KeyRule {
  claim: ConfigClaim;
  via?: string;
  /** A bare (unquoted) value is read: YAML, properties, `.env`, command-line flags. */
  bare: boolean;
  /** The key is read only as a quoted JSON key (`"Audience": …`): capitalised, it is also prose and log words. */
  jsonOnly?: boolean;
  list?: boolean;
}

const SPRING = 'spring-security';
const IDENTITY_MODEL = 'identitymodel';

/**
 * Keys by their last dotted segment (a Spring or Quarkus property path ends in one of these). Case matters: `Issuer:`
 * and `Audiences:` are IdentityModel's words for the token's own values in IDX10205 and IDX10214.
 */
const KEYS: ReadonlyMap<string, KeyRule> = new Map<string, KeyRule>([
  ['issuer', { claim: 'iss', bare: true }],
  ['issuer-uri', { claim: 'iss', via: SPRING, bare: true }],
  ['ValidIssuer', { claim: 'iss', via: IDENTITY_MODEL, bare: false }],
  ['ValidIssuers', { claim: 'iss', via: IDENTITY_MODEL, bare: false, list: true }],
  ['Issuer', { claim: 'iss', bare: false, jsonOnly: true }],
  ['--oidc-issuer-url', { claim: 'iss', bare: true }],
  ['audience', { claim: 'aud', bare: true }],
  ['audiences', { claim: 'aud', bare: true, list: true }],
  ['ValidAudience', { claim: 'aud', via: IDENTITY_MODEL, bare: false }],
  ['ValidAudiences', { claim: 'aud', via: IDENTITY_MODEL, bare: false, list: true }],
  ['Audience', { claim: 'aud', bare: false }],
  ['--oidc-client-id', { claim: 'aud', bare: true }],
  ['algorithms', { claim: 'alg', bare: true, list: true }],
  ['jws-algorithms', { claim: 'alg', via: SPRING, bare: true, list: true }],
]);

/** `JWT_ISSUER`, `OIDC_AUDIENCE`, `AUDIENCE`: an environment variable of the verifier (not `…_ISSUER_BASE_URL`). */
const ENV_KEY = /^(?:[A-Z][A-Z0-9]*_)*(ISSUER|AUDIENCE|ALGORITHMS?)$/;

export function readVerifierConfig(text: string): ConfiguredValue[] {
  const out: ConfiguredValue[] = [];
  FRAGMENTS.lastIndex = 0;
  let lastKeyEnd = -1;
  let candidates = 0;
  for (let m = FRAGMENTS.exec(text); m !== null && candidates++ < MAX_CANDIDATES; m = FRAGMENTS.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && end - start < MAX_KEY && KEY_CHAR.test(text.charAt(start - 1))) start--;
    while (end < text.length && end - start < MAX_KEY && KEY_CHAR.test(text.charAt(end))) end++;
    if (end <= lastKeyEnd) continue;
    lastKeyEnd = end;
    FRAGMENTS.lastIndex = end;
    if (m[0] === 'SCOPE_') readSpringScope(text, start, end, out);
    else if (m[0] === 'equiredScope') readScopeCall(text, start, end, out);
    else readSetting(text, start, end, out);
    if (out.length >= MAX_ITEMS * 3) break;
  }
  return out;
}

function ruleFor(key: string): KeyRule | null {
  const direct = KEYS.get(key);
  if (direct !== undefined) return direct;
  const dot = key.lastIndexOf('.');
  if (dot > 0 && !key.startsWith('--')) {
    // A property path (`quarkus.oidc.token.audience`) or a member (`options.Audience`, `parameters.ValidIssuer`).
    const last = KEYS.get(key.slice(dot + 1));
    if (last !== undefined && !last.jsonOnly) return last;
  }
  const env = ENV_KEY.exec(key);
  if (env === null) return null;
  const claim: ConfigClaim = env[1] === 'ISSUER' ? 'iss' : env[1] === 'AUDIENCE' ? 'aud' : 'alg';
  return { claim, bare: true, list: claim === 'alg' };
}

function readSetting(text: string, keyStart: number, keyEnd: number, out: ConfiguredValue[]): void {
  const rule = ruleFor(text.slice(keyStart, keyEnd));
  if (rule === null) return;
  const before = keyStart > 0 ? text.charAt(keyStart - 1) : '';
  // An /authorize URL's query or a form body: the client's request, not the verifier's setting.
  if (before === '?' || before === '&') return;
  let i = keyEnd;
  let quotedKey = false;
  if ((before === '"' || before === "'") && text.charAt(i) === before) {
    quotedKey = true;
    i++;
  }
  if (rule.jsonOnly && !quotedKey) return;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  const sep = text.charAt(i);
  if (sep !== ':' && sep !== '=') return;
  // `==`, `=>`, `:=` and `::` are comparisons, arrows and scopes, not settings.
  const next = text.charAt(i + 1);
  if (next === '=' || next === '>' || next === ':') return;
  i++;
  if (isClientSide(text, keyStart)) return;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  const lineEnd = endOfLine(text, i);
  const values: Array<{ value: string; start: number; end: number }> = [];
  let keyLine: { start: number; end: number } | undefined;
  const c = text.charAt(i);
  const lineStart = text.lastIndexOf('\n', keyStart) + 1;
  const from = quotedKey ? keyStart - 1 : keyStart;
  if (c === '"' || c === "'" || c === '`') {
    const v = quoted(text, i, lineEnd);
    if (v !== null) values.push({ value: v, start: from, end: i + v.length + 2 });
  } else if (c === '[' || (c === 'n' && CSHARP_COLLECTION.test(text.slice(i, i + 20)))) {
    const list = listItems(text, i);
    for (const v of list.items) values.push({ value: v, start: from, end: list.end });
  } else if (i >= lineEnd || text.charAt(i) === '#') {
    if (rule.bare) for (const item of yamlBlockItems(text, lineEnd, lineStart, keyStart)) values.push(item);
    keyLine = { start: from, end: i };
  } else if (rule.bare) {
    const v = bare(text, i, lineEnd);
    if (
      v !== null &&
      (rule.claim === 'alg' || v.includes('://') || (plainWord(v) && bareAllowed(text, keyStart, keyEnd, sep)))
    )
      values.push({ value: v, start: from, end: i + v.length });
  }
  let n = 0;
  for (const { value, start, end } of values) {
    if (!acceptable(rule.claim, value) || ++n > MAX_ITEMS) continue;
    const item: ConfiguredValue = { claim: rule.claim, value, start, end };
    if (rule.via !== undefined) item.via = rule.via;
    if (keyLine !== undefined) item.keyLine = keyLine;
    out.push(item);
  }
}

/**
 * Spring Security's `hasAuthority("SCOPE_orders.write")`: the authority JwtGrantedAuthoritiesConverter makes of each
 * scope, so the scope after `SCOPE_` is required. (`hasAnyAuthority` is any of several, and is not read.)
 */
function readSpringScope(text: string, start: number, _end: number, out: ConfiguredValue[]): void {
  const quote = text.charAt(start - 1);
  if ((quote !== '"' && quote !== "'") || !text.startsWith('hasAuthority(', start - 14)) return;
  const close = text.indexOf(quote, start);
  if (close < 0 || close - start > MAX_VALUE || text.charAt(close + 1) !== ')') return;
  const value = text.slice(start + 'SCOPE_'.length, close);
  if (acceptable('scope', value) && !/\s/.test(value)) {
    out.push({ claim: 'scope', value, start: start - 14, end: close + 2, via: SPRING });
  }
}

/**
 * express-oauth2-jwt-bearer's `requiredScopes('read:orders write:orders')` (every scope named, as one string or an
 * array) and Microsoft.Identity.Web's `[RequiredScope("access_as_user")]` (any one of its arguments: read only when
 * it names one).
 */
function readScopeCall(text: string, start: number, end: number, out: ConfiguredValue[]): void {
  const name = text.slice(start, end);
  const via =
    name === 'requiredScopes'
      ? 'express-oauth2-jwt-bearer'
      : name === 'RequiredScope'
        ? 'microsoft-identity-web'
        : null;
  if (via === null || text.charAt(end) !== '(') return;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > MAX_VALUE) return;
  const args: string[] = [];
  for (let i = end + 1; i < close && args.length < MAX_ITEMS; i++) {
    const c = text.charAt(i);
    if (c !== '"' && c !== "'") continue;
    const stop = text.indexOf(c, i + 1);
    if (stop < 0 || stop > close) return;
    args.push(text.slice(i + 1, stop));
    i = stop;
  }
  if (args.length === 0 || (via === 'microsoft-identity-web' && args.length > 1)) return;
  for (const value of args) {
    if (acceptable('scope', value)) out.push({ claim: 'scope', value, start, end: close + 1, via });
  }
}

/**
 * A bare value that is no URL is read only where nothing but a literal can stand: a flag, an environment variable, a
 * dotted property or a YAML key at the start of its line. In code (`audience: AUDIENCE,`) a bare word is a variable.
 */
function bareAllowed(text: string, keyStart: number, keyEnd: number, sep: string): boolean {
  const key = text.slice(keyStart, keyEnd);
  if (key.startsWith('--') || ENV_KEY.test(key) || key.includes('.')) return true;
  if (sep !== ':') return false;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  for (let k = lineStart; k < keyStart; k++) {
    const ch = text.charAt(k);
    if (ch !== ' ' && ch !== '\t' && ch !== '-') return false;
  }
  // YAML: the line ends after the value, with no comma or semicolon of code.
  const end = endOfLine(text, keyEnd);
  const rest = text.slice(keyEnd, end).trimEnd();
  return !rest.endsWith(',') && !rest.endsWith(';');
}

/**
 * A bare value that reads as a literal rather than a name in code: a GUID (an Entra app's client id), or a lower-case
 * word (`orders`, `my-api`). `ISSUER`, `myAudience` and `config.audience` are variables.
 */
function plainWord(v: string): boolean {
  return GUID.test(v) || /^[a-z0-9][a-z0-9_:-]*$/.test(v);
}
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function isClientSide(text: string, at: number): boolean {
  const from = Math.max(0, at - CLIENT_WINDOW);
  const window = text.slice(from, Math.min(text.length, at + CLIENT_WINDOW));
  for (const w of CLIENT_SIDE) if (window.includes(w)) return true;
  return false;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return text.charAt(end - 1) === '\r' ? end - 1 : end;
}

/** A quoted string at `at`, closed on its line; null when it is not closed or too long. */
function quoted(text: string, at: number, lineEnd: number): string | null {
  const q = text.charAt(at);
  const close = text.indexOf(q, at + 1);
  if (close < 0 || close > lineEnd || close - at > MAX_VALUE) return null;
  return text.slice(at + 1, close);
}

/**
 * The quoted strings of `[ "a", 'b' ]`, or of C#'s `new[] { "a" }` / `new List<string> { "a" }`, and where the list
 * ends (after its closing bracket).
 */
function listItems(text: string, at: number): { items: string[]; end: number } {
  let open = at;
  let close: string;
  const none = { items: [], end: at };
  if (text.charAt(at) === '[') close = ']';
  else {
    open = text.indexOf('{', at);
    if (open < 0 || open - at > 40) return none;
    close = '}';
  }
  const end = text.indexOf(close, open + 1);
  if (end < 0 || end - open > MAX_LIST) return none;
  const items: string[] = [];
  for (let i = open + 1; i < end && items.length < MAX_ITEMS; i++) {
    const c = text.charAt(i);
    if (c !== '"' && c !== "'") continue;
    const stop = text.indexOf(c, i + 1);
    if (stop < 0 || stop > end) break;
    items.push(text.slice(i + 1, stop));
    i = stop;
  }
  if (items.length === 0 && close === ']') {
    // A YAML flow list of bare words: `audiences: [api://orders, api://billing]`.
    for (const part of text.slice(open + 1, end).split(',')) {
      const v = part.trim();
      if (v !== '' && !/[\s"'{}]/.test(v) && items.length < MAX_ITEMS) items.push(v);
    }
  }
  return { items, end: end + 1 };
}

/** The items of a YAML block list under the key (`audiences:` then `  - api://orders` lines, deeper or level). */
function yamlBlockItems(
  text: string,
  keyLineEnd: number,
  keyLineStart: number,
  keyStart: number,
): Array<{ value: string; start: number; end: number }> {
  let keyIndent = 0;
  while (keyLineStart + keyIndent < keyStart && text.charAt(keyLineStart + keyIndent) === ' ') keyIndent++;
  const items: Array<{ value: string; start: number; end: number }> = [];
  let at = keyLineEnd;
  while (items.length < MAX_ITEMS && at < text.length) {
    if (text.charAt(at) === '\r') at++;
    if (text.charAt(at) !== '\n') break;
    const start = at + 1;
    const end = endOfLine(text, start);
    let k = start;
    while (k < end && text.charAt(k) === ' ') k++;
    if (text.charAt(k) !== '-' || text.charAt(k + 1) !== ' ' || k - start < keyIndent) break;
    const dash = k;
    k += 2;
    while (text.charAt(k) === ' ') k++;
    const c = text.charAt(k);
    const q = c === '"' || c === "'";
    const v = q ? quoted(text, k, end) : bare(text, k, end);
    if (v !== null) items.push({ value: v, start: dash, end: k + v.length + (q ? 2 : 0) });
    at = end;
  }
  return items;
}

/** A bare value: to the end of the line, a space, a comma or a comment. */
function bare(text: string, at: number, lineEnd: number): string | null {
  let end = at;
  while (end < lineEnd && end - at <= MAX_VALUE) {
    const c = text.charAt(end);
    if (c === ' ' || c === '\t' || c === ',' || c === ';' || c === '"' || c === "'" || c === '#') break;
    end++;
  }
  return end > at && end - at <= MAX_VALUE ? text.slice(at, end) : null;
}

/** A literal the verifier could compare with: no placeholder, variable or blank; an algorithm's name for `alg`. */
function acceptable(claim: ConfigClaim, value: string): boolean {
  if (claim === 'alg') return ALGORITHMS.has(value);
  if (value === '' || value.length > MAX_VALUE) return false;
  // A scope string may hold several, space-separated (`requiredScopes('a b')`); nothing else may hold blanks.
  if (claim === 'scope') return !/[<>{}$%]/.test(value) && value.trim() !== '';
  if (value === 'null' || value === 'undefined' || value === 'None' || value === 'nil') return false;
  return !/[\s<>{}$%]|^process\.env|^os\.environ/.test(value);
}
