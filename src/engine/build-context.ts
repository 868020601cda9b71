import { ablyKeySecretsIn } from './ably-keys.js';
import { adyenApiKeysIn } from './adyen-api-keys.js';
import { credentialsAfterAuthorization, misnamedCredentials } from './authorization-values.js';
import { randomAwsSessionNames } from './aws-session-names.js';
import { basicCredentialsIn } from './basic-credentials.js';
import { type PlatformLimits, selfSignedPlatform } from './checks/platform-limits.js';
import { cliOptionValuesIn } from './cli-option-values.js';
import { cliSetValuesIn } from './cli-set-values.js';
import { commandPasswordsIn } from './command-passwords.js';
import type { ChallengeObservation, Context, Expectation, KeyMaterial, LogHit, TokenInfo } from './context.js';
import { credentialCallValuesIn } from './credential-calls.js';
import { cutBareClaims, looksLikeClaims } from './cut-bare-claims.js';
import { encodedAuthorizationLines } from './encoded-authorization.js';
import { looksRandom } from './far-rest.js';
import { continuationAfter, piecesAcrossJoins, unflattenedLines } from './flattened-lines.js';
import { jwtSecretConfigKeysIn } from './jwt-secret-config-keys.js';
import { keyMaterialRuns } from './key-material.js';
import { logTime } from './log-time.js';
import { newRelicLicenseKeysIn } from './new-relic-license-keys.js';
import { normalizePaste } from './normalize.js';
import type { ResolvedOptions } from './options.js';
import { isPlaceholderCredential, parseAuthorization, SIGV4_SCHEME } from './parse/authorization.js';
import { type ChallengeParseResult, MISNAMED_CHALLENGE, parseChallenges } from './parse/challenge.js';
import { readClientErrors } from './parse/client-errors.js';
import { readStatedErrors } from './parse/error-bodies.js';
import { extractHttp, type HeaderField, type HttpObservations, lineLocator } from './parse/http.js';
import { findJsonObjects, type JsonObjectSpan } from './parse/json-spans.js';
import { readResourceMetadata } from './parse/resource-metadata.js';
import { readStatedExpectations } from './parse/stated-expectation.js';
import { type ConfiguredValue, readVerifierConfig } from './parse/verifier-config.js';
import { ECHOED_CREDENTIAL_ROWS } from './parse/verifier-messages/java.js';
import { mergeCandidates } from './parse/verifier-messages/merge.js';
import { findCandidates, type TokenSpan } from './parse/verifier-messages/scan.js';
import { foldForMatching, type VerifierHit } from './parse/verifier-messages.js';
import { passSettingValuesIn } from './pass-setting-values.js';
import { PIECE } from './pieces.js';
import { quotedWrapRestsIn } from './quoted-wrap-rests.js';
import { MAX_REST, SecretRedactor } from './secrets.js';
import { sentryOrgTokensIn } from './sentry-org-tokens.js';
import { telegramBotTokensIn } from './telegram-bot-tokens.js';
import { thingsboardDeviceTokensIn } from './thingsboard-device-tokens.js';
import { httpDateSeconds } from './time-parse.js';
import { indexOfEyJ, isBase64url, nextLongBase64urlRun } from './token/chars.js';
import {
  type DecodedCredential,
  decodeCredential,
  findMaskMarkers,
  JOSE_HEADER_PARAMETERS,
  type JsonObject,
} from './token/decode.js';
import { b64RunEnd, findTokensInText, pickTextToken, type TokenOccurrence } from './token/find.js';
import { findGoogleAccessToken } from './token/google-access.js';
import { tokenVerdict } from './token/labels.js';
import { productKeyOf } from './token/product-key.js';
import type { Source } from './types.js';
import { randomPiece } from './wrap-neighbours.js';

const MAX_HITS_PER_CODE = 3;
const MAX_HITS = 40;
/** Other tokens judged for being live (input.live-token): a paste of a hundred log lines repeats a few. */
const MAX_OTHER_TOKENS = 4;
/** A run of a key's characters (letters, digits, `_`, `-`, `.`) and a wrap marker's backslashes. */
const KEY_LIKE = /^[\w.\\-]+$/;
/** OAuth 1's parameters whose values are secret or made from a secret: its signature and its token (RFC 5849 §3.5.1). */
const OAUTH1_SECRET_PARAM = /\boauth_(?:signature|token)="?([^",\s]{1,1024})/g;
/** Upper bound on the evidence quoted from one line. */
const EVIDENCE_MAX = 200;

