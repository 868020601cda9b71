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
import { JWS_ALGORITHMS } from '../algorithms.js';

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
  /** Not a setting: the writer's words state it (parse/stated-expectation.ts). */
  writer?: true;
  /**
   * The whole list this scope was named in, when the verifier accepts a token with any one of them (Microsoft.Identity
   * .Web's `[RequiredScope("a", "b")]`, Spring's `hasAnyAuthority("SCOPE_a", "SCOPE_b")` and `hasAnyScope("a", "b")`):
   * the token lacks what is required only when it has none of them.
   */
  anyOf?: readonly string[];
}

/**
 * Fragments of every key read below; the key itself is then taken whole around the fragment. Two alternations, the
 * upper-case fragments apart: V8 skips ahead over text no branch can start in, and one alternation whose branches
 * start with s, u, l, e, i and t too could start at most characters (~3 µs an example paste with a token, both ~0.6).
 * No fragment of one starts with a character one of the other can start with, so at any place at most one matches.
 */
const UPPER_FRAGMENTS = /SSUER|UDIENCE|LGORI|T_ALGO|SCOPE_/g;
const OTHER_FRAGMENTS =
  /ssuer|udience|lgorithm|-client-id|equiredScope|nyScope\(|zureAd|idMethods|tor\.New\(|w Key\(|'algo'/g;

/**
 * The first fragment at or after `from`, of either alternation, each searched again only when `from` passed its last
 * match (`from` never decreases): what one alternation of them all found by `exec` from `lastIndex`.
 */
class FragmentSearch {
  private upper: RegExpExecArray | null | undefined;
  private other: RegExpExecArray | null | undefined;

  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  next(from: number): RegExpExecArray | null {
    if (this.upper === undefined || (this.upper !== null && this.upper.index < from))
      this.upper = execFrom(UPPER_FRAGMENTS, this.text, from);
    if (this.other === undefined || (this.other !== null && this.other.index < from))
      this.other = execFrom(OTHER_FRAGMENTS, this.text, from);
    const { upper, other } = this;
    if (upper === null) return other;
    return other === null || upper.index < other.index ? upper : other;
  }
}

function execFrom(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}
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

interface KeyRule {
  claim: ConfigClaim;
  via?: string;
  /** A bare (unquoted) value is read: YAML, properties, `.env`, command-line flags. */
  bare: boolean;
  /** The key is read only as a quoted JSON key (`"Audience": …`): capitalised, it is also prose and log words. */
  jsonOnly?: boolean;
  list?: boolean;
  /** A bare word is a literal here too (`vault write … bound_audiences=vault`: a command's key=value pairs). */
  bareWord?: boolean;
  /** Read only in a paste of this product's configuration (its name stands in the paste). */
  gate?: Gate;
}

/**
 * Products whose keys mean a setting only in their own configuration. Kong's openid-connect `issuer` is where its
 * discovery starts ("does not have to match the URL of the iss claim": Kong's openid-connect docs, `issuers_allowed`
 * says which iss) and its `audience` is sent to the authorization endpoint, so beside it those two are not read.
 */
type Gate = 'apim' | 'aws-jwt' | 'kong-oidc';
const GATE_WORDS: Record<Gate, string> = {
  apim: '<validate-',
  'aws-jwt': 'JwtConfiguration',
  'kong-oidc': 'openid-connect',
};

interface Scan {
  text: string;
  gates: Partial<Record<Gate, boolean>>;
}

function gated(scan: Scan, gate: Gate): boolean {
  let v = scan.gates[gate];
  if (v === undefined) {
    v = gate === 'kong-oidc' ? namesKongOidc(scan.text) : scan.text.includes(GATE_WORDS[gate]);
    scan.gates[gate] = v;
  }
  return v;
}

/** How many `openid-connect` a paste is searched through for the plugin's name: a log repeating a URL names no more. */
const MAX_OIDC_WORDS = 32;

/**
 * Kong's plugin named (`name: openid-connect`, `"name":"openid-connect"`, `konghq.com/plugins: openid-connect`), not a
 * path segment: every Keycloak realm's endpoints hold `/protocol/openid-connect/` (its jwks_uri, token and certs URLs), and
 * beside one an Istio rule's or a Spring property's `issuer:` is the verifier's setting (keycloak/keycloak#17299: a
 * RequestAuthentication whose jwksUri is a Keycloak certs URL).
 */
function namesKongOidc(text: string): boolean {
  const word = GATE_WORDS['kong-oidc'];
  let at = text.indexOf(word);
  for (let n = 0; at >= 0 && n < MAX_OIDC_WORDS; n++) {
    if (text.charAt(at - 1) !== '/') return true;
    at = text.indexOf(word, at + word.length);
  }
  return false;
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
  // Serverless Framework's httpApi JWT authorizer (`issuerUrl:` + `audience:`) and the CDK's HttpJwtAuthorizer
  // `jwtAudience` (docs.aws.amazon.com cdk aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps).
  ['issuerUrl', { claim: 'iss', bare: true }],
  ['jwtAudience', { claim: 'aud', bare: true, list: true }],
  // Vault's JWT auth: a role's bound_audiences ("any match is sufficient"; an array or a comma-separated string) and
  // the mount config's bound_issuer (developer.hashicorp.com/vault/api-docs/auth/jwt).
  ['bound_audiences', { claim: 'aud', bare: true, list: true, bareWord: true }],
  ['bound_issuer', { claim: 'iss', bare: true, bareWord: true }],
  // Kong's openid-connect plugin: `issuers_allowed` ("the issuers allowed to be present in the tokens (iss claim)")
  // and `audience_required` (Kong's openid-connect plugin reference).
  ['issuers_allowed', { claim: 'iss', bare: true, list: true, gate: 'kong-oidc' }],
  ['audience_required', { claim: 'aud', bare: true, list: true, gate: 'kong-oidc' }],
]);

/**
 * Calls that set what a verifier compares, by the method's name; every argument must be a string literal (one
 * variable among them and the whole call says nothing).
 *
 * jjwt's `Jwts.parser().requireIssuer(…).requireAudience(…)` (JwtParserBuilder); Spring Security's
 * `JwtValidators.createDefaultWithIssuer(…)`, `JwtDecoders.fromIssuerLocation(…)` / `fromOidcIssuerLocation(…)` and
 * `NimbusJwtDecoder.withIssuerLocation(…)` (each validates iss equal to the location); golang-jwt's
 * `jwt.WithIssuer(…)` / `jwt.WithAudience(…)` parser options and lestrrat-go/jwx's validate options of the same names;
 * auth0 java-jwt's `JWT.require(…).withIssuer(…).withAudience(…)` / `withAnyOfAudience(…)`, read only on a
 * `JWT.require(` chain (`JWT.create().withIssuer(…)` signs a token with it).
 */
const CALLS: ReadonlyMap<string, { claim: ConfigClaim; via?: string; javaJwt?: boolean }> = new Map([
  ['requireIssuer', { claim: 'iss', via: 'jjwt' }],
  ['requireAudience', { claim: 'aud', via: 'jjwt' }],
  ['createDefaultWithIssuer', { claim: 'iss', via: SPRING }],
  ['fromIssuerLocation', { claim: 'iss', via: SPRING }],
  ['fromOidcIssuerLocation', { claim: 'iss', via: SPRING }],
  ['withIssuerLocation', { claim: 'iss', via: SPRING }],
  ['WithIssuer', { claim: 'iss' }],
  ['WithAudience', { claim: 'aud' }],
  ['withIssuer', { claim: 'iss', via: 'java-jwt', javaJwt: true }],
  ['withAudience', { claim: 'aud', via: 'java-jwt', javaJwt: true }],
  ['withAnyOfAudience', { claim: 'aud', via: 'java-jwt', javaJwt: true }],
] as const);

/**
 * `JWT_ISSUER`, `OIDC_AUDIENCE`, `AUDIENCE`: an environment variable of the verifier (not `…_ISSUER_BASE_URL`); also
 * an upper-case key of a settings dict (Django REST framework SimpleJWT's `SIMPLE_JWT = {"ALGORITHM": …, "AUDIENCE":
 * …, "ISSUER": …}`, its settings.py defaults) and tymon/jwt-auth's `JWT_ALGO` (config/jwt.php reads it).
 */
const ENV_KEY = /^(?:[A-Z][A-Z0-9]*_)*(ISSUER|AUDIENCE|ALGORITHMS?)$|^JWT_(ALGO)$/;

export function readVerifierConfig(text: string): ConfiguredValue[] {
  const out: ConfiguredValue[] = [];
  const scan: Scan = { text, gates: {} };
  const fragments = new FragmentSearch(text);
  let lastKeyEnd = -1;
  let candidates = 0;
  let from = 0;
  for (let m = fragments.next(0); m !== null && candidates++ < MAX_CANDIDATES; m = fragments.next(from)) {
    from = m.index + m[0].length;
    let start = m.index;
    let end = start + m[0].length;
    while (start > 0 && end - start < MAX_KEY && KEY_CHAR.test(text.charAt(start - 1))) start--;
    while (end < text.length && end - start < MAX_KEY && KEY_CHAR.test(text.charAt(end))) end++;
    if (end <= lastKeyEnd) continue;
    lastKeyEnd = end;
    from = end;
    const f = m[0];
    const fEnd = m.index + f.length;
    if (f === 'SCOPE_') readSpringScope(text, start, end, out);
    else if (f === 'equiredScope') readScopeCall(text, start, end, out);
    else if (f === 'nyScope(') readScopeCall(text, start, fEnd - 1, out);
    else if (f === 'zureAd') readAzureAd(text, m.index - 1, out);
    else if (f === 'idMethods') readGoValidMethods(text, start, end, out);
    else if (f === 'tor.New(') {
      if (text.startsWith('validator.New(', fEnd - 14)) readGoMiddleware(text, fEnd - 14, fEnd, out);
    } else if (f === 'w Key(') {
      if (text.startsWith('new Key(', fEnd - 8)) readPhpKey(text, fEnd - 8, fEnd, out);
    } else if (f === "'algo'") readLaravelAlgo(text, m.index, fEnd, out);
    else if (f === 'lgorithm' && text.charAt(end) === '(') readAlgorithmCall(text, start, end, out);
    else readSetting(scan, start, end, out);
    if (out.length >= MAX_ITEMS * 3) break;
  }
  return out.length > MAX_ITEMS * 3 ? out.slice(0, MAX_ITEMS * 3) : out;
}

function ruleFor(scan: Scan, key: string): KeyRule | null {
  const direct = KEYS.get(key);
  if (direct !== undefined) {
    if (direct.gate !== undefined && !gated(scan, direct.gate)) return null;
    if ((key === 'issuer' || key === 'audience') && gated(scan, 'kong-oidc')) return null;
    // CloudFormation's AWS::ApiGatewayV2::Authorizer JwtConfiguration (`Audience:` list, `Issuer:`), as YAML too.
    if ((key === 'Issuer' || key === 'Audience') && gated(scan, 'aws-jwt')) return { claim: direct.claim, bare: true };
    return direct;
  }
  // MicroProfile JWT's mp.jwt.verify.publickey.algorithm (one algorithm; RS256 when unset).
  if (key.endsWith('verify.publickey.algorithm')) return { claim: 'alg', bare: true };
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

/**
 * An upper-case algorithm constant is the verifier's setting as a dict's key (SimpleJWT), an `.env` line
 * (`JWT_ALGORITHM=RS256`), or a constant the paste passes to a decode (`ALGORITHM = "HS256"` … `algorithms=[ALGORITHM]`,
 * FastAPI's tutorial); a constant only passed to `jwt.encode(…, algorithm=ALGORITHM)` signs.
 */
function algConstantIsSetting(text: string, key: string, keyStart: number, quotedKey: boolean, sepAt: number): boolean {
  if (quotedKey) return true;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (lineStart === keyStart && sepAt === keyStart + key.length && text.charAt(sepAt) === '=') return true;
  return new RegExp(`algorithms\\s*=\\s*\\[\\s*(?:[A-Za-z_][A-Za-z0-9_]{0,40}\\.)?${key}\\s*\\]`).test(text);
}

function readSetting(scan: Scan, keyStart: number, keyEnd: number, out: ConfiguredValue[]): void {
  const text = scan.text;
  const key = text.slice(keyStart, keyEnd);
  if (text.charAt(keyEnd) === '(') {
    readCallSetting(text, key, keyStart, keyEnd, out);
    return;
  }
  const rule = ruleFor(scan, key);
  if (rule === null) return;
  const before = keyStart > 0 ? text.charAt(keyStart - 1) : '';
  if (before === '<') {
    if (gated(scan, 'apim')) readApimElement(text, key, keyStart, keyEnd, out);
    return;
  }
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
  if (rule.claim === 'alg' && ENV_KEY.test(key) && !algConstantIsSetting(text, key, keyStart, quotedKey, i)) return;
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
    const end = v === null ? 0 : i + v.length + 2;
    // Vault takes an array as one comma-separated string (`bound_audiences="a,b"`).
    if (v !== null && rule.bareWord === true && rule.list === true)
      for (const part of v.split(',')) values.push({ value: part.trim(), start: from, end });
    else if (v !== null) values.push({ value: v, start: from, end });
  } else if (c === '{' && rule.claim === 'iss') {
    // Kubernetes' AuthenticationConfiguration: `"issuer": {"url": "https://…", "audiences": […]}`.
    const url = nestedUrl(text, i);
    if (url !== null) values.push({ value: url.value, start: from, end: url.end });
  } else if (c === '[' || (c === 'n' && CSHARP_COLLECTION.test(text.slice(i, i + 20)))) {
    const list = listItems(text, i);
    for (const v of list.items) values.push({ value: v, start: from, end: list.end });
  } else if (i >= lineEnd || text.charAt(i) === '#') {
    if (rule.bare) for (const item of yamlBlockItems(text, lineEnd, lineStart, keyStart)) values.push(item);
    // Kubernetes' AuthenticationConfiguration nests the issuer's URL: `- issuer:` then `    url: https://…`.
    if (values.length === 0 && rule.claim === 'iss' && key === 'issuer') {
      const url = yamlUrlBelow(text, lineEnd, lineStart, keyStart);
      if (url !== null) values.push(url);
    }
    keyLine = { start: from, end: i };
  } else if (rule.bare) {
    let at = i;
    // A property's list as comma-separated words (MicroProfile's `mp.jwt.verify.audiences=a,b`).
    for (let k = 0; k < MAX_ITEMS; k++) {
      const v = bare(text, at, lineEnd);
      if (
        v !== null &&
        (rule.claim === 'alg' ||
          v.includes('://') ||
          (plainWord(v) && (rule.bareWord === true || bareAllowed(text, keyStart, keyEnd, sep))))
      )
        values.push({ value: v, start: from, end: at + v.length });
      if (v === null || rule.list !== true || sep !== '=' || text.charAt(at + v.length) !== ',') break;
      at += v.length + 1;
    }
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
 * scope, so the scope after `SCOPE_` is required. `hasAnyAuthority("SCOPE_a", "SCOPE_b")` lets in a token with any one
 * (AuthorityAuthorizationManager.hasAnyAuthority): read as any-of, and only when every authority is a scope (a role
 * among them lets in a token with none of the scopes).
 */
function readSpringScope(text: string, start: number, _end: number, out: ConfiguredValue[]): void {
  const quote = text.charAt(start - 1);
  if ((quote === '"' || quote === "'") && text.startsWith('hasAnyAuthority(', start - 17)) {
    readAnyAuthority(text, start - 1, out);
    return;
  }
  if ((quote !== '"' && quote !== "'") || !text.startsWith('hasAuthority(', start - 14)) return;
  const close = text.indexOf(quote, start);
  if (close < 0 || close - start > MAX_VALUE || text.charAt(close + 1) !== ')') return;
  const value = text.slice(start + 'SCOPE_'.length, close);
  if (acceptable('scope', value) && !/\s/.test(value)) {
    out.push({ claim: 'scope', value, start: start - 14, end: close + 2, via: SPRING });
  }
}

/** `hasAnyAuthority("SCOPE_a", "SCOPE_b")` from its first argument's quote at `open`: any-of, scopes only. */
function readAnyAuthority(text: string, open: number, out: ConfiguredValue[]): void {
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > MAX_VALUE) return;
  const args = quotedStrings(text, open, close);
  if (args === null || args.length === 0 || !args.every((a) => a.startsWith('SCOPE_'))) return;
  const scopes = args.map((a) => a.slice('SCOPE_'.length));
  if (!scopes.every((v) => acceptable('scope', v) && !/\s/.test(v))) return;
  const start = open - 'hasAnyAuthority('.length;
  for (const value of scopes) out.push({ claim: 'scope', value, start, end: close + 1, via: SPRING, ...anyOf(scopes) });
}

/** `{ anyOf }` for a list of more than one scope (one is simply required), else nothing. */
function anyOf(scopes: readonly string[]): { anyOf?: readonly string[] } {
  return scopes.length > 1 ? { anyOf: scopes } : {};
}

/**
 * express-oauth2-jwt-bearer's `requiredScopes('read:orders write:orders')` (every scope named, as one string or an
 * array); Microsoft.Identity.Web's `[RequiredScope("access_as_user", "orders.write")]`, which lets in a token with any
 * one of its arguments (learn.microsoft.com, RequiredScopeAttribute(String[]): a 403 when the token "does not have any
 * of these acceptedScopes"), and Spring Security's `hasAnyScope("a", "b")` (OAuth2AuthorizationManagers, the
 * hasAnyAuthority of each `SCOPE_`): any-of, each scope with the whole list.
 */
function readScopeCall(text: string, start: number, end: number, out: ConfiguredValue[]): void {
  const name = text.slice(start, end);
  const via =
    name === 'requiredScopes'
      ? 'express-oauth2-jwt-bearer'
      : name === 'RequiredScope'
        ? 'microsoft-identity-web'
        : name === 'hasAnyScope'
          ? SPRING
          : null;
  if (via === null || text.charAt(end) !== '(') return;
  const close = text.indexOf(')', end);
  if (close < 0 || close - end > MAX_VALUE) return;
  const args = quotedStrings(text, end + 1, close);
  if (args === null || args.length === 0) return;
  const some = via === 'express-oauth2-jwt-bearer' ? {} : anyOf(args);
  // Any-of holds only if every one was read: a scope dropped from the list would make a token holding it look short.
  if (some.anyOf !== undefined && !args.every((v) => acceptable('scope', v))) return;
  for (const value of args) {
    if (acceptable('scope', value)) out.push({ claim: 'scope', value, start, end: close + 1, via, ...some });
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
 * The quoted strings in [from, to), at most MAX_ITEMS: null when a quote opened there does not close before `to`, or
 * with `keepOpen` the strings before it.
 */
function quotedStrings(text: string, from: number, to: number, keepOpen = false): string[] | null {
  const out: string[] = [];
  for (let i = from; i < to && out.length < MAX_ITEMS; i++) {
    const c = text.charAt(i);
    if (c !== '"' && c !== "'") continue;
    const stop = text.indexOf(c, i + 1);
    if (stop < 0 || stop > to) return keepOpen ? out : null;
    out.push(text.slice(i + 1, stop));
    i = stop;
  }
  return out;
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
  // An unclosed quote ends the list's strings where it opens.
  const items = quotedStrings(text, open + 1, end, true) ?? [];
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
  // Prose closes around a value (`(expected audience: api://orders)`, `…: api://orders.`): a closing bracket the value
  // did not open, or a sentence's full stop, is not part of it.
  while (end > at) {
    const c = text.charAt(end - 1);
    const open = c === ')' ? '(' : c === ']' ? '[' : c === '}' ? '{' : '';
    if (c === '.' || (open !== '' && !opensWithin(text, open, at, end - 1))) end--;
    else break;
  }
  return end > at && end - at <= MAX_VALUE ? text.slice(at, end) : null;
}

/** Whether `open` stands in [from, to), a value's few characters (indexOf would run on past them through the paste). */
function opensWithin(text: string, open: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charAt(k) === open) return true;
  return false;
}

/** A literal the verifier could compare with: no placeholder, variable or blank; an algorithm's name for `alg`. */
function acceptable(claim: ConfigClaim, value: string): boolean {
  if (claim === 'alg') return JWS_ALGORITHMS.has(value);
  if (value === '' || value.length > MAX_VALUE) return false;
  // A scope string may hold several, space-separated (`requiredScopes('a b')`); nothing else may hold blanks.
  if (claim === 'scope') return !/[<>{}$%]/.test(value) && value.trim() !== '';
  if (value === 'null' || value === 'undefined' || value === 'None' || value === 'nil') return false;
  // A discovery document's address (Kong's `issuer:` may hold one) is where the issuer is looked up, not the issuer.
  if (claim === 'iss' && value.includes('/.well-known/')) return false;
  return !/[\s<>{}$%]|^process\.env|^os\.environ/.test(value);
}

interface Arg {
  /** The string literal's content; null when the argument is anything else (a variable, a call, a slice). */
  literal: string | null;
  /** The argument as written, trimmed. */
  raw: string;
  start: number;
  end: number;
}

/** The arguments of the call whose `(` is at `open`, split at its own commas; null when it does not close soon. */
function callArgs(text: string, open: number): { args: Arg[]; close: number } | null {
  const args: Arg[] = [];
  let depth = 0;
  let from = open + 1;
  const limit = Math.min(text.length, open + MAX_LIST);
  const push = (end: number) => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text.charAt(s))) s++;
    while (e > s && /\s/.test(text.charAt(e - 1))) e--;
    const raw = text.slice(s, e);
    const q = raw.charAt(0);
    const literal =
      raw.length >= 2 && (q === '"' || q === "'") && raw.endsWith(q) && raw.indexOf(q, 1) === raw.length - 1
        ? raw.slice(1, -1)
        : null;
    if (raw !== '') args.push({ literal, raw, start: s, end: e });
  };
  for (let i = open + 1; i < limit; i++) {
    const c = text.charAt(i);
    if (c === '"' || c === "'" || c === '`') {
      const stop = text.indexOf(c, i + 1);
      if (stop < 0 || stop >= limit) return null;
      i = stop;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if (c === ')') {
      push(i);
      return { args, close: i };
    } else if (c === ',' && depth === 0) {
      push(i);
      from = i + 1;
      if (args.length > MAX_ITEMS) return null;
    }
  }
  return null;
}

/** `requireIssuer("…")`, `jwt.WithAudience("…")`, `JWT.require(…).withIssuer("…")`: see CALLS. */
function readCallSetting(text: string, key: string, keyStart: number, keyEnd: number, out: ConfiguredValue[]): void {
  const name = key.slice(key.lastIndexOf('.') + 1);
  const call = CALLS.get(name);
  if (call === undefined) return;
  if (call.javaJwt === true) {
    const from = Math.max(0, keyStart - CLIENT_WINDOW);
    const require = text.lastIndexOf('JWT.require(', keyStart);
    if (require < from || text.lastIndexOf('.create()', keyStart) > require) return;
  }
  const parsed = callArgs(text, keyEnd);
  if (parsed === null || parsed.args.length === 0 || parsed.args.some((a) => a.literal === null)) return;
  const start = keyStart + key.length - name.length;
  for (const a of parsed.args.slice(0, MAX_ITEMS)) {
    const value = a.literal as string;
    if (!acceptable(call.claim, value)) continue;
    const item: ConfiguredValue = { claim: call.claim, value, start, end: parsed.close + 1 };
    if (call.via !== undefined) item.via = call.via;
    out.push(item);
  }
}

/**
 * Azure API Management's validate-jwt (and validate-azure-ad-token) policy: `<audiences><audience>…</audience>` and
 * `<issuers><issuer>…</issuer>`, any one of which passes (learn.microsoft.com/azure/api-management/validate-jwt-policy).
 */
function readApimElement(text: string, key: string, keyStart: number, keyEnd: number, out: ConfiguredValue[]): void {
  if ((key !== 'audience' && key !== 'issuer') || text.charAt(keyEnd) !== '>') return;
  const closeTag = `</${key}>`;
  const close = text.indexOf(closeTag, keyEnd);
  const lineEnd = endOfLine(text, keyEnd);
  if (close < 0 || close > lineEnd || close - keyEnd > MAX_VALUE) return;
  const value = text.slice(keyEnd + 1, close).trim();
  const claim: ConfigClaim = key === 'issuer' ? 'iss' : 'aud';
  if (acceptable(claim, value))
    out.push({ claim, value, start: keyStart - 1, end: close + closeTag.length, via: 'azure-apim' });
}

/** `{"url": "https://…", …}` after a JSON `"issuer":` key: the URL and where its quote closes. */
function nestedUrl(text: string, open: number): { value: string; end: number } | null {
  const close = text.indexOf('}', open);
  const at = text.indexOf('"url"', open);
  if (at < 0 || (close >= 0 && at > close) || at - open > MAX_VALUE) return null;
  let i = at + 5;
  while (text.charAt(i) === ' ') i++;
  if (text.charAt(i) !== ':') return null;
  i++;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\n' || text.charAt(i) === '\r') i++;
  if (text.charAt(i) !== '"') return null;
  const v = quoted(text, i, endOfLine(text, i));
  return v === null ? null : { value: v, end: i + v.length + 2 };
}

/** A `url:` line nested under a YAML `issuer:` key (within its next few lines, deeper than the key). */
function yamlUrlBelow(
  text: string,
  keyLineEnd: number,
  keyLineStart: number,
  keyStart: number,
): { value: string; start: number; end: number } | null {
  let keyIndent = 0;
  while (keyLineStart + keyIndent < keyStart && /[ -]/.test(text.charAt(keyLineStart + keyIndent))) keyIndent++;
  let at = keyLineEnd;
  for (let n = 0; n < 6 && at < text.length; n++) {
    if (text.charAt(at) === '\r') at++;
    if (text.charAt(at) !== '\n') return null;
    const start = at + 1;
    const end = endOfLine(text, start);
    let k = start;
    while (k < end && text.charAt(k) === ' ') k++;
    if (k - start <= keyIndent) return null;
    if (text.startsWith('url:', k)) {
      let v = k + 4;
      while (text.charAt(v) === ' ') v++;
      const c = text.charAt(v);
      const q = c === '"' || c === "'";
      const value = q ? quoted(text, v, end) : bare(text, v, end);
      return value === null ? null : { value, start: k, end: v + value.length + (q ? 2 : 0) };
    }
    at = end;
  }
  return null;
}

const GUID_IN = /[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/;
const AZURE_AD_KEY =
  /"(Instance|TenantId|ClientId|Audience|Audiences|Authority|CallbackPath|SignUpSignInPolicyId|ClientSecret|ClientCredentials)"\s{0,20}:\s{0,20}(?:"([^"\n]{0,300})")?/g;
const MIW = 'microsoft-identity-web';

/**
 * Microsoft.Identity.Web's `"AzureAd": {…}` section, as AddMicrosoftIdentityWebApi reads it. Without an `Audience`,
 * RegisterValidAudience accepts `ClientId` (a v2.0 token or B2C) or `api://{ClientId}` (a v1.0 token)
 * (AzureAD/microsoft-identity-web src/Microsoft.Identity.Web/Resource/RegisterValidAudience.cs); with one, the
 * `"Audience"` key is read as any appsettings' is. The issuer validator (AadIssuerValidator,
 * AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet) accepts the iss of the tenant's own metadata,
 * v1 `https://sts.windows.net/{tid}/` or v2 `https://login.microsoftonline.com/{tid}/v2.0`: read only for a tenant's
 * GUID on the public cloud's instance (`common`/`organizations` take any tenant's, a domain name resolves to a GUID
 * only by the network). A web app's section (CallbackPath) or a B2C one is not read; a section with a client secret
 * is read only when the paste shows AddMicrosoftIdentityWebApi (a client's section names its own app, not the API).
 */
function readAzureAd(text: string, at: number, out: ConfiguredValue[]): void {
  if (text.charAt(at - 1) !== '"' || text.charAt(at + 7) !== '"') return;
  let i = at + 8;
  while (i < at + 20 && /[\s:]/.test(text.charAt(i))) i++;
  if (text.charAt(i) !== '{') return;
  let depth = 0;
  let end = i;
  for (const limit = Math.min(text.length, i + 3000); end < limit; end++) {
    const c = text.charAt(end);
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) break;
  }
  const fields = new Map<string, { value: string | undefined; start: number; end: number }>();
  AZURE_AD_KEY.lastIndex = i;
  for (let m = AZURE_AD_KEY.exec(text); m !== null && m.index < end; m = AZURE_AD_KEY.exec(text)) {
    if (!fields.has(m[1] as string))
      fields.set(m[1] as string, { value: m[2], start: m.index, end: m.index + m[0].length });
  }
  if (fields.has('CallbackPath') || fields.has('SignUpSignInPolicyId')) return;
  if (fields.has('Audience') || fields.has('Audiences')) return;
  if ((fields.has('ClientSecret') || fields.has('ClientCredentials')) && !text.includes('AddMicrosoftIdentityWebApi'))
    return;
  const client = fields.get('ClientId');
  if (client?.value !== undefined && GUID.test(client.value)) {
    for (const value of [client.value, `api://${client.value}`])
      out.push({ claim: 'aud', value, start: client.start, end: client.end, via: MIW });
  }
  const instance = fields.get('Instance')?.value;
  if (instance !== undefined && instance.replace(/\/$/, '') !== 'https://login.microsoftonline.com') return;
  let tenant = fields.get('TenantId');
  if (tenant?.value === undefined) {
    const authority = fields.get('Authority');
    const g = authority?.value?.startsWith('https://login.microsoftonline.com/') ? GUID_IN.exec(authority.value) : null;
    tenant = g === null || authority === undefined ? undefined : { ...authority, value: g[0] };
  }
  if (tenant?.value === undefined || !GUID.test(tenant.value)) return;
  const tid = tenant.value.toLowerCase();
  for (const value of [`https://sts.windows.net/${tid}/`, `https://login.microsoftonline.com/${tid}/v2.0`])
    out.push({ claim: 'iss', value, start: tenant.start, end: tenant.end, via: MIW });
}

/** golang-jwt's `jwt.WithValidMethods([]string{"RS256"})`: only those algorithms are accepted. */
function readGoValidMethods(text: string, start: number, end: number, out: ConfiguredValue[]): void {
  if (!text.startsWith('WithValidMethods(', end - 'WithValidMethods'.length)) return;
  const parsed = callArgs(text, end);
  const list = parsed?.args.length === 1 ? (parsed.args[0] as Arg).raw : '';
  if (parsed === null || !list.startsWith('[]string{') || !list.endsWith('}')) return;
  const items = list.slice(9, -1).split(',');
  const algs = items.map((s) => s.trim().replace(/^"(.*)"$/, '$1'));
  if (algs.some((a) => !JWS_ALGORITHMS.has(a))) return;
  for (const value of algs.slice(0, MAX_ITEMS)) out.push({ claim: 'alg', value, start, end: parsed.close + 1 });
}

/**
 * auth0/go-jwt-middleware v2's `validator.New(keyFunc, validator.RS256, "https://issuer/", []string{"aud"}, …)`:
 * the algorithm, the issuer URL (compared whole) and the audiences, any one of which passes
 * (auth0/go-jwt-middleware validator/validator.go `func New(keyFunc, signatureAlgorithm, issuerURL string,
 * audience []string, opts ...Option)`). Each argument is read only when it is a literal.
 */
function readGoMiddleware(text: string, at: number, open: number, out: ConfiguredValue[]): void {
  const parsed = callArgs(text, open - 1);
  if (parsed === null || parsed.args.length < 4) return;
  const [, alg, iss, aud] = parsed.args as [Arg, Arg, Arg, Arg];
  const via = 'go-jwt-middleware';
  const keyLine = { start: at, end: open };
  const algName = /^validator\.([A-Za-z0-9]+)$/.exec(alg.raw)?.[1];
  if (algName !== undefined && JWS_ALGORITHMS.has(algName))
    out.push({ claim: 'alg', value: algName, start: alg.start, end: alg.end, keyLine, via });
  if (iss.literal !== null && acceptable('iss', iss.literal))
    out.push({ claim: 'iss', value: iss.literal, start: iss.start, end: iss.end, keyLine, via });
  if (aud.raw.startsWith('[]string{') && aud.raw.endsWith('}')) {
    const items = aud.raw
      .slice(9, -1)
      .split(',')
      .map((s) => s.trim());
    if (items.length > 0 && items.every((s) => /^"[^"]*"$/.test(s))) {
      for (const s of items.slice(0, MAX_ITEMS)) {
        const value = s.slice(1, -1);
        if (acceptable('aud', value)) out.push({ claim: 'aud', value, start: aud.start, end: aud.end, keyLine, via });
      }
    }
  }
}

/**
 * firebase/php-jwt's `JWT::decode($jwt, new Key($key, 'ES256'))`: the Key names the one algorithm it verifies
 * (firebase/php-jwt src/Key.php, JWT::decode). Quoted as `new Key(` and the algorithm: the key material between
 * them may be a literal secret.
 */
function readPhpKey(text: string, at: number, open: number, out: ConfiguredValue[]): void {
  const parsed = callArgs(text, open - 1);
  const alg = parsed?.args.length === 2 ? (parsed.args[1] as Arg) : null;
  if (alg === null || alg.literal === null || !JWS_ALGORITHMS.has(alg.literal)) return;
  out.push({
    claim: 'alg',
    value: alg.literal,
    start: alg.start,
    end: alg.end,
    keyLine: { start: at, end: open },
    via: 'php-jwt',
  });
}

/** tymon/jwt-auth's config/jwt.php `'algo' => 'RS256'` (as a literal; `env('JWT_ALGO', …)` is read from the .env). */
function readLaravelAlgo(text: string, at: number, end: number, out: ConfiguredValue[]): void {
  const m = /^\s{0,20}=>\s{0,20}'([A-Za-z0-9]{5,6})'/.exec(text.slice(end, end + 60));
  if (m === null || !JWS_ALGORITHMS.has(m[1] as string)) return;
  out.push({ claim: 'alg', value: m[1] as string, start: at, end: end + m[0].length, via: 'jwt-auth' });
}

/** auth0 java-jwt's `Algorithm.X` factory names (com.auth0.jwt.algorithms.Algorithm) and the JWS alg each makes. */
const JAVA_JWT_ALGORITHMS: ReadonlyMap<string, string> = new Map([
  ['HMAC256', 'HS256'],
  ['HMAC384', 'HS384'],
  ['HMAC512', 'HS512'],
  ['RSA256', 'RS256'],
  ['RSA384', 'RS384'],
  ['RSA512', 'RS512'],
  ['ECDSA256', 'ES256'],
  ['ECDSA384', 'ES384'],
  ['ECDSA512', 'ES512'],
]);

/** A key around `lgorithm` that is a call: java-jwt's `JWT.require(Algorithm.X(…))` or Spring's `jwsAlgorithm(…)`. */
function readAlgorithmCall(text: string, start: number, end: number, out: ConfiguredValue[]): void {
  const key = text.slice(start, end);
  if (
    key === 'jwsAlgorithm' ||
    key === 'macAlgorithm' ||
    key.endsWith('.jwsAlgorithm') ||
    key.endsWith('.macAlgorithm')
  )
    readSpringAlgorithm(text, end - 12, end + 1, out);
  else if (key.startsWith('Algorithm.') && text.startsWith('JWT.require(', start - 12))
    readJavaJwtAlgorithm(text, start - 12, start + 10, end, out);
}

/** `JWT.require(Algorithm.HMAC256(secret))`: java-jwt's verifier accepts only its Algorithm's alg. */
function readJavaJwtAlgorithm(text: string, at: number, nameStart: number, end: number, out: ConfiguredValue[]): void {
  const value = JAVA_JWT_ALGORITHMS.get(text.slice(nameStart, end));
  if (value === undefined) return;
  out.push({ claim: 'alg', value, start: at, end, via: 'java-jwt' });
}

/**
 * Spring Security's `NimbusJwtDecoder.withJwkSetUri(…).jwsAlgorithm(SignatureAlgorithm.RS512)` and
 * `withSecretKey(…).macAlgorithm(MacAlgorithm.HS512)`: the decoder verifies only those algorithms.
 */
function readSpringAlgorithm(text: string, at: number, open: number, out: ConfiguredValue[]): void {
  const m = /^(?:SignatureAlgorithm|MacAlgorithm)\.([A-Z0-9]{5,6})\)/.exec(text.slice(open, open + 40));
  if (m === null || !JWS_ALGORITHMS.has(m[1] as string)) return;
  out.push({ claim: 'alg', value: m[1] as string, start: at, end: open + m[0].length, via: SPRING });
}