export function buildContext(input: string, options: ResolvedOptions): Context {
  const text = normalizePaste(input);
  const lower = foldForMatching(text);
  const json = findJsonObjects(text);
  const http = extractHttp(text, json);
  const redactor = new SecretRedactor();

  const lineAt = lineLocator(http);
  const evidenceAt = evidenceQuoter(text, redactor);

  const authorization = pickAuthorization(http);
  const textTokens = findTokensInText(text, true);
  registerTextCredentials(redactor, text, lower, textTokens);
  // A product's key in any request header (token/product-key.ts: `hf_`, `npm_`, `shpat_`… under a name that says
  // nothing of a secret) is quoted as the request's credential (checks/product-key-sent.ts): registered whole.
  for (const h of http.headers) {
    if (h.side === 'response') continue;
    const value = h.value.trim();
    if (productKeyOf(value) !== null) redactor.add(value);
  }
  // Expected values are quoted back (claim.iss-mismatch: expected "…"): a token typed as one is a secret too.
  const typed = [options.expectedIssuers, options.expectedAudiences, options.requiredScopes, options.allowedAlgorithms];
  for (const values of typed) for (const v of values) redactor.addTokensIn(v);

  let token: TokenInfo | null = null;
  let authz: Context['authorization'] = null;
  let mainRawFromVariable: string | null = null;
  if (authorization !== null) {
    const parsed = parseAuthorization(authorization.field.value, authorization.field.quoted);
    authz = { field: authorization.field, parsed, count: authorization.count };
    // A key a wrap split reads as a scheme and a credential (`Authorization: SG.pOA4…bvoW\\⏎bl1Y…`, a vendor's key
    // with no scheme before it): authz-header.scheme's title quotes the scheme. No scheme is 16 characters of mixed
    // case and digits in a key's characters (and a wrap marker's backslash) (round "fuzz16", gen16.mjs shape "pkhdr").
    const scheme = parsed.scheme;
    if (scheme !== null && scheme.length >= 16 && KEY_LIKE.test(scheme) && looksRandom(scheme, 0, scheme.length))
      redactor.addToken(scheme, `‹secret ${redactor.fingerprint(scheme)}›`);
    if (parsed.scheme === SIGV4_SCHEME || parsed.signed !== undefined) {
      // A SigV4-, OAuth 1- or HTTP Signature-signed request carries no bearer token: its parameters (the signature, the token) are
      // redacted whole, and no token reader judges them.
      if (parsed.credential !== '') {
        const label = `${parsed.scheme} ${labelFor(redactor, parsed.credential)}`;
        redactor.add(authorization.field.value.trim(), label);
        // OAuth 1's signature and token secrets' products are shown by a quote of one parameter: each is registered.
        if (parsed.signed === 'oauth1')
          for (const m of parsed.credential.matchAll(OAUTH1_SECRET_PARAM))
            if ((m[1] as string).length >= 8) redactor.addToken(m[1] as string, labelFor(redactor, m[1] as string));
      }
    } else if (!isPlaceholderCredential(parsed.credential)) {
      // `Bearer {{token}}` under REST Client's `@token = eyJ…`: the token the request sent is the variable's value.
      const fileVariable = definedVariable(parsed.credential, text);
      const credential = fileVariable ?? parsed.credential;
      const decoded = decodeCredential(credential, redactor.fingerprint(credential));
      // A masked credential (`Bearer <redacted>`) is no secret: replacing it by a fingerprint would hide the mask.
      if (decoded.shape.kind !== 'masked') {
        if (fileVariable === null) {
          const value = authorization.field.value.trim();
          redactor.add(value, valueLabel(value, credential, parsed.scheme, labelFor(redactor, credential)));
        }
        registerToken(redactor, credential);
      } else registerUnmaskedWords(redactor, authorization.field.value);
      if (fileVariable !== null) mainRawFromVariable = credential;
      token = {
        decoded,
        foundIn: 'authorization-header',
        label: labelFor(redactor, credential),
        source: 'request-header',
        evidence: '',
      };
      token.evidence = evidenceAt(authorization.field.start, authorization.field.end);
    }
  }
  // After the Authorization credential: a piece both hold is named by the credential the report names elsewhere. Its
  // evidence, quoted above, is scrubbed again with the finished report.
  redactor.addReflowedTokensIn(text);
  redactor.addEscapedTokensIn(text);
  // After the request's own Authorization credential, which keeps its label: one a log printed mid-line or inside a
  // JSON string is read by no header reader (authorization-values.ts). One a reader registered already is left to it.
  for (const value of credentialsAfterAuthorization(text, lower))
    if (!isPlaceholderCredential(value) && findMaskMarkers(value).length === 0 && !knownWhole(redactor, value))
      registerToken(redactor, value);
  // A quoted credential's rest that a reversed wrap flattened with blanks put before its head (quoted-wrap-rests.ts).
  for (const rest of quotedWrapRestsIn(text, lower)) if (!knownWhole(redactor, rest)) redactor.addNamedValue(rest);
  // A Basic pair with no Authorization name before it (an access log's field): after the header's, which keeps its label.
  for (const value of basicCredentialsIn(text, lower)) if (!knownWhole(redactor, value)) redactor.addNamedValue(value);
  // A log flattened onto one line with ` | ` (flattened-lines.ts): its lines glued back, a credential or its name a wrap
  // split is whole. Its pieces the joins parted are registered too, those random as key material (a glued line's own
  // first word, `Accept`, `application/json`, is not).
  for (const lines of unflattenedLines(text)) {
    const found = new SecretRedactor();
    const glued = lines.text;
    const folded = foldForMatching(glued);
    registerTextCredentials(found, glued, folded, findTokensInText(glued, true));
    for (const value of credentialsAfterAuthorization(glued, folded)) found.addNamedValue(value);
    for (const value of basicCredentialsIn(glued, folded)) found.addNamedValue(value);
    for (const run of keyMaterialRuns(glued, MAX_GLUED_KEY_RUNS, LONGEST_GLUED_KEY_RUN)) found.addNamedValue(run);
    for (const secret of found.registered()) {
      if (findMaskMarkers(secret).length > 0) continue;
      redactor.addNamedValue(secret);
      const more = secret.length >= MAX_REST ? continuationAfter(lines, secret) : null;
      for (const whole of more === null ? [secret] : [secret, more]) {
        if (whole !== secret) redactor.addNamedValue(whole);
        for (const piece of piecesAcrossJoins(lines, whole))
          if (randomPiece(piece, 0, piece.length)) redactor.addNamedValue(piece);
      }
    }
  }
  for (const run of encodedAuthorizationLines(text)) if (!knownWhole(redactor, run)) registerToken(redactor, run);
  // One under a misspelt name (Authorisation, Athorization) is quoted by authz-header.missing, and read by no reader.
  for (const value of misnamedCredentials(http.headers))
    if (!isPlaceholderCredential(value) && findMaskMarkers(value).length === 0 && !knownWhole(redactor, value))
      registerToken(redactor, value);
  let mainRaw: string | null =
    mainRawFromVariable ??
    (authz?.parsed.scheme === SIGV4_SCHEME || authz?.parsed.signed !== undefined
      ? null
      : (authz?.parsed.credential ?? null));
  const labelled = labelTokens(text, textTokens);
  // The request's header carries the token the paste says works ("this works:" above `Authorization: Bearer eyJ…` and
  // its 200) and the paste names another that fails ("this one 401s though: eyJ…"): the failing one is diagnosed, and
  // the header's is the one it is compared with (workingReference).
  const failing = labelled.failing;
  if (
    token?.foundIn === 'authorization-header' &&
    failing !== undefined &&
    failing.raw !== mainRaw &&
    labelled.working.some((t) => t.raw === mainRaw)
  ) {
    token = null;
    mainRaw = null;
  }
  if (token === null) {
    const accessInJson = textTokens.length > 0 && json.some((j) => typeof j.value.access_token === 'string');
    // "new token (401): eyJ…" beside "old token (works): eyJ…": the failing one is diagnosed. So is, with no request
    // header to say which token was sent, the one other token set beside "works: eyJ…" (a log line's `token=eyJ…`): the
    // writer showed the working one because that one fails, and diagnosing the working one says nothing.
    const first = labelled.failing ?? labelled.other ?? pickTextToken(text, textTokens, accessInJson);
    if (first !== undefined) {
      mainRaw = first.raw;
      const inJson = json.some((j) => j.start <= first.start && first.end <= j.end);
      token = {
        decoded: decodeCredential(first.raw, redactor.fingerprint(first.raw)),
        foundIn: inJson ? 'json' : 'text',
        label: labelFor(redactor, first.raw),
        source: 'token',
        evidence: evidenceAt(first.start, first.end),
      };
    }
  }
  if (token === null) token = opaqueFromJson(json, redactor, evidenceAt);
  if (token === null) token = maskedFragment(text, redactor, evidenceAt);
  if (token === null) token = googleAccessTokenInText(text, redactor, evidenceAt);
  const otherTokens = collectOtherTokens(textTokens, mainRaw, redactor, evidenceAt);
  const workingToken = workingReference(labelled, mainRaw, redactor, evidenceAt);

  let claims: JsonObject | null = null;
  let header: JsonObject | null = null;
  let claimsSource: Source = 'token';
  if (token !== null) {
    const shape = token.decoded.shape;
    if (shape.kind === 'jws' || shape.kind === 'malformed') {
      claims = shape.payload;
      header = shape.header;
    } else if (shape.kind === 'jwe') header = shape.header;
  }
  let cutClaims = token?.decoded.shape.kind === 'malformed' ? (token.decoded.shape.cut ?? null) : null;
  // A token nested in the claims (`act`, `id_token`) reaches the report decoded, never in the paste as such.
  redactor.addTokensIn(claims);
  redactor.addTokensIn(cutClaims);
  redactor.addTokensIn(header);
  const decoded = token === null ? [] : [token.decoded];
  for (const other of otherTokens) decoded.push(other.decoded);
  const scan = verifierMessages(text, lower, tokenSpans(textTokens, decoded));
  for (const hit of scan.hits) if (ECHOED_CREDENTIAL_ROWS.has(hit.id)) registerEchoed(text, hit.end, redactor);
  const hits = collectHits(scan.hits, http, lineAt, evidenceAt);
  if (claims === null && (token === null || token.decoded.shape.kind === 'masked')) {
    for (const j of json) {
      const found = bareClaims(j.value);
      if (found !== null && !('keys' in j.value) && !isVerifierAnswer(j, hits)) {
        claims = found;
        claimsSource = 'token';
        break;
      }
    }
  }
  // A payload pasted as JSON and cut short: the members before the cut, as a cut token payload's are read.
  let cutJsonAt: number | null = null;
  if (claims === null && cutClaims === null && (token === null || token.decoded.shape.kind === 'masked')) {
    const cut = cutBareClaims(text);
    if (cut !== null) {
      cutClaims = cut.claims;
      cutJsonAt = cut.start;
      redactor.addTokensIn(cutClaims);
    }
  }
  // Its header pasted beside a bare payload (jwt.io's decoded panels, a decoder's output): `alg` is checked too.
  let headerQuote: string | null = null;
  if (header === null && claims !== null && claimsSource === 'token' && token?.decoded.shape.kind !== 'jws') {
    const bare = bareHeader(json, text);
    if (bare !== null) {
      header = bare.header;
      // A token in a pasted header's values is a secret like one in a decoded header's.
      redactor.addTokensIn(header);
      headerQuote = evidenceAt(bare.algAt, bare.algAt);
    }
  }
  // jwt.io's header pane copied alone (`{"alg":"none","typ":"JWT"}`): no token and no claims, but its `alg`
  // is still judged, and the report says a header was read rather than nothing.
  if (header === null && claims === null && token === null && json.length > 0) {
    const bare = bareHeader(json, text);
    if (bare !== null) {
      header = bare.header;
      redactor.addTokensIn(header);
      headerQuote = evidenceAt(bare.algAt, bare.algAt);
    }
  }

  const challengesInPaste = collectChallenges(http.headers);
  const challenges =
    http.focus === null ? challengesInPaste : challengesInPaste.filter((c) => (c.field.exchange ?? 0) === http.focus);
  // Only something to compare them with makes the verifier's pasted settings worth reading.
  // A protected resource's metadata (RFC 9728) names the audience its server requires, as the server's settings do.
  // The writer's "aud should be …" comes after the settings: a value a setting names keeps the setting as its source.
  const config: ConfiguredValue[] =
    claims !== null || header !== null ? [...readVerifierConfig(text), ...readResourceMetadata(text)] : [];
  if (claims !== null) for (const s of readStatedExpectations(text, lower, http)) config.push(s);
  const stated = statedInFocus(statedIn(text, json, http), http, lineAt);
  const expected = collectExpectations(options, hits, challenges, stated, config, evidenceAt, (s, e) =>
    redactor.redact(text.slice(s, e)),
  );
  const selfSigned = selfSignedPlatform(lower, claims);
  if (selfSigned !== null) platformExpectations(selfSigned, options, expected);
  const keys = collectKeys(options, json, text);
  const serverDate = dateHeader(http);
  const useDate = serverDate !== null && (options.preferPastedDate || options.now === null);
  let now = useDate ? serverDate : options.now;
  let nowSource: Context['nowSource'] = useDate ? 'date-header' : options.now === null ? 'none' : 'options';
  // No Date header: a log read hours later is judged at its entry's time, the moment it failed. Never one after the
  // clock's (a log cannot be from the future; a wrong zone would make it so).
  if (serverDate === null && options.preferPastedDate && (hits.length > 0 || http.status !== null)) {
    const at = logTime(text, json, hits, http.status, http.statuses);
    // A token issued after the entry was written is not the one it refused (a fresh token pasted beside last week's
    // log): judged at that time it would read as issued months ahead. The clock judges it, as without the log.
    const iat = (claims ?? cutClaims)?.iat;
    const issuedAfter = typeof iat === 'number' && at !== null && iat - options.skewSeconds > at;
    if (at !== null && !issuedAfter && (options.now === null || at <= options.now)) {
      now = at;
      nowSource = 'log-time';
    }
  }

  return {
    text,
    lower,
    http,
    json,
    hits,
    proxyBodyText: scan.proxyBodyText,
    stated,
    challenges,
    challengesInPaste,
    authorization: authz,
    token,
    otherTokens,
    workingToken,
    claims,
    claimsSource,
    cutClaims,
    cutJsonAt,
    presentClaims: claims ?? cutClaims,
    header,
    headerQuote,
    selfSigned,
    now,
    nowSource,
    clock: options.now,
    skewSeconds: options.skewSeconds,
    expected,
    keys,
    keyFetch: options.keyFetch,
    serverDate,
    requestHost: http.request.host,
    redactor,
    evidenceAt,
  };
}

/**
 * `evidenceAt`: the line around [start, end), quoted and redacted. Checks quote the same line more than
 * once (the Authorization line as the token's evidence, then for each finding about it), and redacting
 * a line that holds a token means searching it for each secret: a quote is kept until a new secret is
 * registered, which could change it.
 */
export function evidenceQuoter(text: string, redactor: SecretRedactor): (start: number, end: number) => string {
  const quotes = new Map<number, string>();
  let secrets = redactor.size;
  const span = text.length + 1;
  return (start, end) => {
    if (redactor.size !== secrets) {
      quotes.clear();
      secrets = redactor.size;
    }
    const key = start * span + end;
    let quote = quotes.get(key);
    if (quote === undefined) {
      quote = redactor.redact(quoteLine(text, start, end, (upToRun) => isRedactedWhole(redactor, upToRun)));
      quotes.set(key, quote);
    }
    return quote;
  };
}

/**
 * Whether the redactor replaces every piece of the run that `quote` ends with, a cut quote then showing it whole: a
 * registered token, as its label. The run holds only token characters, so what is left of it is the end of the
 * redacted quote after its last other character (labels aside): there, only a `name=` the run began with (`token=`,
 * `access_token=`) and pieces shorter than a label's fingerprint may be left; a signature's tail the redactor did not
 * recognise may not.
 */
export function isRedactedWhole(redactor: SecretRedactor, quote: string): boolean {
  const left = redactor.redact(quote).replace(LABELS, LABEL_MARK);
  let from = left.length;
  while (from > 0 && (left[from - 1] === LABEL_MARK || isSecretChar(left.charCodeAt(from - 1)))) from--;
  const pieces = left.slice(from).split(LABEL_MARK);
  if (pieces.length < 2) return false;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    if (piece.length <= LEFT_PIECE) continue;
    if (i > 0 || piece.length > MAX_NAME || !piece.endsWith('=')) return false;
  }
  return true;
}
const LABEL_MARK = '‹';
/** The redactor's labels (`‹token sha256:1a2b3c4d›`, `‹secret …›`), bounded. */
const LABELS = /‹(?:token|secret) sha256:[0-9a-f]{1,16}›/g;
/** The longest piece a kept run may leave beside its labels: shorter than a fingerprint. */
const LEFT_PIECE = 7;
/** The longest `name=` a kept run may begin with. */
const MAX_NAME = 32;

function labelFor(redactor: SecretRedactor, raw: string): string {
  return `‹token ${redactor.fingerprint(raw)}›`;
}

/**
 * What an Authorization value is quoted as: what the request sent before its credential, and the credential's label.
 * The words before it are the header's own (`Bearer Bearer `, `Bearer  `, `Bearer` glued to the token, a quote): a
 * finding about them (authz-header.double-prefix, .format) quotes the value, and a label over the whole value read
 * `Bearer ‹token …›` there, the one thing wrong in it gone (round sample-31). Only scheme words, blanks, colons and
 * quotes before a credential that ends the value are kept; any other value is labelled as its scheme and credential.
 */
function valueLabel(value: string, credential: string, scheme: string | null, label: string): string {
  const at = value.lastIndexOf(credential);
  if (at > 0 && at + credential.length >= value.length - 1) {
    const before = value.slice(0, at);
    const after = value.slice(at + credential.length);
    if (SENT_BEFORE_CREDENTIAL.test(before) && (after === '' || after === '"' || after === "'"))
      return `${before}${label}${after}`;
  }
  return `${scheme ?? ''} ${label}`.trim();
}
/** The scheme words, blanks, colons and quotes a request may send before its credential: no secret's characters. */
const SENT_BEFORE_CREDENTIAL = /^[A-Za-z][A-Za-z:"' \t]{0,60}$/;

/** The most runs of key material read in a flattened log's glued lines: a 4,096-bit key's PEM is ~50 lines. */
const MAX_GLUED_KEY_RUNS = 64;
/** The longest such run: a 4,096-bit key's base64 is ~3,200 characters; a longer run is many lines' words glued. */
const LONGEST_GLUED_KEY_RUN = 4096;

/** A token, its signature, and every piece of it are kept out of output (SecretRedactor.addToken). */
/**
 * Registers the credentials `text` holds by their shapes and names (the readers of secrets.ts and of the modules beside
 * it), `tokens` being the JWTs found in it: the paste's, and a flattened paste's lines glued back (flattened-lines.ts).
 */
function registerTextCredentials(
  redactor: SecretRedactor,
  text: string,
  lower: string,
  tokens: readonly TokenOccurrence[],
): void {
  redactor.addTokensFound(text, tokens);
  redactor.addApiKeysIn(text);
  redactor.addMaskCutPiecesIn(text, tokens);
  redactor.addNamedSecretsIn(text, lower);
  for (const name of randomAwsSessionNames(text)) redactor.add(name);
  for (const secret of ablyKeySecretsIn(text)) redactor.add(secret);
  for (const key of newRelicLicenseKeysIn(text)) redactor.add(key);
  for (const token of thingsboardDeviceTokensIn(text)) redactor.add(token);
  for (const token of telegramBotTokensIn(text)) redactor.add(token);
  for (const value of [
    ...cliSetValuesIn(text),
    ...cliOptionValuesIn(text),
    ...passSettingValuesIn(text),
    ...jwtSecretConfigKeysIn(text),
  ])
    redactor.addNamedValue(value);
  for (const value of credentialCallValuesIn(text, lower)) redactor.addNamedValue(value);
  for (const value of commandPasswordsIn(text)) redactor.addNamedValue(value);
  // A wrapped one's whole and each line's piece under one label: a quote of one line shows a piece alone.
  for (const [whole, ...pieces] of [...sentryOrgTokensIn(text), ...adyenApiKeysIn(text)]) {
    const label = `‹secret ${redactor.fingerprint(whole as string)}›`;
    redactor.addToken(whole as string, label);
    for (const piece of pieces) redactor.add(piece, label);
  }
}

function registerToken(redactor: SecretRedactor, raw: string): void {
  redactor.addToken(raw, labelFor(redactor, raw));
}

/** The most words of an Authorization value read by registerUnmaskedWords. */
const MAX_VALUE_WORDS = 8;
/** A word of RFC 6750's b64token syntax (section 2.1), long enough to be a credential rather than a scheme or a word. */
const CREDENTIAL_WORD = /^[A-Za-z0-9\-._~+/]{16,}=*$/;

/**
 * The words of an Authorization value read as masked that are credentials with no mask of their own: a mask further
 * on the line (`Bearer <opaque> Authorization: Bearer … xxxx…`, text a chat client or a log glued to the header) made
 * the credential, read with its blanks dropped, a masked one, and the live opaque credential before it was quoted when
 * the evidence cut the value (round "fuzz7", gen3m seed 52).
 */
function registerUnmaskedWords(redactor: SecretRedactor, value: string): void {
  const words = value.trim().split(/[ \t\r\n]+/, MAX_VALUE_WORDS);
  if (words.length < 2) return;
  for (const w of words) if (CREDENTIAL_WORD.test(w) && findMaskMarkers(w).length === 0) registerToken(redactor, w);
}

/**
 * The request's Authorization field, and how many different ones it has. When the paste shows several
 * exchanges and the failing one shows its request, only that request's fields count: an earlier attempt's
 * token is not the one that failed, and two attempts are not two Authorization headers.
 */
function pickAuthorization(http: HttpObservations): { field: HeaderField; count: number } | null {
  const headers = http.headers;
  const focus = http.focus !== null && http.requestShown ? http.focus : null;
  let first: HeaderField | undefined;
  let request: HeaderField | undefined;
  let fields: HeaderField[] | null = null;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as HeaderField;
    if (h.name !== 'authorization' || h.side === 'response') continue;
    if (focus !== null && (h.exchange ?? 0) !== focus) continue;
    if (first === undefined) first = h;
    else if (fields === null) fields = [first, h];
    else fields.push(h);
    if (request === undefined && h.side === 'request') request = h;
  }
  const chosen = request ?? first;
  if (chosen === undefined) return null;
  // One field is one value: a Set would hash the whole token to count it.
  const count = fields === null ? 1 : new Set(fields.map((f) => f.value.trim())).size;
  return { field: chosen, count };
}

function collectOtherTokens(
  tokens: ReturnType<typeof findTokensInText>,
  mainRaw: string | null,
  redactor: SecretRedactor,
  evidenceAt: (s: number, e: number) => string,
): TokenInfo[] {
  const out: TokenInfo[] = [];
  if (tokens.length === 0 || (tokens.length === 1 && tokens[0]?.raw === mainRaw)) return out;
  const seen = new Set<string>();
  if (mainRaw !== null) seen.add(mainRaw);
  for (const t of tokens) {
    if (out.length >= MAX_OTHER_TOKENS) break;
    if (t.lookalike === true || seen.has(t.raw)) continue;
    // The diagnosed token cut short by the text scan (at a `+` or `/` of a standard-base64 signature) is
    // the same token, not another one: judging its prefix would call a malformed token live.
    if (mainRaw !== null && mainRaw.length > t.raw.length && mainRaw.startsWith(t.raw)) continue;
    seen.add(t.raw);
    const decoded = decodeCredential(t.raw, redactor.fingerprint(t.raw));
    // A working token the paste cut short still shows its header and the claims before the cut: compared on those.
    const cut = decoded.shape.kind === 'malformed' && decoded.shape.header !== null && decoded.shape.cut !== undefined;
    if (decoded.shape.kind !== 'jws' && !cut) continue;
    out.push({
      decoded,
      foundIn: 'text',
      label: labelFor(redactor, t.raw),
      source: 'token',
      evidence: evidenceAt(t.start, t.end),
    });
  }
  return out;
}

/** The tokens the paste labels: the one failing (when it names exactly one), and those it says work. */
interface Labelled {
  failing: TokenOccurrence | undefined;
  working: TokenOccurrence[];
  /** With none said to fail, the one token besides the working ones that the paste labels not at all. */
  other?: TokenOccurrence | undefined;
}

/**
 * Reads the writer's label beside each token (token/labels.ts), only when the paste holds two or more: one token
 * alone is compared with nothing. A label for a look-alike (a cursor) is no token's.
 */
function labelTokens(text: string, tokens: readonly TokenOccurrence[]): Labelled {
  const out: Labelled = { failing: undefined, working: [] };
  if (tokens.length < 2) return out;
  let failingCount = 0;
  const unlabelled: TokenOccurrence[] = [];
  for (const t of tokens) {
    if (t.lookalike === true) continue;
    const verdict = tokenVerdict(text, t.start, t.end);
    if (verdict === 'working') out.working.push(t);
    else if (verdict === 'failing' && out.failing?.raw !== t.raw) {
      failingCount++;
      out.failing = t;
    } else if (verdict === null) unlabelled.push(t);
  }
  if (failingCount === 0 && out.working.length > 0) out.other = onlyOther(unlabelled, out.working);
  // Two different failing tokens: the paste does not say which one this is about.
  if (failingCount !== 1 || out.working.length === 0) out.failing = undefined;
  return out;
}

/** The one token among `tokens` that is none of the `working` ones (nor a cut copy of one), if there is exactly one. */
function onlyOther(
  tokens: readonly TokenOccurrence[],
  working: readonly TokenOccurrence[],
): TokenOccurrence | undefined {
  let other: TokenOccurrence | undefined;
  for (const t of tokens) {
    if (working.some((w) => w.raw.startsWith(t.raw) || t.raw.startsWith(w.raw))) continue;
    if (other !== undefined && other.raw !== t.raw) return undefined;
    other = t;
  }
  return other;
}

/**
 * The token the paste says works, to compare the diagnosed one with (the check in checks/working-token.ts): the first
 * one labelled so that is not the diagnosed token and decodes as a signed JWT. None when the diagnosed token is itself
 * the one said to work.
 */
function workingReference(
  labelled: Labelled,
  mainRaw: string | null,
  redactor: SecretRedactor,
  evidenceAt: (s: number, e: number) => string,
): TokenInfo | null {
  if (mainRaw === null || labelled.working.some((t) => t.raw === mainRaw)) return null;
  for (const t of labelled.working) {
    // The diagnosed token cut short by the text scan is the same token (as in collectOtherTokens).
    if (mainRaw.startsWith(t.raw)) continue;
    const decoded = decodeCredential(t.raw, redactor.fingerprint(t.raw));
    // A working token the paste cut short still shows its header and the claims before the cut: compared on those.
    const cut = decoded.shape.kind === 'malformed' && decoded.shape.header !== null && decoded.shape.cut !== undefined;
    if (decoded.shape.kind !== 'jws' && !cut) continue;
    return {
      decoded,
      foundIn: 'text',
      label: labelFor(redactor, t.raw),
      source: 'token',
      evidence: evidenceAt(t.start, t.end),
    };
  }
  return null;
}

/**
 * `{{name}}`, REST Client's (and Postman's) variable reference, as a whole credential; the Authorization reader
 * hands it on as `${name}`, the shell's spelling of the same unexpanded variable. `$name` is the shell's other one.
 */
const VARIABLE_REFERENCE =
  /^(?:\{\{\s*([A-Za-z_][\w.-]{0,63})\s*\}\}|\$\{([A-Za-z_][\w.-]{0,63})\}|\$([A-Za-z_]\w{0,63}))$/;

/**
 * The value of the variable a credential names, where the paste defines it, or null: REST Client's file variable
 * (`Authorization: Bearer {{token}}` under `@token = eyJ…`, VS Code REST Client's `.http` syntax), or the shell's
 * (`curl -H "Authorization: Bearer $TOKEN"` beside `export TOKEN=eyJ…`, `TOKEN="eyJ…"`, or `$ echo $TOKEN` and the
 * value on the next line). Each definition is looked for at a line start only (after a `$ ` prompt for the shell's).
 */
function definedVariable(credential: string, text: string): string | null {
  const m = VARIABLE_REFERENCE.exec(credential.trim());
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  if (name === undefined) return null;
  if (m?.[3] === undefined) {
    for (let at = text.indexOf(`@${name}`); at >= 0; at = text.indexOf(`@${name}`, at + 1)) {
      if (at > 0 && text.charCodeAt(at - 1) !== 0x0a) continue;
      let k = at + name.length + 1;
      while (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09) k++;
      if (text.charCodeAt(k) !== 0x3d) continue;
      k++;
      let end = text.indexOf('\n', k);
      if (end < 0) end = text.length;
      const value = text.slice(k, end).trim();
      return value === '' ? null : value;
    }
  }
  return m?.[1] === undefined ? shellDefinition(name, text) : null;
}

/** The start of the line `at` is on, past a `$ ` prompt and blanks, is `at`: a command starts there. */
function startsCommand(text: string, at: number): boolean {
  let b = at;
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
  if (b > 0 && text.charCodeAt(b - 1) === 0x24) b--;
  while (b > 0 && (text.charCodeAt(b - 1) === 0x20 || text.charCodeAt(b - 1) === 0x09)) b--;
  return b === 0 || text.charCodeAt(b - 1) === 0x0a;
}

/** A value the shell holds literally: one word, no further expansion (`$(…)`, `$OTHER`). */
function literalValue(value: string): string | null {
  return value !== '' && !value.startsWith('$') && !/\s/.test(value) ? value : null;
}

/** The shell variable's value where the paste assigns it (`NAME=…`, `export NAME=…`, `$NAME = "…"`) or echoes it, or null. */
function shellDefinition(name: string, text: string): string | null {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    // `NAME=…`, `export NAME=…`, or PowerShell's `$NAME = "…"`.
    const powershell = at > 0 && text.charCodeAt(at - 1) === 0x24;
    let k = at + name.length;
    if (powershell) while (text.charCodeAt(k) === 0x20) k++;
    if (text.charCodeAt(k) !== 0x3d) continue;
    const exported = at >= 7 && text.startsWith('export ', at - 7);
    if (!startsCommand(text, powershell ? at - 1 : exported ? at - 7 : at)) continue;
    k++;
    if (powershell) while (text.charCodeAt(k) === 0x20) k++;
    const quote = text.charCodeAt(k);
    let end: number;
    if (quote === 0x22 || quote === 0x27) {
      k++;
      end = text.indexOf(String.fromCharCode(quote), k);
    } else {
      end = k;
      while (end < text.length && !/\s/.test(text.charAt(end))) end++;
    }
    if (end < 0) continue;
    return literalValue(text.slice(k, end));
  }
  for (const echo of [`echo $${name}`, `echo "$${name}"`, `echo \${${name}}`, `echo "\${${name}}"`]) {
    const at = text.indexOf(echo);
    if (at < 0 || !startsCommand(text, at)) continue;
    const nl = text.indexOf('\n', at);
    if (nl < 0 || text.slice(at + echo.length, nl).trim() !== '') continue;
    let end = text.indexOf('\n', nl + 1);
    if (end < 0) end = text.length;
    return literalValue(text.slice(nl + 1, end).trim());
  }
  return null;
}

/**
 * How a JOSE header's JSON starts, in base64url: `{"al`, `{"ty`, `{"ki` (the start of `{"alg"`, `{"typ"`, `{"kid"`),
 * six characters, as short as people cut it (`eyJhbG...Xk9Q`).
 */
const JOSE_HEADER_STARTS = ['eyJhbG', 'eyJ0eX', 'eyJraW'];
/** Mask markers that may end a token cut short in prose (`eyJhbGciOiJSUzI1NiIs…`, `eyJhbGci...`, `eyJhbGci***`). */
const CUT_MARKERS = ['…', '...', '***', '[redacted]', '<redacted>', '[masked]', '<masked>'];
/** How many `eyJ` occurrences are looked at: a fragment is a short paste's, and the search stays linear. */
const MAX_FRAGMENT_STARTS = 20;

/**
 * A token cut short by the person pasting it, outside any header (`token: eyJhbGciOiJIUzI1NiIs…9yZGVycyJ9`,
 * `Bearer eyJhbGci...`): a JOSE header's start, then a mask marker. It is a masked token, as the same text in an
 * Authorization header is, so the report says the token was masked rather than that none was sent. Only a header's
 * start counts: a base64 JSON cursor (`eyJhZnRlciI6…`) is no token.
 */
function maskedFragment(
  text: string,
  redactor: SecretRedactor,
  evidenceAt: (s: number, e: number) => string,
): TokenInfo | null {
  let seen = 0;
  for (let i = indexOfEyJ(text); i >= 0 && seen < MAX_FRAGMENT_STARTS; i = indexOfEyJ(text, i + 3)) {
    seen++;
    // After `Bearer `, any `eyJ` cut short is the token the header carried (`Bearer eyJ...`).
    if (!JOSE_HEADER_STARTS.some((s) => text.startsWith(s, i)) && !afterBearer(text, i)) continue;
    // Inside a longer run (`abceyJhbGci…`) it starts no token.
    if (i > 0 && isBase64url(text.charCodeAt(i - 1))) continue;
    const runEnd = b64RunEnd(text, i);
    const lower = text.slice(runEnd, runEnd + 10).toLowerCase();
    const marker = CUT_MARKERS.find((m) => lower.startsWith(m));
    if (marker === undefined) continue;
    // The tail some people keep after the marker (`…9yZGVycyJ9`) belongs to the fragment.
    const end = b64RunEnd(text, runEnd + marker.length);
    const raw = text.slice(i, end);
    const decoded = decodeCredential(raw, redactor.fingerprint(raw));
    if (decoded.shape.kind !== 'masked') continue;
    return { decoded, foundIn: 'text', label: labelFor(redactor, raw), source: 'token', evidence: evidenceAt(i, end) };
  }
  return null;
}

/** A Google access token a log line printed (findGoogleAccessToken): the request's credential when no other is shown. */
function googleAccessTokenInText(
  text: string,
  redactor: SecretRedactor,
  evidenceAt: (s: number, e: number) => string,
): TokenInfo | null {
  const found = findGoogleAccessToken(text);
  if (found === null) return null;
  registerToken(redactor, found.raw);
  return {
    decoded: decodeCredential(found.raw, redactor.fingerprint(found.raw)),
    foundIn: 'text',
    label: labelFor(redactor, found.raw),
    source: 'token',
    evidence: evidenceAt(found.start, found.end),
  };
}

/** Whether `Bearer ` (any case) ends right before `at`. */
function afterBearer(text: string, at: number): boolean {
  return at >= 7 && text.slice(at - 7, at).toLowerCase() === 'bearer ';
}

/** An OAuth token response (`{"access_token": "…"}`) holds the token when no header or JWT shows one. */
function opaqueFromJson(
  json: readonly JsonObjectSpan[],
  redactor: SecretRedactor,
  evidenceAt: (s: number, e: number) => string,
): TokenInfo | null {
  for (const j of json) {
    const v = j.value.access_token;
    if (typeof v === 'string' && v.length >= 8) {
      registerToken(redactor, v);
      return {
        decoded: decodeCredential(v, redactor.fingerprint(v)),
        foundIn: 'json',
        label: labelFor(redactor, v),
        source: 'token',
        evidence: evidenceAt(j.start, j.start),
      };
    }
  }
  return null;
}

/** Characters of tokens, keys and their encodings (base64url, base64, percent-encoding, JWT dots). */
function isSecretChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2b ||
    c === 0x2f ||
    c === 0x3d ||
    c === 0x25 ||
    c === 0x7e
  );
}

/** A run of isSecretChar characters from `lastIndex` (sticky, possibly empty): a native scan. */
const SECRET_RUN = /[A-Za-z0-9\-_.+/=%~]*/y;

/** The end of the run of secret characters that starts at `from`. */
function secretRunEnd(text: string, from: number): number {
  SECRET_RUN.lastIndex = from;
  SECRET_RUN.test(text);
  return SECRET_RUN.lastIndex;
}

/** How far back a cut is walked character by character before the run it is in is taken for a long one. */
const SHORT_RUN = 24;

/**
 * Where the run of secret characters that ends at `to` starts, not before `from`. A cut in prose lands in a
 * word, walked back in a few steps; one in a token (a long Authorization line, a token alone on its line) lands
 * hundreds of characters from the token's start: the runs from `from` on are then found forward, by a native
 * scan each (the walk back through a token was ~1.5 µs, about 4% of a lone token's diagnosis).
 */
function secretRunStart(text: string, from: number, to: number): number {
  const floor = Math.max(from, to - SHORT_RUN);
  let k = to;
  while (k > floor && isSecretChar(text.charCodeAt(k - 1))) k--;
  if (k > floor) return k;
  if (k === from) return from;
  // text[floor, to) are all secret characters: the run that reaches `to` starts after the last other one.
  let start = from;
  for (let end = secretRunEnd(text, start); end < to; end = secretRunEnd(text, start)) start = end + 1;
  return start;
}

/** The longest end of a line quoted after a kept run (`"`, `"}`, `", …`). */
const CLOSING_MAX = 7;
/** The longest run a quote keeps whole (a token with a large payload is a few kB). */
const KEPT_RUN_MAX = 16384;

/**
 * Where a cut at `to`, inside the run from `runStart`, ends: the run's end if `keep` admits the quote from `from` to
 * there, else the run's start.
 */
function keptRunEnd(
  text: string,
  from: number,
  runStart: number,
  to: number,
  keep: (upToRun: string) => boolean,
): number {
  // Scanned no further than the longest run kept: a megabyte of base64 on one line is not read to its end.
  const runEnd = secretRunEnd(text.slice(0, runStart + KEPT_RUN_MAX + 1), to);
  if (runEnd - runStart > KEPT_RUN_MAX || !keep(text.slice(from, runEnd))) return runStart;
  // What closes the line after the token (`"`, `",`, a stray character) is too short to hold a piece of a secret.
  const rest = text.slice(runEnd, runEnd + CLOSING_MAX + 1);
  const lineEnd = rest.indexOf('\n');
  if (lineEnd >= 0) return runEnd + lineEnd;
  return rest.length <= CLOSING_MAX ? text.length : runEnd;
}

/**
 * The line around [start, end), cut to a readable length.
 *
 * A cut that lands inside a token quotes a fragment the redactor cannot recognise (a signature's tail
 * has no `eyJ` and is not a registered secret), so a run of token characters that a cut goes through
 * is dropped whole and the cut marked with "…". Found by the signature-leak property in
 * test/engine/robustness.test.ts: a one-line HAR with the token 40 characters before a status. A run that `keep`
 * admits (a registered token, which the redactor replaces by its label) is kept whole instead: a long Authorization
 * line quoted up to its scheme (`Authorization: Bearer…`) would lose the very thing it is evidence of.
 */
export function quoteLine(text: string, start: number, end: number, keep?: (upToRun: string) => boolean): string {
  const lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let from = lineStart;
  let to = lineEnd;
  if (to - from > EVIDENCE_MAX) {
    from = Math.max(from, start - 40);
    to = Math.min(to, Math.max(end, from + EVIDENCE_MAX), from + EVIDENCE_MAX * 2);
  }
  // The runs are scanned in the text up to the cut (a slice is a view, not a copy): a run the cut goes through is
  // not read to its end, which in a signed token is hundreds of characters on (quoting one was ~1 µs, ~0.3 so).
  const head = to < lineEnd ? text.slice(0, to) : text;
  if (from > lineStart && isSecretChar(text.charCodeAt(from - 1))) from = Math.min(to, secretRunEnd(head, from));
  if (to < lineEnd && isSecretChar(text.charCodeAt(to))) {
    const runStart = secretRunStart(head, from, to);
    to = keep === undefined ? runStart : keptRunEnd(text, from, runStart, to, keep);
  }
  const q = text.slice(from, to).trim();
  if (from === lineStart && to === lineEnd) return q;
  return `${from > lineStart ? '…' : ''}${q}${to < lineEnd ? '…' : ''}`;
}

/**
 * A payload pasted as JSON: the claims themselves, or a decoder's output that nests them under `payload`
 * or `claims` (`step crypto jwt inspect --insecure` prints `{"header": {…}, "payload": {…}, "signature": …}`).
 */
function bareClaims(value: JsonObject): JsonObject | null {
  if (looksLikeClaims(value)) return value;
  for (const key of NESTING_KEYS) {
    const inner = value[key];
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) continue;
    if (looksLikeClaims(inner as JsonObject)) return inner as JsonObject;
  }
  return null;
}
const NESTING_KEYS = ['payload', 'claims'];

/**
 * A JOSE header pasted as JSON: an object with a string `alg` and `typ` or `kid`, no claims and no key
 * material, on its own or as a decoder's `header` member. With where its `alg` is, for the evidence.
 */
function bareHeader(json: readonly JsonObjectSpan[], text: string): { header: JsonObject; algAt: number } | null {
  for (const j of json) {
    const nested = j.value.header;
    const candidate =
      nested !== null && typeof nested === 'object' && !Array.isArray(nested) ? (nested as JsonObject) : j.value;
    if (
      !isJoseHeader(candidate) &&
      !(candidate === j.value && underHeaderPane(text, j.start) && isLabelledHeader(j.value))
    )
      continue;
    const at = text.indexOf('"alg"', j.start);
    return { header: candidate, algAt: at >= 0 && at < j.end ? at : j.start };
  }
  return null;
}

function isJoseHeader(v: JsonObject): boolean {
  if (typeof v.alg !== 'string') return false;
  if (typeof v.typ !== 'string' && typeof v.kid !== 'string') return onlyHeaderParameters(v);
  return !('kty' in v) && !('keys' in v) && !looksLikeClaims(v);
}

/**
 * jwt.io's decoded header pane, by its label on the line before the JSON ("HEADER: ALGORITHM & TOKEN TYPE", the
 * debugger's own heading; "HEADER:" in copies that drop the rest): what it holds is the header, private parameters too
 * (RFC 7515 §4.3), so `{"alg":"none","note":"x"}` is read there though a log line's JSON with an alg would not be.
 */
function underHeaderPane(text: string, start: number): boolean {
  const lineEnd = text.lastIndexOf('\n', start - 1);
  if (lineEnd < 0) return false;
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  if (lineEnd - lineStart > MAX_PANE_LABEL) return false;
  return /^\s{0,8}header\s{0,2}:/i.test(text.slice(lineStart, lineEnd));
}
const MAX_PANE_LABEL = 48;

/** Under a header pane's label: a string alg, no claims and no key material. */
function isLabelledHeader(v: JsonObject): boolean {
  return typeof v.alg === 'string' && !('kty' in v) && !('keys' in v) && !looksLikeClaims(v);
}

/**
 * `{"alg":"none"}` has neither `typ` nor `kid`: it is a header when every member is a JOSE header
 * parameter (RFC 7515 §4.1, RFC 7516 §4.1), which a log line's or a key's JSON never is.
 */
function onlyHeaderParameters(v: JsonObject): boolean {
  for (const key in v) if (!JOSE_HEADER_PARAMETERS.has(key)) return false;
  return true;
}

/**
 * A JSON object keyed by claim names whose values are a verifier's messages is its answer, not a
 * payload: Kong's `{"nbf":"token not valid yet","exp":"token expired"}`.
 */
function isVerifierAnswer(j: JsonObjectSpan, hits: readonly LogHit[]): boolean {
  const timeAsText =
    typeof j.value.exp === 'string' || typeof j.value.nbf === 'string' || typeof j.value.iat === 'string';
  return timeAsText && hits.some(({ hit }) => j.start <= hit.start && hit.end <= j.end);
}

/** The credential a verifier message quotes right after `at` (ECHOED_CREDENTIAL_ROWS): a secret, whatever its shape. */
function registerEchoed(text: string, at: number, redactor: SecretRedactor): void {
  const m = /^[A-Za-z0-9._~+/=-]{8,4096}/.exec(text.slice(at, at + 4096));
  if (m !== null) redactor.add(m[0]);
}

function collectHits(
  hits: readonly VerifierHit[],
  http: HttpObservations,
  lineAt: (offset: number) => HttpObservations['lines'][number] | undefined,
  evidenceAt: (s: number, e: number) => string,
): LogHit[] {
  const out: LogHit[] = [];
  // Most pastes hold no verifier message: no table, and no exchange lookup, for those.
  if (hits.length === 0) return out;
  const perCode = new Map<string, number>();
  const elsewhere = otherExchange(http, lineAt);
  for (const hit of hits) {
    if (elsewhere?.(hit.start)) continue;
    // A log with the same message ten thousand times says it once: keep a few of each, bound the work.
    const seen = perCode.get(hit.code) ?? 0;
    if (seen >= MAX_HITS_PER_CODE || out.length >= MAX_HITS) continue;
    perCode.set(hit.code, seen + 1);
    const line = lineAt(hit.start);
    let source: LogHit['source'] = 'log';
    if (line?.kind === 'header') {
      const field = http.headers.find((h) => h.start <= hit.start && hit.start < h.end);
      if (field?.side === 'request') {
        if (!loggedAsField(field.name, hit.library)) continue;
      } else source = 'response-header';
    } else if (line?.kind === 'status') source = 'status';
    out.push({ hit, source, evidence: evidenceAt(hit.start, hit.end) });
  }
  return out;
}

/**
 * A log line pasted under a request's headers reads as one more header (`CognitoJwtInvalidTokenUseError: Token use not
 * allowed: id. Expected: access` below `Authorization: Bearer …`, awslabs/aws-jwt-verify#98; Clerk's `Clerk: Invalid
 * JWT Authorized party claim (azp) …`): a request sends no header named for an exception class (`Error`,
 * `…Exception`, no hyphen in it) or for the verifier that says the words, so those are the verifier's, not the request's.
 */
function loggedAsField(name: string, library: string): boolean {
  return name === library || (name.indexOf('-') === -1 && /^[a-z][a-z0-9_.$]{0,80}(?:error|exception)$/.test(name));
}

/**
 * The parts of the paste's tokens that decoding found to be token characters (DecodedCredential.tokenChars), for the
 * verifier-message scan to pass over: where a token found in the paste starts with a decoded credential (is it, or
 * it with a mask after it, as `Bearer eyJ….***` gives `eyJ….` to decode), those characters are the paste's.
 */
function tokenSpans(found: readonly TokenOccurrence[], decoded: readonly DecodedCredential[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const t of found) {
    for (const d of decoded) {
      // A slice compared, not startsWith: that reads character by character (~260 ns for a signed token, to ~50).
      if (d.tokenChars > 0 && t.raw.slice(0, d.raw.length) === d.raw) {
        out.push({ start: t.start, end: t.start + d.tokenChars });
        break;
      }
    }
  }
  return out;
}

/**
 * matchVerifierMessages, told where the paste has token characters only: the scan passes over their insides, where
 * no row can match but one made of token characters (scan.ts, findCandidates). The same scan says whether a body text
 * of the proxy check occurs (Context.proxyBodyText).
 */
function verifierMessages(
  text: string,
  lower: string,
  tokens: readonly TokenSpan[],
): { hits: VerifierHit[]; proxyBodyText: boolean } {
  if (text.length === 0) return { hits: [], proxyBodyText: false };
  const { found, body } = findCandidates(text, lower, tokens);
  return { hits: found.length === 0 ? [] : mergeCandidates(found, lower), proxyBodyText: body };
}

/**
 * With several exchanges, what the server said in another one is not about the failure: another
 * exchange's response headers and status line, and the body of an earlier, answered attempt (the 401
 * before the refresh that led to this 403). Prose and logs elsewhere stay: they are not tied to one.
 */
function otherExchange(
  http: HttpObservations,
  lineAt: (offset: number) => HttpObservations['lines'][number] | undefined,
): ((offset: number) => boolean) | null {
  const focus = http.focus;
  if (focus === null) return null;
  const exchanges = http.exchanges;
  return (offset) => {
    // The last exchange that begins at or before the offset (binary search: a paste may hold thousands).
    let k = 0;
    let hi = exchanges.length - 1;
    while (k < hi) {
      const mid = (k + hi + 1) >> 1;
      if ((exchanges[mid]?.start ?? 0) <= offset) k = mid;
      else hi = mid - 1;
    }
    if (k === focus) return false;
    const kind = lineAt(offset)?.kind;
    if (kind === 'header' || kind === 'status') return true;
    const statusAt = exchanges[k]?.statusAt ?? -1;
    return k < focus && statusAt >= 0 && offset > statusAt;
  };
}

function collectChallenges(headers: readonly HeaderField[]): ChallengeObservation[] {
  const out: ChallengeObservation[] = [];
  for (let i = 0; i < headers.length; i++) {
    const field = headers[i] as HeaderField;
    // `www-authentication` is WWW-Authenticate's name misspelt (an Auth0 lab's NSHTTPURLResponse print, audit-pp #18):
    // its value is the server's challenge; checks/challenge.ts says the name is wrong. Only that near miss.
    if (
      (field.name === 'www-authenticate' || field.name === 'proxy-authenticate' || field.name === MISNAMED_CHALLENGE) &&
      field.side !== 'request'
    ) {
      out.push({ field, result: parseField(field.value) });
    }
  }
  return out;
}

/** A quote, an auth-scheme (RFC 9110 §11.1's token) and a blank: a challenge a printer wrapped in quotes. */
const WRAPPED_CHALLENGE = /^"[A-Za-z][\w!#$%&'*+.^`|~-]{0,40} /;

/**
 * A challenge as a client's logger prints header values, wrapped in quotes whole (`www-authenticate: "Bearer
 * error="invalid_token", error_description="JWT expired""`, a Dart client's response dump in
 * supabase/supabase-flutter#452): a challenge cannot begin with a quote (its scheme is a token), so the pair is the
 * printer's and is dropped, when what it wraps parses whole; a value mangled inside as well is read as it stands.
 */
function parseField(value: string): ChallengeParseResult {
  if (value.length > 3 && value.endsWith('"') && WRAPPED_CHALLENGE.test(value)) {
    const inner = parseChallenges(value.slice(1, -1));
    if (inner.error === null) return inner;
  }
  return unquoteSingleQuotedError(value, parseChallenges(value));
}

/** An RFC 6750 error code in single quotes, which `'` being a tchar leaves in the token: `'invalid_token'`. */
const SINGLE_QUOTED_CODE = /^'[a-z_]{1,40}'$/;

/**
 * A challenge whose `error` a server wrote in single quotes (IBM API Connect's gateway: `WWW-Authenticate: Bearer
 * error='invalid_token'`, its tutorials' captures): RFC 9110 reads `'invalid_token'` as a token, quotes and all, which
 * names no error code. The diagnosis reads the code without them, and says the form is wrong (challenge.malformed);
 * the parser itself stays RFC 9110's (`Basic realm='foo'` keeps its quotes, the httpauth suite's simplebasicsq).
 */
function unquoteSingleQuotedError(value: string, result: ChallengeParseResult): ChallengeParseResult {
  if (!value.includes("'")) return result;
  for (const ch of result.challenges) {
    const code = ch.params.error;
    if (code === undefined || !SINGLE_QUOTED_CODE.test(code)) continue;
    ch.params.error = code.slice(1, -1);
    result.error ??= {
      offset: value.indexOf(code),
      reason: 'single-quoted value (a quoted-string takes double quotes)',
      recovered: true,
    };
  }
  return result;
}

function collectExpectations(
  options: ResolvedOptions,
  hits: LogHit[],
  challenges: ChallengeObservation[],
  stated: ReturnType<typeof readStatedErrors>,
  config: readonly ConfiguredValue[],
  evidenceAt: (s: number, e: number) => string,
  /** A span as it stands, secrets replaced: a setting is quoted without the rest of its line. */
  quoteSpan: (s: number, e: number) => string,
): Context['expected'] {
  const fromOptions = (values: readonly string[]): Expectation[] =>
    values.map((value) => ({ value, source: 'options' }));
  const issuers = fromOptions(options.expectedIssuers);
  const audiences = fromOptions(options.expectedAudiences);
  const scopes = fromOptions(options.requiredScopes);
  for (const { hit, source, evidence } of hits) {
    const target = hit.code === 'claim.iss-mismatch' ? issuers : hit.code === 'claim.aud-mismatch' ? audiences : null;
    if (target === null) continue;
    for (const value of hit.args.expected ?? []) {
      // The server saying what it expects outranks the caller's option with the same value: keep its evidence.
      const i = target.findIndex((e) => e.value === value);
      const stated: Expectation = { value, source, evidence, via: hit.library };
      if (i < 0) target.push(stated);
      else if (target[i]?.source === 'options') target[i] = stated;
    }
  }
  const algorithms = [...options.allowedAlgorithms];
  // The verifier's pasted settings come after what it stated and what the caller typed: a value already there keeps
  // its source. An option the caller typed is the caller's word on what the API expects, and wins outright.
  for (const c of config) {
    if (c.claim === 'alg') {
      if (options.allowedAlgorithms.length === 0 && !algorithms.includes(c.value)) algorithms.push(c.value);
      continue;
    }
    const target = c.claim === 'iss' ? issuers : c.claim === 'aud' ? audiences : scopes;
    const typed =
      c.claim === 'iss'
        ? options.expectedIssuers
        : c.claim === 'aud'
          ? options.expectedAudiences
          : options.requiredScopes;
    if (typed.length > 0 || target.some((e) => e.value === c.value)) continue;
    const at = quoteSpan(c.start, c.end);
    const evidence = c.keyLine === undefined ? at : `${quoteSpan(c.keyLine.start, c.keyLine.end)} ${at}`;
    const item: Expectation = { value: c.value, source: 'config', evidence };
    if (c.via !== undefined) item.via = c.via;
    if (c.writer === true) item.writer = true;
    if (c.anyOf !== undefined && item.source === 'config') item.anyOf = c.anyOf;
    target.push(item);
  }
  for (const { field, result } of challenges) {
    for (const ch of result.challenges) {
      const scope = ch.params.scope;
      if (ch.params.error === 'insufficient_scope' && scope !== undefined && scope !== '') {
        scopes.push({ value: scope, source: 'response-header', evidence: evidenceAt(field.start, field.end) });
      }
    }
  }
  // The same error in a body (`{"error":"insufficient_scope","scope":"orders:write"}`) names what is required as well.
  for (const e of stated) {
    if (e.kind !== 'insufficient_scope' || e.scope === null || e.scope === '') continue;
    if (scopes.some((x) => x.value === e.scope)) continue;
    const evidence = evidenceAt(e.start, e.end);
    scopes.push(
      e.via === undefined
        ? { value: e.scope, source: 'log', evidence }
        : { value: e.scope, source: 'log', evidence, via: e.via },
    );
  }
  return { issuers, audiences, scopes, algorithms };
}

/**
 * The platform's audience and algorithm, when nothing the caller typed, the verifier said or the paste set names one:
 * the platform's own rule is then what its server compares with.
 */
function platformExpectations(p: PlatformLimits, options: ResolvedOptions, expected: Context['expected']): void {
  if (p.audience !== undefined && options.expectedAudiences.length === 0 && expected.audiences.length === 0)
    expected.audiences.push({ value: p.audience, source: 'platform', platform: p.id });
  if (p.alg !== undefined && expected.algorithms.length === 0) expected.algorithms.push(p.alg);
}

function isJwk(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && typeof (v as JsonObject).kty === 'string';
}

/** Keys from the options and keys pasted with the report (a JWKS document, a JWK, a PEM public key). */
function collectKeys(options: ResolvedOptions, json: readonly JsonObjectSpan[], text: string): KeyMaterial[] {
  const out: KeyMaterial[] = [...options.keys];
  for (const j of json) {
    const keys = j.value.keys;
    if (Array.isArray(keys) && keys.some(isJwk)) out.push({ kind: 'jwks', keys: keys.filter(isJwk), source: 'key' });
    else if (isJwk(j.value) && !('d' in j.value) && !('k' in j.value))
      out.push({ kind: 'jwks', keys: [j.value], source: 'key' });
  }
  let at = text.indexOf('-----BEGIN ');
  while (at >= 0) {
    const kind = /^-----BEGIN (PUBLIC KEY|CERTIFICATE|RSA PUBLIC KEY)-----/.exec(text.slice(at, at + 40));
    const endMarker = kind === null ? -1 : text.indexOf(`-----END ${kind[1]}-----`, at);
    if (kind !== null && endMarker > 0) {
      const end = endMarker + `-----END ${kind[1]}-----`.length;
      out.push({ kind: 'pem', pem: text.slice(at, end).replace(/\n\s+/g, '\n'), source: 'key' });
      at = text.indexOf('-----BEGIN ', end);
    } else at = text.indexOf('-----BEGIN ', at + 11);
  }
  return out;
}

/** The response's Date: the failing exchange's when the paste shows several. */
function dateHeader(http: HttpObservations): number | null {
  const headers = http.headers;
  let date: HeaderField | undefined;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i] as HeaderField;
    if (h.name !== 'date' || h.side === 'request') continue;
    if (date === undefined) date = h;
    if (http.focus === null || (h.exchange ?? 0) === http.focus) {
      date = h;
      break;
    }
  }
  if (date === undefined) return null;
  // A server's IMF-fixdate without a Date.parse (time-parse.ts); any other form goes through it.
  const fast = httpDateSeconds(date.value);
  if (fast !== null) return fast;
  const ms = Date.parse(date.value);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

/** What the error bodies and the client's printed errors state, in document order. */
function statedIn(text: string, json: Context['json'], http: HttpObservations): ReturnType<typeof readStatedErrors> {
  const bodies = readStatedErrors(text, json);
  const printed = readClientErrors(text);
  const header = gatewayErrorType(http);
  if (printed.length === 0 && header === null) return bodies;
  const all = [...bodies, ...printed];
  if (header !== null) all.push(header);
  return all.sort((a, b) => a.start - b.start);
}

/**
 * API Gateway names its own gateway response in `x-amzn-ErrorType`: `UnauthorizedException` is its UNAUTHORIZED
 * response (no token, or an authorizer that answered "Unauthorized"), whose status a deployment may change, so the
 * header states the failure where no status line shows one. The header's other types are read elsewhere, or state
 * nothing about credentials.
 */
function gatewayErrorType(http: HttpObservations): ReturnType<typeof readStatedErrors>[number] | null {
  // Beside another status (a 500 elsewhere in a long paste) it is not that response's header.
  const code = http.status?.code;
  if (code !== undefined && code !== 401 && code !== 403) return null;
  for (const h of http.headers) {
    if (h.name !== 'x-amzn-errortype' || !h.value.startsWith('UnauthorizedException')) continue;
    return {
      kind: 'unauthenticated',
      description: null,
      scope: null,
      via: 'aws-apigateway',
      start: h.start,
      end: h.end,
    };
  }
  return null;
}

/** A body of another exchange than the one the report is about (an earlier, answered attempt) is history. */
function statedInFocus(
  stated: ReturnType<typeof readStatedErrors>,
  http: HttpObservations,
  lineAt: (offset: number) => HttpObservations['lines'][number] | undefined,
): ReturnType<typeof readStatedErrors> {
  if (stated.length === 0) return stated;
  const elsewhere = otherExchange(http, lineAt);
  return elsewhere === null ? stated : stated.filter((s) => !elsewhere(s.start));
}

/**
 * Whether a reader registered `value` already, all of it: redacted, no run of a piece's length is left of it. A vendor
 * key's reader knows its head alone when a wrap or Slack's copy of two messages carried its rest on (`Bearer
 * sk_live_…  ⏎9:04  ⏎<rest>`), and the rest, read here, was left to that reader and shown (round "fuzz20", shape
 * "twomsgopq").
 */
function knownWhole(redactor: SecretRedactor, value: string): boolean {
  const redacted = redactor.redact(value);
  return redacted !== value && nextLongBase64urlRun(redacted, 0, PIECE) < 0;
}
