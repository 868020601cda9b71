import { isCjkPunctuation } from './cjk-punctuation.js';
import { envEntryValues, flowListValues } from './env-entry-values.js';
import { type CutToken, farRests, irregularCase, looksRandom } from './far-rest.js';
import { isFieldNameBeforeColon } from './field-names.js';
import {
  isCornerBracket,
  isJapaneseLetter,
  NAME_PARTICLES,
  particleAfterName,
  particleEnd,
} from './japanese-particles.js';
import { decodesToText, decodesToTextAligned } from './key-material.js';
import { literalAlternation } from './literals.js';
import { looksCut, missingAfterDot, missingSignature } from './normalize.js';
import { NextIndex } from './parse/http/chars.js';
import { PIECE, PieceIndex, WINDOW } from './pieces.js';
import { findReflowedTokens, pieceAfterGap } from './reflowed-tokens.js';
import { reversedWrapRest } from './reversed-wrap-rest.js';
import { sortSmall } from './sort.js';
import { indexOfEyJ, isBase64Either, isBase64url } from './token/chars.js';
import { decodeJsonSegment, findMaskMarkers, fingerprintOf, isAlgNone, MASK_PATTERNS } from './token/decode.js';
import { findTokensInText, isMapboxPublicToken, type TokenOccurrence } from './token/find.js';
import { inReportVocabulary, isReportWord } from './vocabulary.js';
import { hideLabelNeighbours } from './wrap-neighbours.js';

/** Past this depth the deep scrub stops copying; the reach check below hands such values to it. */
const MAX_SCRUB_DEPTH = 64;

/** Entries a StringTable holds before it indexes them in a Map. */
const SMALL_TABLE = 16;

/** How much of a cut token's rest is looked for: the longest signature (RS/PS, 8192-bit key: 1366) and then some. */
export const MAX_REST = 1400;
/** The most blanks taken for a reflow's gap on one line (reflowed-tokens.ts reads a gap of as many). */
const MAX_BLANKS = 8;

/** What a wrapped line may start with before its piece: indentation, a quote marker (`> `). */
function isIndent(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3e;
}

/**
 * A string-keyed table, in insertion order, that compares keys with `===` while it is small. A Map
 * hashes each new key string in full, and here every key is a token or a part of one (hundreds of
 * characters), met again as a new slice each time: hashing those cost more than comparing against
 * the few keys a diagnosis has. A key of another length is rejected without reading it.
 */
class StringTable<V> {
  private readonly keyList: string[] = [];
  private readonly valueList: V[] = [];
  private index: Map<string, V> | null = null;

  get size(): number {
    return this.keyList.length;
  }

  get(key: string): V | undefined {
    if (this.index !== null) return this.index.get(key);
    for (let i = 0; i < this.keyList.length; i++) if (this.keyList[i] === key) return this.valueList[i];
    return undefined;
  }

  /** Adds a key that is not in the table yet. */
  add(key: string, value: V): void {
    this.keyList.push(key);
    this.valueList.push(value);
    if (this.index !== null) this.index.set(key, value);
    else if (this.keyList.length > SMALL_TABLE)
      this.index = new Map(this.keyList.map((k, i) => [k, this.valueList[i] as V]));
  }

  entries(): Array<[string, V]> {
    return this.keyList.map((k, i) => [k, this.valueList[i] as V]);
  }
}

/**
 * Credentials with a vendor's own prefix: Stripe's secret and restricted keys, Slack's bot, user and app tokens,
 * GitHub's tokens and fine-grained PATs, GitLab's PATs, AWS access key ids, Google API keys, SendGrid's API keys,
 * Hugging Face's access tokens, npm's tokens, Shopify's access tokens and shared secrets. Each is its prefix then one
 * character class (SendGrid's: two), so the scan is linear. The last four as gitleaks' rules read them
 * (gitleaks/gitleaks cmd/generate/config/rules/sendgrid.go `SG\.(?i)[a-z0-9=_\-\.]{66}`, huggingface.go
 * `hf_(?i:[a-z]{34})` (digits too here, as trufflehog reads it), npm.go `npm_[a-z0-9]{36}`, shopify.go
 * `shp(at|ca|pa|ss)_[a-fA-F0-9]{32}`): round "fuzz15" found
 * each shown whole where no credential's name stood before it (`…revoked (api key SG.…)`, `HF_TOKEN=hf_…` cut).
 * Mailgun's private key, `key-` and 32 lower-case letters and digits with a digit among them (token/product-key.ts
 * cites its shape): round "fuzz18" found it shown in Python's `auth=("api", "key-…")`.
 * Webhook signing (round audit-vv): a Svix or Stripe endpoint's secret (`whsec_…`, standard-webhooks/standard-webhooks
 * #235), and the signatures their headers carry, which a log quotes (`v0=<hex>` in bolt-python's "Invalid request
 * signature detected (signature: v0=…", slackapi/bolt-python#1158; Stripe-Signature's `v1=<hex>`, stripe/stripe-java
 * #919; GitHub's X-Hub-Signature-256 `sha256=<hex>` and X-Hub-Signature `sha1=<hex>`, octokit/webhooks.js#1079; Svix's
 * `v1,<base64>`; line-bot-sdk-python's "Invalid signature. signature=<base64>", line/line-bot-sdk-python#30): a valid
 * signature replays its delivery within the tolerance.
 * Grafana's and Sentry's tokens, whose products' refusals the engine reads (checks/credential-kind.ts), as gitleaks reads
 * them (cmd/generate/config/rules/grafana.go `glc_[A-Za-z0-9+/]{32,400}={0,3}`, `glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}`;
 * sentry.go's org token `sntrys_eyJ…` and user token `sntryu_[a-f0-9]{64}`): a Cloud token is base64 of JSON, so it was
 * neither random to the Bearer reader nor a JWT to the token finder, and a logger's cut of it showed its head (round
 * "fuzz21", gen.mjs shapes trunc-*).
 * Databricks' personal access tokens as gitleaks reads them (cmd/generate/config/rules/databricks.go `dapi[a-h0-9]{32}`,
 * its later `(?:-\d)?` suffix): a PAT a writer names with no setting's name (`Using dapi… against <workspace> -> 403
 * Invalid access token.`) was quoted with the refusal the engine reads (round "fuzz22", gen.mjs shape bare-dapi: 30 in 30).
 * New Relic's user and insert keys as gitleaks reads them (rules/newrelic.go `NRAK-[a-z0-9]{27}`, `NRII-[a-z0-9-]{32}`,
 * case-insensitive): a user key on a CLI's or a writer's line beside New Relic's 401 (shape adj-nrak-arrow: 20 in 20).
 * Plaid's access tokens as secret scanners read them (`access-(?:sandbox|development|production)-` and a UUID: gitleaks'
 * plaid rule, Checkmarx/2ms engine/rules/ruledefine/plaid_access_token.go): a bare UUID stays evidence, but one after
 * Plaid's environment prefix is the key to a bank link, and a writer's line beside the 401 showed it (round "fuzz23",
 * gen23.mjs shape adj-plaidaccess-arrow: 20 in 20).
 * The `sk-` keys of OpenAI-compatible APIs, a prefix or two (`sk-or-v1-`, `sk-proj-`) then a run of 32 or more: an
 * OpenRouter key is `sk-or-v1-` and 64 lower-case hex (its troubleshooting guides check `^sk-or-v1-[a-f0-9]{64}$`), a
 * DeepSeek key `sk-` and 32, neither mixed as the random-value readers want, so an OpenAI-style "Incorrect API key
 * provided: sk-or-v1-…" showed it whole (round left-dd). A masked echo (`sk-VKMI****…wjh3`) has no such run and stays
 * visible: it is no secret, and the reader may need its ends to tell which key was sent.
 * ClickUp's personal API tokens, `pk_`, the user's id, `_` and 32 upper-case letters and digits (clickrup's cu-pat page,
 * rdrr.io/github/psolymos/clickrup/man/cu-pat.html: "something like pk_4753994_EXP7MPOJ7XQM5UJDV2M45MPF0YHH5YHO"; docs.sim.ai
 * /integrations/clickup-service-account: "it starts with pk_"), sent as the whole Authorization value with no scheme: on a
 * log line with ClickUp's `{"err":"Token invalid","ECODE":"OAUTH_025"}` it was quoted (round fuzz27, gen27.mjs shape
 * clickup-hdr: 2 in 14). Stripe's publishable `pk_live_`/`pk_test_` keys, no secret, have no id of digits and stay visible.
 * SonarQube's user, project and global analysis tokens, `squ_`, `sqp_`, `sqa_` and 40 hex (docs.sonarsource.com
 * user-guide/managing-tokens; gitleaks' rule sonar-api-token, cmd/generate/config/rules/sonar.go, reads them after
 * `sonar.login` or `sonar.token`): `-Dsonar.login=squ_…` is no name the named readers know, and a writer's sentence quoting
 * the Gradle line beside "Not authorized" showed it (round fuzz28, gen28x.mjs framing fullwidth, shapes sonar-gradle,
 * sonar-props).
 * QStash's signing keys, `sig_` and 28 letters and digits (`QSTASH_CURRENT_SIGNING_KEY="sig_7acu…"`, `Receiver({
 * currentSigningKey, nextSigningKey })`: upstash/qstash-js): a webhook's verifier signs with the same key. Their names are
 * no credential's alone: Mux's `MUX_SIGNING_KEY` and `muxSigningKey` hold a signing key's id (`keyId:
 * process.env.MUX_SIGNING_KEY` in Mux's JWT examples), no secret. A JSON config, a label or a flattened log showed the
 * key (round fuzz29, gen29.mjs qstash-sig: json, ja-label, rev-flat-pipe 12 in 12).
 */
const API_KEY_SHAPES =
  /\b(?:[sr]k_(?:live|test)_[0-9A-Za-z]{16,}|xox[abposr]-[0-9A-Za-z-]{10,}|xapp-[0-9A-Za-z-]{10,}|gh[pousr]_[0-9A-Za-z]{30,}|github_pat_[0-9A-Za-z_]{30,}|glpat-[0-9A-Za-z_-]{20,}|AKIA[0-9A-Z]{16}\b|AIza[0-9A-Za-z_-]{35}|SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}|hf_[0-9A-Za-z]{34}|npm_[0-9A-Za-z]{36}|shp(?:at|ca|pa|ss)_[0-9a-fA-F]{32}|key-(?=[a-z]{0,31}\d)[0-9a-z]{32}(?![0-9A-Za-z])|whsec_[0-9A-Za-z+/=]{16,}|v[01]=[0-9a-f]{32,}|v1,[0-9A-Za-z+/]{32,}={0,2}|sha(?:1|256)=[0-9a-f]{40,}|signature=[0-9A-Za-z+/]{40,}={0,2}|glc_[0-9A-Za-z+/]{32,400}={0,3}|glsa_[0-9A-Za-z]{32}_[0-9a-fA-F]{8}|sntrys_eyJ[0-9A-Za-z+/=_]{20,400}|sntryu_[0-9a-f]{64}|dapi[0-9a-h]{32}(?:-\d)?(?![0-9A-Za-z])|NRAK-[0-9A-Za-z]{27}(?![0-9A-Za-z])|NRII-[0-9A-Za-z-]{32}(?![0-9A-Za-z])|access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|sk-(?:[0-9a-z]{2,12}-){0,3}[0-9A-Za-z_]{32,}(?:-[0-9A-Za-z_]+)*|pk_[0-9]{1,12}_[0-9A-Z]{32}(?![0-9A-Za-z])|sq[upa]_[0-9a-f]{40}(?![0-9A-Za-z])|sig_[0-9A-Za-z]{28}(?![0-9A-Za-z]))/;
/** API_KEY_SHAPES tried at one place: the start of a joined key, or a VENDOR_START. */
const API_KEY_AT = new RegExp(API_KEY_SHAPES.source, 'y');
/** A vendor's prefix (API_KEY_SHAPES') and the run of key characters after it, bounded: a key a blank may split. */
const VENDOR_HEAD_AT =
  /\b(?:(?:[sr]k_(?:live|test)_|xox[abposr]-|xapp-|gh[pousr]_|github_pat_|glpat-|AKIA|AIza|shp(?:at|ca|pa|ss)_|hf_|npm_)[0-9A-Za-z_-]{0,100}|SG\.[0-9A-Za-z_.-]{0,100})/y;
/**
 * Where any of API_KEY_SHAPES, VENDOR_HEAD_AT and SPLIT_PREFIX_AT may start: a word's first two characters of a vendor's
 * prefix, or its first character then a blank (SPLIT_PREFIX_AT's `s k_live_`). Each of the three was a regex pass over the
 * paste (~1 µs each on the examples); one pass of this finds the few places to try them at, sticky.
 */
const VENDOR_START =
  /\b(?:[sr]k|pk_\d|x[ao]|g[hil]|A[IK]|SG\.|hf_|npm_|shp|key-|whsec_|sha(?:1|256)=|signature=|v[01][=,]|sntry|dapi|NR[AI]|access-|sq[upa]_|sig_|[srxgA](?:[ \t]|\\t))/g;
/** The vendors' prefixes (API_KEY_SHAPES'), each as it is written. */
const VENDOR_PREFIXES = [
  ...['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_', 'xapp-', 'github_pat_', 'glpat-', 'AKIA', 'AIza'],
  ...[...'abposr'].map((c) => `xox${c}-`),
  ...[...'pousr'].map((c) => `gh${c}_`),
];
/**
 * A vendor's prefix with a blank or two inside it (each place it may be cut), then the key's run: literal alternatives,
 * one bounded class after. Linear.
 */
const SPLIT_PREFIX_AT = new RegExp(
  `\\b(?:${VENDOR_PREFIXES.flatMap((p) => Array.from({ length: p.length - 1 }, (_, i) => `${p.slice(0, i + 1)}(?:[ \\t]|\\\\t){1,2}${p.slice(i + 1)}`)).join('|')})[0-9A-Za-z_-]{1,100}`,
  'y',
);
/** The blanks SPLIT_PREFIX_AT reads inside a prefix. */
const BLANKS_IN_KEY = /[ \t]|\\t/g;
/** The most blanks read inside one key past its first (addSplitApiKeysIn). */
const MAX_KEY_GAPS = 3;
/** The longest run read after a split key's blank: longer than any vendor's key. */
const MAX_KEY_RUN = 128;
/**
 * The end of the blanks a reflow left inside a key at `p`, two at most: a space, a tab (the normaliser made a NBSP or an
 * ideographic space one), a JSON string's escaped tab (`\t`); `p` when there are none.
 */
function keyBlankEnd(text: string, p: number): number {
  let k = p;
  for (let n = 0; n < 2; n++) {
    const c = text.charCodeAt(k);
    if (c === 0x20 || c === 0x09) k++;
    else if (c === 0x5c && text.charCodeAt(k + 1) === 0x74) k += 2;
    else break;
  }
  return k;
}
/** The end of a line break at `p` inside a key (real or escaped, wrappedValueRest's reading) and the next line's indent; `p` when none. */
function keyBreakEnd(text: string, p: number): number {
  let k = breakEnd(text, p);
  if (k === p) return p;
  const indentEnd = Math.min(text.length, k + MAX_VALUE_INDENT);
  while (k < indentEnd && isIndent(text.charCodeAt(k))) k++;
  return k;
}
/**
 * Whether the run [p, t) after a line break goes on a key that was whole before it: a Slack token's next dashed part
 * (`xoxb-…-4949333192⏎-OAoJ…`), or a run of upper and lower case and a digit. A date or a word on the next line is none.
 */
/**
 * The shortest last part of a Slack token (`xoxb-<digits>-<digits>-<part>`): 18 to 26 letters and digits, as
 * Checkmarx/2ms engine/rules/ruledefine/slack_legacy_bot_token.go reads a bot token (`xoxb-[0-9]{8,14}-[a-zA-Z0-9]{18,26}`).
 */
const SLACK_LAST_PART = 18;

/**
 * Whether `head`, a Slack token whole to API_KEY_SHAPES' looser `xox?-[0-9A-Za-z-]{10,}`, ends in a last part shorter
 * than a Slack token's, which the `rest` characters after a blank complete: the blank cut it (`xoxb-8460…-xystMbe
 * QIXDUuxtsbAqjnIBx`), and the rest, of one case or none with no digit, was shown (round "fuzz12", gen9.mjs seed 4).
 */
function slackPartCut(head: string, rest: number): boolean {
  if (!head.startsWith('xox')) return false;
  const last = head.length - head.lastIndexOf('-') - 1;
  return last < SLACK_LAST_PART && last + rest >= SLACK_LAST_PART;
}

function brokenKeyRest(text: string, p: number, t: number): boolean {
  const c = text.charCodeAt(p);
  return c === 0x2d || c === 0x5f || looksRandom(text, p, t);
}
/** The places VENDOR_START finds, in order. */
function vendorStarts(text: string): number[] {
  const starts: number[] = [];
  VENDOR_START.lastIndex = 0;
  for (let m = VENDOR_START.exec(text); m !== null; m = VENDOR_START.exec(text)) starts.push(m.index);
  return starts;
}
/**
 * The matches a global scan of the sticky `re` would find, left to right, tried only at `starts` (vendorStarts,
 * namedSecretStarts: every match starts at one), each from the end of the last one on; `register` says whether a match
 * counts towards MAX_API_KEYS, from `found` on. Returns the count.
 */
function eachMatchAt(
  text: string,
  starts: readonly number[],
  re: RegExp,
  register: (m: RegExpExecArray) => boolean,
  found = 0,
): number {
  let n = found;
  let from = 0;
  for (const start of starts) {
    if (n >= MAX_API_KEYS) break;
    if (start < from) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (m === null) continue;
    from = re.lastIndex;
    if (register(m)) n++;
  }
  re.lastIndex = 0;
  return n;
}
/**
 * Whether text[start, end) mixes upper and lower case with a digit, `-` or `_`: a key's or a signature's run of PIECE
 * does but for 1 in 40; a word, an identifier in CamelCase, a hex digest or a UUID does not.
 */
function looksMixed(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  let other = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else other = true;
    if (upper && lower && other) return true;
  }
  return false;
}

/** The end of the first dot-separated segment of text[start, end). */
function runEnd(text: string, start: number, end: number): number {
  const dot = text.indexOf('.', start);
  return dot < 0 || dot > end ? end : dot;
}

/** The start of the last dot-separated segment of text[start, end). */
function runStart(text: string, start: number, end: number): number {
  const dot = text.lastIndexOf('.', end - 1);
  return dot < start ? start : dot + 1;
}

/**
 * Whether a credential's half beside a mask, text[start, end), is one: MIN_VALUE long at least, and mixed, or letters
 * whose case changes as no word's does (a half with no digit, round "fuzz18" shape "maskdigitless").
 */
function edgeMixed(text: string, start: number, end: number): boolean {
  return end - start >= MIN_VALUE && (looksMixed(text, start, end) || irregularCase(text, start, end));
}

/** Whether text[start, end) holds both an upper and a lower case letter. */
function bothCases(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  for (let i = start; i < end && !(upper && lower); i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return upper && lower;
}

/** A cut credential's half shorter than this is told from encoded text by decodesToTextAligned (a dozen offsets). */
const SHORT_HALF = 32;

/** The most ellipses read for a cut credential's halves: a long log has many in its prose. */
const MAX_MASKS = 64;

/**
 * The start of the run of base64url characters and dots that ends at `b`, MAX_REST long at most. `known` is where a run
 * of them ending at `b` is known to start (a token the text's scan found: runThrough), read from there back: a masked
 * JWT before its `***` was most of addMaskCutPiecesIn's cost, read a character at a time.
 */
function runBefore(text: string, b: number, known = b): number {
  let a = Math.max(known, b - MAX_REST);
  while (a > 0 && b - a < MAX_REST && (isBase64url(text.charCodeAt(a - 1)) || text.charCodeAt(a - 1) === 0x2e)) a--;
  return a;
}

/** A run of base64url characters and dots from `lastIndex` (sticky): a native scan, as token/find.ts's B64_RUN. */
const RUN_OF_DOTTED = /[A-Za-z0-9_.-]*/y;

/**
 * The start of the token of `tokens` (the text's, in order, from `next.i` on) that holds `b`, when text[start, b) is a
 * run of base64url characters and dots (a token given percent-decoded spans a `%` there); `b` when none does. `next`
 * moves past the tokens ending before `b`: the masks are read in order, each mask's kind on its own pass.
 */
function runThrough(text: string, b: number, tokens: readonly TokenOccurrence[], next: { i: number }): number {
  while (next.i < tokens.length && (tokens[next.i] as TokenOccurrence).end < b) next.i++;
  const t = tokens[next.i];
  if (t === undefined || t.start >= b) return b;
  RUN_OF_DOTTED.lastIndex = t.start;
  RUN_OF_DOTTED.test(text);
  const reached = RUN_OF_DOTTED.lastIndex;
  RUN_OF_DOTTED.lastIndex = 0;
  return reached >= b ? t.start : b;
}

/** Where a credential's rest starts after a mask that ends at `end`: past `]`, a blank, a `(truncated)` and a mask. */
function afterMask(text: string, end: number): number {
  let p = end;
  if (text.charCodeAt(p) === 0x5d || text.charCodeAt(p) === 0x20) p++;
  if (text.charCodeAt(p) === 0x28) {
    const close = text.indexOf(')', p);
    if (close > p && close - p <= 20) {
      p = close + 1;
      while (p < text.length && p - close <= 3 && (text.charCodeAt(p) === 0x2e || text.charCodeAt(p) === 0x2026)) p++;
    }
  }
  // The same mask again after a line break (`eAmGKsbs…***⏎  ***4QRX…`, `hf_8tX…••••\n> ••••djMs…`): a wrap cut the
  // mask, and the rest after it is the same credential's (round "fuzz17", gen17.mjs shape "maskbreak").
  const b = breakEnd(text, p);
  if (b > p) {
    let m = b;
    while (m < b + MAX_VALUE_INDENT && (isBlank(text.charCodeAt(m)) || text.charCodeAt(m) === 0x3e)) m++;
    let f = m;
    while (f < text.length && f - m < MAX_SPLIT_MASK && isMaskFill(text.charCodeAt(f))) f++;
    if (f - m >= 3 || (f > m && text.charCodeAt(m) === 0x2026)) return f;
  }
  return p;
}

/**
 * Where a Docker client quotes its credential helper's output (addCredentialHelperOutputsIn): the line's phrase, the
 * words before the output on that line, and the character that ends it: the CLI's `err: …, out: \`…\`` (a paste's
 * normalisation may drop the backticks: the line's end ends it then), docker-py's 'Credentials store
 * docker-credential-… exited with "…"'.
 */
const CREDENTIAL_HELPER_OUTPUTS: readonly (readonly [string, string, number])[] = [
  ['error getting credentials - err: ', ', out: ', 0x60],
  ['Credentials store docker-credential-', ' exited with ', 0x22],
];

/**
 * Either phrase, tested once before the phrases are searched for one by one: each search alone read the paste at
 * ~0.1-0.2 µs (an `indexOf` stops at each `e` of `error getting…`), and nearly no paste holds either.
 */
const ANY_CREDENTIAL_HELPER_OUTPUT = literalAlternation(CREDENTIAL_HELPER_OUTPUTS.map(([phrase]) => phrase));

/** A character of a run of a helper's output read as a credential: not a blank, a quote, a backslash or a bracket. */
function isHelperRunChar(c: number): boolean {
  return isPasswordChar(c) && c !== 0x28 && c !== 0x7b && c !== 0x7d && c !== 0x5b && c !== 0x5d && c !== 0x2c;
}

/** The longest mask read after a line break that cut one (afterMask). */
const MAX_SPLIT_MASK = 16;

/** A character of a password on a command line or in a call's string: none of a blank, a quote, `\\`, `)`. */
function isPasswordChar(c: number): boolean {
  return c > 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x5c && c !== 0x29 && c !== 0x60;
}

/**
 * Whether text[a, b) is a vendor's key's head (VENDOR_HEAD_AT) whole: Shopify's hex (`shpat_4c020ac038e51****…`) mixes
 * no cases, yet its prefix says it is a credential (round "fuzz16", gen16.mjs shape "pkhdr").
 */
function vendorHeadAt(text: string, a: number, b: number): boolean {
  VENDOR_HEAD_AT.lastIndex = a;
  const m = VENDOR_HEAD_AT.exec(text);
  return m !== null && a + m[0].length === b;
}

/** Whether text[a, b) holds a digit. */
function hasDigit(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) return true;
  return false;
}

/** A character a mask over a credential's middle runs on in: a dot, an ellipsis, an asterisk, a bullet. */
function isMaskFill(c: number): boolean {
  return c === 0x2e || c === 0x2026 || c === 0x2a || c === 0x2022 || c === 0x25cf;
}

/** The end of the run of base64url characters and dots from `from`, MAX_REST long at most. */
function runAfter(text: string, from: number): number {
  let e = from;
  while (e < text.length && e - from < MAX_REST && (isBase64url(text.charCodeAt(e)) || text.charCodeAt(e) === 0x2e))
    e++;
  return e;
}

/**
 * The brackets a mask inside a credential is written in (`ej6eo5Sj…[REDACTED]sIaPiU0Y…`, `…<snip>…`, `&lt;redacted&gt;`
 * after an HTML escaper): the ellipses' loop above reads `[…]`, `[...]` and `…(truncated)…` from their ellipsis.
 */
const BRACKET_MASKS: ReadonlyArray<readonly [string, string]> = [
  ['[', ']'],
  ['<', '>'],
  ['&lt;', '&gt;'],
];

/** The longest bracketed mask read (`<access_token>`, `[REDACTED]`), brackets included. */
const MAX_BRACKET_MASK = 24;

/**
 * The end of a bracketed mask (a pattern findMaskMarkers knows, `[REDACTED]`, `<snip>`) that opens at `at`, glued to a
 * run of a credential on one side at least; -1 when there is none. A bracket in a log (`[INFO]`, `<br>`) follows a
 * blank or a line's start and is read no further. Bounded: MAX_BRACKET_MASK characters.
 */
function bracketMaskEnd(text: string, at: number, open: string, close: string): number {
  const glued = at > 0 && isBase64url(text.charCodeAt(at - 1));
  const limit = Math.min(text.length, at + MAX_BRACKET_MASK);
  // A mask here is a word (`REDACTED`, `snip`, `access_token`): its letters, `_` and `-` are read, and nothing past
  // them, so each bracket costs its word at most (`[…]` and `[...]` are the ellipses' loop's).
  const from = at + open.length;
  let c = from;
  while (c < limit && isMaskWordChar(text.charCodeAt(c))) c++;
  if (c - from < 3 || c >= limit || !text.startsWith(close, c)) return -1;
  const end = c + close.length;
  if (!glued && !(end < text.length && isBase64url(text.charCodeAt(end)))) return -1;
  const word = text.slice(from, c).toLowerCase();
  return BRACKET_MASK_WORDS.has(word) || word.includes('redacted') ? end : -1;
}

/**
 * The words findMaskMarkers knows bracketed (`[redacted]`, `<snip>`, `<access_token>`), and a log's `(truncated)`;
 * any word holding `redacted` (`[REDACTED_SECRET]`), as findMaskMarkers finds it. A set: findMaskMarkers itself cost
 * ~1.5 µs a bracket, and a page of markup has one every few characters.
 */
const BRACKET_MASK_WORDS: ReadonlySet<string> = new Set([
  ...MASK_PATTERNS.filter((m) => /^[[<({][a-z_-]+[\]>)}]$/.test(m)).map((m) => m.slice(1, -1)),
  'truncated',
]);

/** A character of a bracketed mask's word: a letter, `_` or `-`. */
function isMaskWordChar(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || c === 0x5f || c === 0x2d;
}

/** A paste of a hundred log lines repeats a few keys: the first ones are enough to register. */
const MAX_API_KEYS = 50;

/**
 * The credentials' names the redactor reads a value after, lower-case (NAMED_SECRETS finds them in any case; a wrapped
 * one is told by the word it makes joined, addWrappedNamedSecretsIn). Longer names before the ones they contain.
 */
export const SECRET_NAMES: readonly string[] = [
  'client_secret',
  'refresh_token',
  'access_token',
  'subject_token',
  'client_assertion',
  'password',
  'passwd',
  'api_key',
  'apikey',
  // A verifier's own key, pasted with its settings (`JWT_SECRET=…`, Django's `SECRET_KEY`, `signing_key: …`): an HS256
  // secret signs tokens as well as it checks them.
  'jwt_secret',
  'secret_key',
  'signing_key',
  'private_key',
  'secret',
];

/**
 * Credentials by the name they travel under, whatever their shape: an OAuth client secret, a refresh token, an opaque
 * access or subject token, a client assertion, a password, an API key, in a form body, a query string, JSON or a log's
 * key=value (`client_secret=…`, `"refresh_token": "…"`). The value is what follows the name, `=` or `:` and an optional
 * quote (escaped, twice or thrice in a log escaped again: `\\"`, `\\\"`), of MIN_VALUE characters or more unless a wrap cut it (its rest is read then), up to a quote, `&`, `,`, `;`, a bracket or white space (a value with a bracket is code: `rs256(CLAIMS)`). The name
 * starts a word, or follows an escaped line break or tab (afterEscape). One alternation of literal names then one class: linear.
 */
/** The shortest named value read without a rest a wrap carried to the next line: shorter ones are words. */
const MIN_VALUE = 8;
/**
 * The most blanks a settings file aligns its separators with (`api_token         = "…"`: `terraform fmt` aligns the
 * equals signs of consecutive arguments, developer.hashicorp.com/terraform/language/style; INI and .properties files
 * often so): a name three blanks or more before its `=` was read as none, and a quote of the line showed the value
 * (round "fuzz21").
 */
const MAX_ALIGN = 32;
const NAMED_SECRETS = new RegExp(
  `(?:\\b|(?<=\\\\[nrt]))(?:${SECRET_NAMES.join('|')})(?:\\\\{1,3})?["']?(?:[ \\t]{4,${MAX_ALIGN}}[=:]|\\s{0,3}[=:]|[ ](?:(?:is|was)[ ])?)\\s{0,3}(?:\\\\{1,3})?["']{0,2}([^\\s"'&,;(){}[\\]<>\\\\]+)`,
  'gi',
);
/**
 * SECRET_NAMES as a decoded claim's or header parameter's name is compared: lower-case, without `_` or `-`
 * (`client_secret`, `clientSecret`, `client-secret`). A token that carries a client secret, a password or a refresh
 * token in its claims (a home-grown issuer's, a debugging one's) has the token summary's payload echo it otherwise: the
 * paste holds it only base64url-encoded, where the paste's scan for named credentials cannot see it.
 */
const SECRET_CLAIM_NAMES = new Set(SECRET_NAMES.map((name) => name.replaceAll('_', '')));
const SECRET_CLAIM_NAME_LENGTH = { min: 6, max: 18 };

/** Whether a claim's name is a credential's (SECRET_CLAIM_NAMES): exact, whatever its case and separators. */
function isSecretClaimName(name: string): boolean {
  if (name.length < SECRET_CLAIM_NAME_LENGTH.min || name.length > SECRET_CLAIM_NAME_LENGTH.max) return false;
  return SECRET_CLAIM_NAMES.has(name.toLowerCase().replaceAll('_', '').replaceAll('-', ''));
}

/** A character quoteLine (build-context.ts isSecretChar) cuts a quote at, rather than dropping it with its run. */
const NOT_QUOTABLE_RUN = /[^A-Za-z0-9\-_.+/=%~]/;
/** The runs quoteLine keeps or drops whole: the pieces of a value that a cut quote may show. */
const QUOTABLE_RUNS = /[A-Za-z0-9\-_.+/=%~]{8,}/g;
/** A NAMED_SECRETS match whose name and value a `=` or `:` part. */
const SEPARATED = /[=:]/;
/** NAMED_SECRETS tried at one offset (sticky), where one of its names starts (namedSecretStarts). */
const NAMED_SECRET_AT = new RegExp(NAMED_SECRETS.source, 'iy');
/** The names of NAMED_SECRETS with an underscore, each with where it has it. */
const UNDERSCORED_NAMES = SECRET_NAMES.filter((name) => name.includes('_')).map((name) => ({
  name,
  at: name.indexOf('_'),
}));
/** 1 at the character before the underscore of an UNDERSCORED_NAMES name: most underscores are after none of them. */
const BEFORE_UNDERSCORE = new Uint8Array(128);
for (const { name, at } of UNDERSCORED_NAMES) BEFORE_UNDERSCORE[name.charCodeAt(at - 1)] = 1;

/**
 * Where a name of NAMED_SECRETS starts in `lower` (the paste lower-cased, same offsets: foldForMatching), in order:
 * found from each `_` (ten of the names have one), each `passw`, each `pikey` and each `secret` after no word character. Any match of NAMED_SECRETS starts at
 * one of these (its names are ASCII, found in any case: lower-cased, each is here as written), so the regex is tried
 * there only: run over the whole paste, its case-insensitive alternation behind a `\b` was tried at nearly every
 * character (~0.5 µs a paste, 2% of the context stage).
 */
function namedSecretStarts(lower: string): number[] {
  const underscored: number[] = [];
  for (let q = lower.indexOf('_'); q >= 0; q = lower.indexOf('_', q + 1)) {
    // Reads inside the text and the table only: one outside either deoptimises this for good (round 28).
    if (q === 0) continue;
    const before = lower.charCodeAt(q - 1);
    if (before >= 128 || BEFORE_UNDERSCORE[before] !== 1) continue;
    for (const { name, at } of UNDERSCORED_NAMES) {
      if (q < at || !lower.startsWith(name, q - at)) continue;
      // In order: a start found from a later underscore is at most a name's length before one found earlier.
      let k = underscored.length;
      while (k > 0 && (underscored[k - 1] as number) > q - at) {
        underscored[k] = underscored[k - 1] as number;
        k--;
      }
      underscored[k] = q - at;
    }
  }
  const passw: number[] = [];
  for (let q = lower.indexOf('passw'); q >= 0; q = lower.indexOf('passw', q + 1)) passw.push(q);
  const apikey: number[] = [];
  for (let q = lower.indexOf('pikey'); q >= 0; q = lower.indexOf('pikey', q + 1))
    if (q > 0 && lower.charCodeAt(q - 1) === 0x61 /* a */) apikey.push(q - 1);
  // `secret` alone (`secret: '…'`, express-jwt's option), where no word character stands before it: `client_secret`
  // and `jwt_secret` are found from their underscores above.
  const secret: number[] = [];
  for (let q = lower.indexOf('secret'); q >= 0; q = lower.indexOf('secret', q + 1))
    if (q === 0 || !isWordChar(lower.charCodeAt(q - 1)) || afterEscape(lower, q)) secret.push(q);
  return merged(merged(merged(underscored, passw), apikey), secret);
}

/**
 * Whether a JSON or logfmt escape (`\n`, `\t`, `\r`) stands right before `q`: a name there starts a line of the
 * escaped text (`…})\nrefresh_token: …` in a JSON log's message), though `\b` sees the escape's letter glued to it.
 * Found by a scratch fuzzer, round "fuzz": the refresh token after such an escape was quoted whole.
 */
function afterEscape(text: string, q: number): boolean {
  if (q < 2 || text.charCodeAt(q - 2) !== 0x5c) return false;
  const c = text.charCodeAt(q - 1);
  return c === 0x6e || c === 0x72 || c === 0x74;
}

/**
 * The names a wrap may cut that the redactor reads a credential after: NAMED_SECRETS' names, and an Authorization
 * header's name and Bearer scheme (`Author⏎ization: Bearer …`, `Authorization: Bear⏎er …`), whose opaque credential
 * is registered only when the header is read (build-context.ts), and a header cut so is read as none.
 */
const WRAPPED_NAMES = [...SECRET_NAMES, 'authorization', 'bearer'];
/** The credential after a wrapped Authorization name (its scheme, then it) or Bearer scheme, sticky at the name. */
const CREDENTIAL_AFTER = {
  // Its scheme cut by blanks too (`B  earer`: a reflow cut both, round "fuzz4"): a second word before the credential.
  authorization:
    /authorization[ \t]{0,3}:[ \t]{0,3}(?:[A-Za-z][\w-]{0,20}(?:[ \t]{1,3}[A-Za-z][\w-]{0,8})?[ \t]{1,3})?([^\s"'&,;(){}[\]<>\\]{8,})/iy,
  bearer: /bearer[ \t]{1,3}([^\s"'&,;(){}[\]<>\\]{8,})/iy,
};
/**
 * 1 at the last letter of each of WRAPPED_NAMES: a word across a line break that ends in another is read no further
 * (addWrappedNamedSecretsIn read the word before each break between two letters, and tried every name on it: round
 * "perf30").
 */
const NAME_ENDS = new Uint8Array(128);
for (const n of WRAPPED_NAMES) NAME_ENDS[n.charCodeAt(n.length - 1)] = 1;
/** The longest of WRAPPED_NAMES: how far either side of a line break a wrapped name is read. */
const MAX_NAME = 16;

/**
 * The name of WRAPPED_NAMES that the word [a, headEnd) + [tailStart, b) of `lower` ends in, across the gap between
 * (it starts before the gap), or undefined. Compared in place: slicing and joining the words at each line break between
 * two letters cost ~1 µs over an example paste.
 */
function nameAcross(lower: string, a: number, headEnd: number, tailStart: number, b: number): string | undefined {
  const tail = b - tailStart;
  const last = lower.charCodeAt(b - 1);
  for (const n of WRAPPED_NAMES) {
    const head = n.length - tail;
    if (head <= 0 || head > headEnd - a || n.charCodeAt(n.length - 1) !== last) continue;
    let j = 0;
    while (j < n.length && n.charCodeAt(j) === lower.charCodeAt(j < head ? headEnd - head + j : tailStart + j - head))
      j++;
    if (j === n.length) return n;
  }
  return undefined;
}

/** How many blanks a wrap leaves before its line break (a terminal's trailing space) or after it (an indent). */
const MAX_WRAP_BLANKS = 4;

/** A JSON or logfmt escape of a blank or a line break (its backslash doubled or tripled when escaped again), and blanks. */
const ESCAPED_BLANKS = /(?:\\{1,3}[nrt]|[ \t])+/g;

/** The most names cut by blanks (`refresh_to ken=`) read in one paste: a real paste holds a few. */
const MAX_SPACED = 64;

/** Whether `c` is a space or a tab. */
function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Past the words that say what a credential's word names, from `k` after it and its blank: `is `, `was `, or up to
 * MAX_COPULA_WORDS short words and then one of them (`the token I used was …`, `my token we got is …`). `k` when there
 * are none: the value is then right there.
 */
function pastCopula(text: string, lower: string, k: number): number {
  let p = k;
  for (let n = 0; n <= MAX_COPULA_WORDS; n++) {
    if (lower.startsWith('is', p) || lower.startsWith('was', p)) {
      const b = blankAfter(text, p + (lower.charCodeAt(p) === 0x69 ? 2 : 3));
      if (b > 0) return b;
    }
    let e = p;
    while (e < p + MAX_COPULA_WORD && isWordLetter(lower.charCodeAt(e))) e++;
    if (e === p) return k;
    const b = blankAfter(text, e);
    if (b < 0) return k;
    p = b;
  }
  return k;
}

/**
 * The next ` is ` and ` was ` at or after `from`, each searched for again only once `from` passes it (one search for
 * both ran on to the text's end for the one the text lacks, at each word: quadratic).
 */
class CopulaFinder {
  private is = -1;
  private was = -1;
  private readonly lower: string;
  constructor(lower: string) {
    this.lower = lower;
  }

  /** Where the nearer of the two starts (its blank), or a position past the text when there is neither. */
  next(from: number): number {
    const none = this.lower.length + COPULA_REACH + 1;
    if (this.is !== none && this.is < from) this.is = this.found(this.lower.indexOf(' is ', from));
    if (this.was !== none && this.was < from) this.was = this.found(this.lower.indexOf(' was ', from));
    return Math.min(this.is, this.was);
  }

  private found(at: number): number {
    return at < 0 ? this.lower.length + COPULA_REACH + 1 : at;
  }
}

/** How far after a credential's word and its blank its `is`/`was` may start (MAX_COPULA_WORDS words and blanks). */
const COPULA_REACH = 40;

/** The most words between a credential's word and its `is`/`was` (pastCopula), and the longest of them. */
const MAX_COPULA_WORDS = 3;
const MAX_COPULA_WORD = 8;

function isWordLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Where the text goes on after one blank or a shell's escaped blank (`\\ `) at `k`, and up to two more; -1: none there. */
function blankAfter(text: string, k: number): number {
  let n = 0;
  for (; n < 3; n++) {
    if (isBlank(text.charCodeAt(k))) k++;
    else if (text.charCodeAt(k) === 0x5c && text.charCodeAt(k + 1) === 0x20) k += 2;
    else break;
  }
  return n === 0 ? -1 : k;
}

/** The most characters of a gap a wrap or an escape left inside a credential's name (nameGapEnd). */
const MAX_NAME_GAP = 24;
/** The most line breaks in that gap: a wrap's, and blank lines a chat client or a quote put after it. */
const MAX_NAME_BREAKS = 3;

/**
 * Where a credential's name goes on after a gap that starts at `at` (a line break, or an escape's backslash): past
 * blanks, line breaks (blank lines among them: round "fuzz4"), quote markers (`> `, `&gt; `) and a JSON or logfmt
 * escape's `\n`, `\r`, `\t` (its backslash doubled when the log was escaped twice); `at` when no such gap starts there.
 * Markers each followed by a blank (`> > `, `&gt; &gt; `: a quote of a quote) are a quote's at any depth; glued ones
 * (`>>`) past the depth the name's own line is quoted at (tooDeep) are text (`pass⏎>> word=`). MAX_NAME_GAP
 * characters at most.
 */
function nameGapEnd(lower: string, at: number, nameStart: number): number {
  let k = at;
  let breaks = 0;
  let quoted = 0;
  let glued = false;
  const limit = Math.min(lower.length, at + MAX_NAME_GAP);
  while (k < limit) {
    const c = lower.charCodeAt(k);
    if (isBlank(c)) k++;
    else if (c === 0x0a) {
      if (++breaks > MAX_NAME_BREAKS || (glued && tooDeep(lower, quoted, nameStart))) return at;
      quoted = 0;
      glued = false;
      k++;
    } else if (c === 0x3e || (c === 0x26 && lower.startsWith('&gt;', k))) {
      k += c === 0x3e ? 1 : 4;
      quoted++;
      if (!isBlank(lower.charCodeAt(k))) glued = true;
    } else if (c === 0x5c) {
      let j = k + 1;
      if (lower.charCodeAt(j) === 0x5c) j++;
      const e = lower.charCodeAt(j);
      if (e !== 0x6e && e !== 0x72 && e !== 0x74) break;
      k = j + 1;
    } else break;
  }
  return glued && tooDeep(lower, quoted, nameStart) ? at : Math.min(k, limit);
}

/**
 * Whether `quoted` glued markers on a line are more than the line of the name that starts at `nameStart` is quoted at
 * (quoteDepth, read only then: most gaps have none); -1 for a gap that is an escape, which no marker follows.
 */
function tooDeep(lower: string, quoted: number, nameStart: number): boolean {
  if (nameStart < 0) return quoted > 0;
  return quoted > 1 && quoted > quoteDepth(lower, nameStart);
}

/**
 * How many quote markers (`>`, `&gt;`) start the line that `at` is on, one at least: a quote's line break is followed
 * by as many (nameGapEnd), and one more is text (`pass⏎>> word=` is no name).
 */
function quoteDepth(lower: string, at: number): number {
  let k = lower.lastIndexOf('\n', at - 1) + 1;
  let depth = 0;
  for (let n = 0; n < MAX_NAME_GAP && k < at; n++) {
    const c = lower.charCodeAt(k);
    if (isBlank(c)) k++;
    else if (c === 0x3e) {
      depth++;
      k++;
    } else if (c === 0x26 && lower.startsWith('&gt;', k)) {
      depth++;
      k += 4;
    } else break;
  }
  return Math.max(1, depth);
}

/** A character of a credential's name, lower-cased: a letter or `_`. */
/**
 * A Japanese writer's label: the name in lenticular brackets, its value right after (`【API_TOKEN】<credential>`,
 * `【DB_PASSWORD】…【エラー】…`), as Japanese chat and mail templates head each item. No `:` or `=` parts the two, and a
 * quote of the line beside the 401 showed the value (round fuzz28, gen28.mjs framing fullwidth-bracket: 18 in 66).
 */
const LABEL_OPEN = 0x3010;
const LABEL_CLOSE = '\u3011';
/** The longest name read inside a label's brackets. */
const MAX_LABEL_NAME = 48;

/** Whether the `】` at `close` ends a label whose brackets hold a name alone (letters, digits, `_`, `-`, `.`). */
function bracketedLabelBefore(lower: string, close: number): boolean {
  let k = close;
  while (k > 0 && close - k < MAX_LABEL_NAME && isHeaderNameChar(lower.charCodeAt(k - 1))) k--;
  return k < close && lower.charCodeAt(k - 1) === LABEL_OPEN;
}

/** A character of a query parameter's value as NAMED_SECRETS reads one: none of its ends, nor a fragment's `#`. */
function isQueryValueChar(c: number): boolean {
  return (
    c > 0x20 &&
    !isCjkPunctuation(c) &&
    !isJapaneseLetter(c) &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x26 &&
    c !== 0x2c &&
    c !== 0x3b &&
    c !== 0x23 &&
    c !== 0x5c &&
    c !== 0x28 &&
    c !== 0x29 &&
    c !== 0x7b &&
    c !== 0x7d &&
    c !== 0x5b &&
    c !== 0x5d &&
    c !== 0x3c &&
    c !== 0x3e
  );
}

/**
 * The ends of credentials' names addTokenNamedValuesIn reads a value after, lower-case: tokens and API keys, and session
 * cookies (`session=`, Django's `sessionid`, `JSESSIONID`, ASP.NET's `SessionId`, `PHPSESSID`, Express's `connect.sid`),
 * which sign a browser in as a bearer token does.
 */
const TOKEN_NAME_ENDS = [
  'token',
  'api-key',
  // Azure API Management's key header, `Ocp-Apim-Subscription-Key` (parse/proxy-texts.ts cites Microsoft's page), and
  // its `subscription-key` query parameter: a wrapped one's value was shown (round "fuzz17", shape "hdrwrap").
  'subscription-key',
  // Platform front doors' own secrets (round audit-at): Azure Functions' function and host keys in `x-functions-key`
  // (learn.microsoft.com, azure-functions/function-keys-how-to), Vercel's Protection Bypass for Automation secret in
  // `x-vercel-protection-bypass` (vercel.com/docs/deployment-protection/methods-to-bypass-deployment-protection).
  'functions-key',
  'protection-bypass',
  'session',
  'sessionid',
  'sessid',
  '.sid',
  // camelCase and environment names SECRET_NAMES' underscored ones miss: `clientSecret`, `secretKey`, `privateKey`,
  // `AWS_SECRET_ACCESS_KEY` (40 characters, below key-material.ts's 44).
  'secret',
  'secretkey',
  // An environment name ending in `_SECRET_KEY` after a product's words (Metabase's `MB_ENCRYPTION_SECRET_KEY`,
  // metabase.com/docs/latest/operations-guide/encrypting-database-details-at-rest): NAMED_SECRETS reads `secret_key`
  // only where it starts a word, and a log line that joined the env lines showed it (round fuzz26, gen26.mjs shape
  // metabase-secret: 2 in 24). A master key, Parse Server's (`masterKey`, `PARSE_SERVER_MASTER_KEY`: docs.parseplatform.org
  // /parse-server/guide "masterKey") and ZITADEL's (`ZITADEL_MASTERKEY`, `--masterkey`), opens every record.
  'secret_key',
  'secret-key',
  'masterkey',
  // Agora's App Certificate, the secret an RTC token server signs with beside the public App ID (AgoraIO/Tools
  // DynamicKey samples read `AGORA_APP_CERTIFICATE`; agora-access-token's `appCertificate`): a label showed it (gen29.mjs
  // agora-cert, ja-label: 4 in 4).
  'app_certificate',
  'appcertificate',
  'master_key',
  'master-key',
  'privatekey',
  // An environment name ending in `_PRIVATE_KEY` after a product's words (Mux's signing key, base64 of its PEM:
  // `keySecret: process.env.MUX_PRIVATE_KEY` in Mux's signed-playback examples; `GOOGLE_PRIVATE_KEY`): NAMED_SECRETS
  // reads `private_key` only where it starts a word, and a log flattened onto one line with ` | ` showed the key's base64
  // lines (round fuzz30, gen29.mjs and gen30.mjs mux-private, rev-flat-pipe: 4 in 4).
  'private_key',
  'private-key',
  'access_key',
  'accesskey',
  // A vendor's key under an environment or camelCase name (`MAILGUN_API_KEY=key-…`, `mailgunApiKey`): NAMED_SECRETS
  // reads `api_key` only where it starts a word; a JSON log line quoted whole by the Mailgun row showed it (round
  // "fuzz18", gen18.mjs shape "mailgun" in harsh mode).
  'api_key',
  'apikey',
  // IAP's signed header, `x-goog-iap-jwt-assertion` (cloud.google.com/iap/docs/signed-headers-howto), beside the load
  // balancer's log entry the IAP row reads: a value that is no JWT (cut, or a test's) was shown (round "fuzz18",
  // gen18.mjs shape "appins").
  'assertion',
  // An environment name or a setting ending in a password's (`MQTT_PASSWORD=…`, `DB_PASSWD=…`): NAMED_SECRETS reads the
  // name only where it starts a word (round "fuzz16", gen16.mjs shape "mqtt": a JSON log line quoted whole showed it).
  'password',
  'passwd',
  // An environment name ending in `_PASS` (Rocket.Chat's `ADMIN_PASS`, read by RocketChat/Rocket.Chat
  // server/startup/initialData.coffee `process.env.ADMIN_PASS`; `SMTP_PASS`, `DB_PASS`): `docker run -e ADMIN_PASS=…` joined
  // with Rocket.Chat's "You must be logged in" was shown (round fuzz28, gen26.mjs shape rc-env, errfirst).
  '_pass',
  // A connection string's password and key: ODBC's `PWD=` (learn.microsoft.com sql/odbc/reference/syntax/
  // sqldriverconnect-function, "PWD"), Azure Storage's `AccountKey=` (learn.microsoft.com azure/storage/common/
  // storage-configure-connection-string) and the CLI's `AZURE_STORAGE_KEY` (round "fuzz21", gen.mjs shapes odbc,
  // azure-conn: 52 in 400, the string on a log's line).
  'pwd',
  'accountkey',
  'storage_key',
  // An nkey's seed, the private half a NATS client signs the server's nonce with (`nkeySeed`, `NATS_NKEY_SEED=SUA…`,
  // `seed: SUA…` beside a .creds file; nats-io/nkeys README: the seed "is all that is needed to be stored and kept
  // safe, as the seed can generate both the public and private keys"; docs.nats.io's leafnode `nkey`, alias `seed`):
  // a JSON log line quoted whole by the NATS rows showed it (round "fuzz18", gen18.mjs shape
  // "nats" in harsh mode: 61 in 600). Read only when the value looks random, as the others are.
  'seed',
  // SpiceDB's preshared key, the bearer token its gRPC API checks (`--grpc-preshared-key`, `SPICEDB_GRPC_PRESHARED_KEY`,
  // the operator's `preshared_key`: authzed/spicedb#1264, authzed/spicedb-operator#305): an env line or a Secret's
  // stringData beside 'invalid preshared key' was quoted (round "fuzz23", gen23.mjs shapes spice-env, spice-yaml).
  'preshared_key',
  'preshared-key',
  'presharedkey',
  // OpenFGA's preshared keys, a list its API takes any one of as the bearer token (`--authn-preshared-keys k1,k2`,
  // `OPENFGA_AUTHN_PRESHARED_KEYS`: openfga/openfga's cmd/run tests, TestGRPCWithPresharedKey): a run line or an env
  // line beside 'unauthenticated' was quoted (round "fuzz24", gen24.mjs shapes openfga-flag, openfga-env).
  'preshared_keys',
  'preshared-keys',
  'presharedkeys',
  // Rakuten RMS's license key, the second half of its `Authorization: ESA Base64(serviceSecret:licenseKey)` (RMS WEB
  // SERVICE's authentication page, webservice.rms.rakuten.co.jp/merchant-portal/view/ja/common/1-1_service_index/
  // rmsWebServiceAuthentication: "licenseKey とは RMS WEB SERVICE にアクセスしている店舗様を特定するキー情報です"; clients
  // keep it as `licenseKey`, userid392/rakuten-item-update's config.ini): a settings object on one log
  // line beside RMS's `ES04-01 Unauthorized` showed it (round fuzz27, gen27.mjs shape rms-json: 2 in 14). A license key
  // (MaxMind's `license_key`, New Relic's `NEW_RELIC_LICENSE_KEY`) authenticates its holder as a password does.
  'licensekey',
  'license_key',
  'license-key',
  // kintone's password authentication header, `X-Cybozu-Authorization: Base64(login:password)` (cybozu.dev/ja/kintone/
  // docs/rest-api/overview/authentication: "ヘッダーの値はログイン名:パスワードをBase64エンコードした値です"): a curl line
  // joined after kintone's `CB_WA01` "Password authentication failed." showed it (round fuzz27, gen27.mjs kintone-auth).
  'cybozu-authorization',
  // Agora's App Certificate, the secret its backends build RTC and RTM tokens with beside the public App ID
  // (docs.agora.io, "Secure authentication with tokens": RtcTokenBuilder.buildTokenWithUid(appId, appCertificate, …);
  // `AGORA_APP_CERTIFICATE` in AgoraIO-Community/agora-token-service): a settings line beside the SDK's "invalid token,
  // authorized failed" was shown (round audit-aq). Read only when the value looks random, as the others are.
  'appcertificate',
  'app_certificate',
  'app-certificate',
] as const;
/**
 * The ends of a URL's query parameters' names that carry a credential, lower-case, read only as a query parameter's
 * (after `?` or `&`: elsewhere each names anything) and only when the value looks random (looksLikeNamedToken):
 * - `key`: Google's APIs take their API key so (cloud.google.com/docs/authentication/api-keys-use, "Use an API key with
 *   REST": `?key=API_KEY`), as others do as `apiKey`, `api-key`, `subscription-key` (round "fuzz16", shape "aizaurl");
 * - `sig`: an Azure Storage SAS's signature (learn.microsoft.com/rest/api/storageservices/create-service-sas, the
 *   `sig` field, beside `sv`, `se`, `sp`);
 * - `signature`: an S3 presigned URL's `X-Amz-Signature` and its `X-Amz-Credential` (the access key id;
 *   docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html), a Cloud Storage signed URL's
 *   `X-Goog-Signature` (cloud.google.com/storage/docs/authentication/signatures);
 * - `auth`: a realtime service's `?auth=` (Firebase's REST API, firebase.google.com/docs/database/rest/auth);
 * - `code` alone (queryCredentialEndingAt).
 * A request's URL quoted with its line showed each (round "fuzz17", gen17.mjs shape "qcred": 76 cases in 2000).
 * `X-Amz-Security-Token`, `access_token` and `token` end in `token` (TOKEN_NAME_ENDS).
 */
const QUERY_CREDENTIAL_ENDS = ['key', 'sig', 'signature', 'x-amz-credential', 'auth'] as const;
/** The longest query parameter's name queryCredentialEndingAt reads back over (`Ocp-Apim-Subscription-Key` is 25). */
const MAX_QUERY_NAME = 32;

/** A character of a query parameter's name, lower-cased: a letter, a digit, `-`, `_` or `.`. */
function isParamNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x2e;
}

/** `-`, `_` or `.`: what parts a query parameter's name into words. */
function isParamMark(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x2e;
}

/**
 * The name of the query parameter before the `=` at `sep` when a QUERY_CREDENTIAL_ENDS name ends it: the name starts
 * after `?`, `&` or an HTML-escaped `&amp;` (a log written as HTML). Null elsewhere. Told by the name's last letter
 * first (`y`, `g`, `e`, `l`, `h`): most separators cost one comparison.
 */
function queryCredentialEndingAt(lower: string, nameEnd: number, sep: number): string | null {
  if (nameEnd !== sep || lower.charCodeAt(sep) !== 0x3d /* = */) return null;
  const last = lower.charCodeAt(sep - 1);
  if (last !== 0x79 && last !== 0x67 && last !== 0x65 && last !== 0x6c && last !== 0x68) return null;
  const floor = Math.max(0, sep - MAX_QUERY_NAME);
  let a = sep;
  while (a > floor && isParamNameChar(lower.charCodeAt(a - 1))) a--;
  if (a === sep || a === 0) return null;
  const before = lower.charCodeAt(a - 1);
  if (before !== 0x3f /* ? */ && before !== 0x26 /* & */ && !(before === 0x3b && lower.startsWith('&amp', a - 5)))
    return null;
  const name = lower.slice(a, sep);
  // The end is the name, or its last word after `-`, `_` or `.` (`X-Amz-Signature`, `api_key`): `monkey` is none.
  for (const end of QUERY_CREDENTIAL_ENDS)
    if (
      name.endsWith(end) &&
      (name.length === end.length || isParamMark(name.charCodeAt(name.length - end.length - 1)))
    )
      return name;
  // `code`, an OAuth authorization code on its redirect (RFC 6749 4.1.2; 10.5: a plaintext bearer credential), as
  // the name itself: `error_code`, `status_code` are none. `state` beside it binds the redirect to the browser's
  // session (RFC 6749 10.12: a value an attacker must not learn); a redirect's error (`?error=interaction_required&…
  // &state=…`, `#…&id_token=…&state=…`) quoted whole showed it (round "fuzz18", gen18.mjs shape "oauthredir": 54 in
  // 300). Only a random-looking value is read (acceptsNamedValue): `state=active` is a word.
  return name === 'apikey' || name === 'code' || name === 'state' ? name : null;
}

/** Where a trailing ellipsis (`…`, `...`) that cut `value` starts, or -1. */
function trailingCut(value: string): number {
  if (value.endsWith('…')) return value.length - 1;
  return value.endsWith('...') ? value.length - 3 : -1;
}

/** Whether the letter before the `=` at `sep` may end a QUERY_CREDENTIAL_ENDS name (namedByOtherWord refused it). */
function mayEndQueryCredential(lower: string, sep: number): boolean {
  const last = lower.charCodeAt(sep - 1);
  return last === 0x67 || last === 0x65 || last === 0x6c || last === 0x68;
}

/**
 * Whether `value` after the name `name` is a credential: a password's is shorter than a token and read as one after
 * a blank is (looksLikeBlankNamedValue); the others, a token's shape (a URL's `key` names a cache's entry as often).
 */
function acceptsNamedValue(name: string, value: string): boolean {
  // A `state` that is a URL percent-encoded (`state=http%3A%2F%2F127.0.0.1%3A8081%2F`) is the app's return address, no
  // nonce: the golden corpus's redirects hold it so.
  if (name === 'state' && (value.includes('%3A') || value.includes('%3a'))) return false;
  return name === 'password' || name === 'passwd' || name === 'pwd' || name === '_pass'
    ? looksLikeBlankNamedValue(value)
    : looksLikeNamedToken(value);
}

/** The shortest value addTokenNamedValuesIn reads after a name that only ends in `token` or `api-key`. */
const MIN_NAMED_TOKEN = 16;

/**
 * Where the name before a `:` or `=` at `sep` ends: back past the blanks that align it (MAX_ALIGN), a key's closing bracket (PHP's
 * print_r `[X-Api-Key] => …` and var_dump `["X-Api-Key"]=>`), a quote and up to three backslashes (a JSON or escaped log
 * member's `"token\\":\\"`, `X-Auth-Token :`), as a name is written before its separator.
 */
export function nameEndBefore(text: string, sep: number): number {
  let k = sep;
  for (let n = 0; n < MAX_ALIGN && k > 0 && isBlank(text.charCodeAt(k - 1)); n++) k--;
  if (k > 0 && text.charCodeAt(k - 1) === 0x5d /* ] */) k--;
  const q = text.charCodeAt(k - 1);
  if (q === 0x22 || q === 0x27) k--;
  for (let n = 0; n < 3 && k > 0 && text.charCodeAt(k - 1) === 0x5c; n++) k--;
  return k;
}

/**
 * Whether the comma at `comma` parts a pair's name from its value, as a language prints a header list: .NET's
 * KeyValuePair (`[X-Api-Key, …]`), Elixir's and Erlang's tuples (`{"x-api-key", "…"}`), Python's (`(b'x-api-key', b'…')`).
 * The name opens its bracket, quoted or a header's name of parts (`[token, …]` unquoted is a list of words): a comma in
 * prose or a list of values follows no such name.
 */
function pairNameBefore(lower: string, comma: number): boolean {
  const end = nameEndBefore(lower, comma);
  let k = end;
  while (k > 0 && end - k < MAX_HEADER_NAME && isHeaderNameChar(lower.charCodeAt(k - 1))) k--;
  if (k === end || k === 0) return false;
  const q = lower.charCodeAt(k - 1);
  if (q === 0x22 || q === 0x27) {
    k--;
    for (let n = 0; n < 3 && k > 0 && lower.charCodeAt(k - 1) === 0x5c; n++) k--;
    if (k > 0 && lower.charCodeAt(k - 1) === 0x62 /* b */) k--;
  } else if (!/[-_]/.test(lower.slice(k, end))) return false; // `[token, …]` is a list; a header's name has parts
  const open = lower.charCodeAt(k - 1);
  return open === 0x28 || open === 0x7b || open === 0x5b;
}

/**
 * Whether the separator at `sep` comes right after a letter or digit no TOKEN_NAME_ENDS name ends with (`Host:`,
 * `Content-Type:`, `12:34`, `?page=`): then the name before it is that word's (nameEndBefore passes over only blanks, a
 * quote and backslashes) and tokenNameEndingAt refuses it. Told inline, most of a paste's separators cost no call.
 */
export function namedByOtherWord(lower: string, sep: number): boolean {
  const c = lower.charCodeAt(sep - 1);
  return (
    ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) &&
    c !== 0x6e /* n */ &&
    c !== 0x79 /* y */ &&
    c !== 0x64 /* d */ &&
    c !== 0x74 /* t */ &&
    c !== 0x73 /* s: OpenFGA's preshared_keys */ &&
    c !== 0x65 /* e: Agora's app_certificate */
  );
}

/** The longest header's name read either side of a line break that cut it (`Ocp-Apim-Subscription-Key` is 25). */
const MAX_HEADER_NAME = 32;

/** A character of a header's name, lower-cased: a letter, a digit, `-` or `_`. */
function isHeaderNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/**
 * Where the line break that ends right before `k` starts (a real one, CRLF, or a JSON string's escaped `\n` or `\r\n`
 * with up to MAX_BREAK_BACKSLASHES backslashes, then the next line's indent and quote markers), or -1.
 */
function breakStartBefore(lower: string, k: number): number {
  let p = k;
  const floor = Math.max(0, k - MAX_VALUE_INDENT);
  while (p > floor && (isBlank(lower.charCodeAt(p - 1)) || lower.charCodeAt(p - 1) === 0x3e)) p--;
  if (p > 0 && lower.charCodeAt(p - 1) === 0x0a) return p > 1 && lower.charCodeAt(p - 2) === 0x0d ? p - 2 : p - 1;
  if (p < 2 || lower.charCodeAt(p - 1) !== 0x6e || lower.charCodeAt(p - 2) !== 0x5c) return -1;
  p -= 2;
  for (let n = 1; n < MAX_BREAK_BACKSLASHES && p > 0 && lower.charCodeAt(p - 1) === 0x5c; n++) p--;
  if (p >= 2 && lower.charCodeAt(p - 1) === 0x72 && lower.charCodeAt(p - 2) === 0x5c) {
    p -= 2;
    for (let n = 1; n < MAX_BREAK_BACKSLASHES && p > 0 && lower.charCodeAt(p - 1) === 0x5c; n++) p--;
  }
  return p;
}

/**
 * Every TOKEN_NAME_ENDS name's proper suffixes: what a wrap can have left of one on the separator's line. A name whose
 * line holds none is told without reading the line before it (a header's `Authorization:`, `X-Request-Id:` after a
 * line ending in a letter: each was joined to it and searched for the names).
 */
const TOKEN_NAME_TAILS = new Set(
  TOKEN_NAME_ENDS.flatMap((name) => [...name].map((_, i) => name.slice(i + 1)).slice(0, -1)),
);
const LONGEST_TOKEN_NAME = Math.max(...TOKEN_NAME_ENDS.map((name) => name.length));

/**
 * The TOKEN_NAME_ENDS name a header's name ends in that a wrap cut (`X-Ap⏎  i-Key: …`, `Ocp-Apim-Subscript\nion-Key:
 * …` inside a JSON log's message), the line break inside the name's end: the word after the break, joined to the one
 * before it, ends in the name, the word alone does not. Only the break itself is dropped, no hyphen: a typesetter's
 * hyphenation (`Authori-⏎zation`) is no terminal's or chat client's wrap, and dropping a line's last hyphen would join
 * ordinary hyphenated words. Round "fuzz17", gen17.mjs shape "hdrwrap": a JSON log quoted whole showed the value (11
 * cases in 2000 in harsh mode). Read only where tokenNameEndingAt found no name; bounded by MAX_HEADER_NAME before the break.
 */
function wrappedTokenNameEndingAt(lower: string, end: number): string | null {
  const last = lower.charCodeAt(end - 1);
  if (last !== 0x6e /* n */ && last !== 0x79 /* y */ && last !== 0x64 /* d */ && last !== 0x74 /* t */) return null;
  let t = end;
  // A tail as long as the longest name is none (TOKEN_NAME_TAILS): the walk stops there.
  while (t > 0 && end - t < LONGEST_TOKEN_NAME && isHeaderNameChar(lower.charCodeAt(t - 1))) t--;
  // The letter of an escaped break glued to the name's tail (`X-Goog-Api-K\\ney:`) is the break's.
  if (t > 0 && lower.charCodeAt(t - 1) === 0x5c && lower.charCodeAt(t) === 0x6e) t++;
  if (t === end || end - t >= LONGEST_TOKEN_NAME || !TOKEN_NAME_TAILS.has(lower.slice(t, end))) return null;
  const br = breakStartBefore(lower, t);
  if (br <= 0 || !isHeaderNameChar(lower.charCodeAt(br - 1))) return null;
  let h = br;
  while (h > 0 && br - h < MAX_HEADER_NAME && isHeaderNameChar(lower.charCodeAt(h - 1))) h--;
  const joined = lower.slice(h, br) + lower.slice(t, end);
  const name = tokenNameEndingAt(joined, joined.length);
  if (name === null || name.length <= end - t) return null;
  // The name starts the joined word or one of its parts (`x-api-key`, `mqtt_password`): glued to a word it is none
  // (`mypas⏎sword=`, as addJoinedName reads a wrapped NAMED_SECRETS name).
  const at = joined.length - name.length;
  return at === 0 || isParamMark(joined.charCodeAt(at - 1)) ? name : null;
}

/** A setting's or an env entry's whole name, lower-case, names a credential. */
function isCredentialName(name: string): boolean {
  return SECRET_NAMES.includes(name) || tokenNameEndingAt(name, name.length) !== null;
}

/** The TOKEN_NAME_ENDS name `lower` has right before `end`, or null (the longest when two end there). */
export function tokenNameEndingAt(lower: string, end: number): string | null {
  // Every name ends in n, y, d, t or s: most separators are passed over on their last letter.
  const names = NAMES_BY_LAST_LETTER.get(lower.charCodeAt(end - 1));
  if (names === undefined) return null;
  for (const name of names) if (end >= name.length && lower.startsWith(name, end - name.length)) return name;
  return null;
}

/**
 * TOKEN_NAME_ENDS by their last letter, longest first: the first that ends a name is the longest. All twenty tried at
 * each separator were most of the reader once the list grew (fuzz17, fuzz18).
 */
const NAMES_BY_LAST_LETTER = new Map<number, string[]>();
for (const name of [...TOKEN_NAME_ENDS].sort((a, b) => b.length - a.length)) {
  const last = name.charCodeAt(name.length - 1);
  const names = NAMES_BY_LAST_LETTER.get(last);
  if (names) names.push(name);
  else NAMES_BY_LAST_LETTER.set(last, [name]);
}

/**
 * Where a value starts after a `:` or `=` at `sep`: past up to three blanks, a line break a wrap put right after the
 * separator (real or escaped, with the next line's indent and quote markers: `{\"PRIVATE-TOKEN\":\n\"…`, round
 * "fuzz13", gen11.mjs shape "namedwrap": the value was read as none), backslashes and a quote.
 */
function valueAfterSeparator(text: string, sep: number): number {
  let k = sep + 1;
  // A hash's rocket (Ruby's `"X-Api-Key"=>"…"`, PHP print_r's `[X-Api-Key] => …`): its `>` is the separator's.
  if (text.charCodeAt(sep) === 0x3d && text.charCodeAt(k) === 0x3e) k++;
  // A shell's escaped blank is one (`error_description=Invalid\\ token:\\ …`, round "fuzz14" shape "shellsp").
  const blanks = blankAfter(text, k);
  // More blanks when the values are aligned (`token:        <credential>`, or a flattened file's indentation).
  if (blanks > 0) for (k = blanks; k - sep <= MAX_ALIGN && isBlank(text.charCodeAt(k)); ) k++;
  k = blockScalarHeaderEnd(text, k);
  const b = breakEnd(text, k);
  if (b > k) {
    k = b;
    for (let n = 0; n < MAX_VALUE_INDENT && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 0x3e); n++) k++;
  }
  return skipQuoting(text, dumpOpenerEnd(text, k));
}

/**
 * Past a YAML block scalar's header at `k` (`|`, `>`, with a chomping `-`/`+` and an indentation digit, then blanks: YAML
 * 1.2 §8.1.1), whose value starts on the next line (`token: >-⏎    <credential>`, a kubeconfig's or a chart's values
 * file; round "fuzz21", gen.mjs shapes yaml-folded, yaml-literal: 110 in 400). `k` when there is none before a break.
 */
function blockScalarHeaderEnd(text: string, k: number): number {
  const c = text.charCodeAt(k);
  if (c !== 0x7c && c !== 0x3e) return k;
  let e = k + 1;
  for (let n = 0; n < 2; n++) {
    const d = text.charCodeAt(e);
    if (d === 0x2d || d === 0x2b || (d >= 0x31 && d <= 0x39)) e++;
  }
  const blanks = e;
  while (e < text.length && e - k < 8 + MAX_FLATTENED_GAP && isBlank(text.charCodeAt(e))) e++;
  if (breakEnd(text, e) > e) return e;
  // A log that flattened the file's lines into blanks (`token: >-     <credential>   audience: …`): the value follows.
  // Standard base64's `+` and `/` may start it too (an Azure Storage key).
  const first = text.charCodeAt(e);
  return e - blanks >= 2 && (isBase64url(first) || first === 0x2b || first === 0x2f) ? e : k;
}

/** The most blanks a flattened block scalar's pieces are read after: its indentation and the blank its line break became. */
const MAX_FLATTENED_GAP = 16;
/** The most pieces of a flattened block scalar read: a long key folded at 24 characters. */
const MAX_FLATTENED_PIECES = 32;

/**
 * The blanks between a flattened block scalar's header and its value at `start` (`token: >-     <credential>`,
 * blockScalarHeaderEnd's second case), 0 when no such header stands before it.
 */
function flattenedBlockGap(text: string, start: number): number {
  let g = start;
  while (g > 0 && start - g <= MAX_FLATTENED_GAP && isBlank(text.charCodeAt(g - 1))) g--;
  const gap = start - g;
  if (gap < 2 || gap > MAX_FLATTENED_GAP) return 0;
  let h = g;
  for (let n = 0; n < 2; n++) {
    const d = text.charCodeAt(h - 1);
    if (d === 0x2d || d === 0x2b || (d >= 0x31 && d <= 0x39)) h--;
  }
  const c = text.charCodeAt(h - 1);
  return (c === 0x7c || c === 0x3e) && isBlank(text.charCodeAt(h - 2)) ? gap : 0;
}

/**
 * The rest of a block scalar's value that a log flattened onto one line after its header (`token: >-     sk-ant-…     d6v0…
 * 3GsS…   audience: orders`): each folded line became a piece after as many blanks as the header's (the block's
 * indentation and the blank its line break became), and the block ends where the gap changes (the next key, less
 * indented) or a piece is a key (`name:`). The first piece alone was read, and a quote of the line showed the others
 * (round "fuzz23", fuzz21's gen.mjs shapes yaml-folded, yaml-literal: 26 in 396). Null when there is none.
 */
function flattenedBlockRest(text: string, start: number, end: number): string | null {
  const gap = flattenedBlockGap(text, start);
  if (gap === 0) return null;
  const limit = Math.min(text.length, end + MAX_REST);
  let rest = '';
  for (let p = end, n = 0; n < MAX_FLATTENED_PIECES; n++) {
    let k = p;
    while (k < limit && k - p <= gap && isBlank(text.charCodeAt(k))) k++;
    if (k - p !== gap) break;
    let e = k;
    while (e < limit && isQueryValueChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x60) e++;
    if (e === k || text.charCodeAt(e - 1) === 0x3a) break;
    rest += text.slice(k, e);
    p = e;
  }
  return rest === '' ? null : rest;
}

/**
 * Past what a language's dump of a header map puts before a value's quote: PHP's var_dump type, Go's `%v` list (`map[X-Api-Key:[…]]`), its `%#v`
 * (`http.Header{"X-Api-Key":[]string{"…"}}`), Java's `Map<String, List<String>>` (`{X-Api-Key=[…]}`), Python's bytes
 * (`{'x-api-key': b'…'}`), each before the value's quote.
 */
function dumpOpenerEnd(text: string, k: number): number {
  // PHP's var_dump types each string with its length (`["X-Api-Key"]=>⏎  string(40) "…"`).
  if (text.startsWith('string(', k)) {
    let e = k + 7;
    while (e < k + 14 && isDigit(text.charCodeAt(e))) e++;
    if (e > k + 7 && text.charCodeAt(e) === 0x29 && text.charCodeAt(e + 1) === 0x20) return e + 2;
  }
  if (text.startsWith('[]string{', k)) k += 9;
  else if (text.charCodeAt(k) === 0x5b /* [ */) k++;
  const q = text.charCodeAt(k + 1);
  return text.charCodeAt(k) === 0x62 /* b */ && (q === 0x22 || q === 0x27) ? k + 1 : k;
}

/** Past up to three backslashes and one quote or backtick (Slack's inline code) from `k`. */
function skipQuoting(text: string, k: number): number {
  for (let n = 0; n < 3 && text.charCodeAt(k) === 0x5c; n++) k++;
  const c = text.charCodeAt(k);
  return c === 0x22 || c === 0x27 || c === 0x60 || isCornerBracket(c) ? k + 1 : k;
}

/**
 * Where a Telegram bot token's id and colon end in `value` (telegram-bot-tokens.ts cites the shape: 5 to 16 digits, `:`,
 * `A`…), or 0. A token its name holds cut short of its 35 characters (a wrap, a log pasted newest first and flattened:
 * `TELEGRAM_BOT_TOKEN: 5604…:AA5Zh8JlVNyevLmLu <older line>`) is no whole token for that reader, and the colon made it a
 * time's or a URL's here: a quote showed it (round fuzz28, gen28.mjs framings rev-flat*, shape tg: 6 in 66 each).
 */
function botIdEnd(value: string): number {
  let k = 0;
  while (k < value.length && k <= 16 && value.charCodeAt(k) >= 0x30 && value.charCodeAt(k) <= 0x39) k++;
  return k >= 5 && k <= 16 && value.charCodeAt(k) === 0x3a && value.charCodeAt(k + 1) === 0x41 ? k + 1 : 0;
}

/**
 * Whether `value` is a credential that is the base64 of a JSON object, with no dot: no JWT, which the token finder
 * reads, and no JOSE header alone (`alg`, `enc`: a token's head a wrap or a mask left). QStash's token is so
 * (`QSTASH_TOKEN="eyJVc2VySUQiOi…In0="`, the base64 of `{"UserID":…,"Password":…}`, as public .env examples for
 * `new Client({ token: process.env.QSTASH_TOKEN })` of @upstash/qstash hold it): refused as a JWT's part, a quote of
 * `token: …` or of a label showed it (round fuzz29, gen29.mjs qstash-token: 12 in 88).
 */
export function isEncodedJsonCredential(value: string): boolean {
  if (!value.startsWith('eyJ') || value.includes('.') || value.length < MIN_NAMED_TOKEN) return false;
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 0x3d) end--;
  const decoded = decodeJsonSegment(value.slice(0, end).replaceAll('+', '-').replaceAll('/', '_'));
  return decoded.ok && !('alg' in decoded.value) && !('enc' in decoded.value);
}

/**
 * A value after a name ending in `token` that is a credential rather than a word or a reason (`invalid_signature`), a
 * time, a URL or a URN (a colon in it): a letter and a digit in 16 characters or more, or letters alone whose case
 * changes as no word's does (irregularCase: a token cut before its first digit, round "fuzz13", gen13.mjs shape
 * "logcut"). A JWT is the token finder's (a masked one is no secret).
 */
function looksLikeNamedToken(value: string): boolean {
  // Parse Server's revocable session tokens start `r:` (parse-community/parse-server#2543: "legacy session tokens, (not
  // starting with 'r:')"; #1617: `"sessionToken": "r:NmElS2PLfszu5fPnwtGbaa4L9"`), a bot's token its id (botIdEnd): the
  // colon is no URL's or time's (`X-Parse-Session-Token: r:…` joined with Parse's 209: gen26.mjs parse-session, errfirst).
  const prefix = value.startsWith('r:') ? 2 : botIdEnd(value);
  if (prefix > 0) return looksLikeNamedToken(value.slice(prefix));
  if (
    value.length < MIN_NAMED_TOKEN ||
    (value.startsWith('eyJ') && !isEncodedJsonCredential(value)) ||
    value.includes(':')
  )
    return false;
  let letter = false;
  let digit = false;
  for (let i = 0; i < value.length && !(letter && digit); i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letter = true;
    else if (c >= 0x30 && c <= 0x39) digit = true;
  }
  if (!letter) return false;
  if (digit) return true;
  // Letters (and `-`, `_`) alone: random when the letters' case changes as no word's does (a token cut before its first
  // digit). Without the marks, so `X-API-KEY-ROTATION` is one upper-case word.
  if (!/^[A-Za-z_-]+$/.test(value)) return false;
  const letters = value.replace(/[_-]/g, '');
  return irregularCase(letters, 0, letters.length);
}

/**
 * A value after a credential's name and a blank alone (`password gEkW7k7MYBo3-Iv73y#7`, `my client secret is …`,
 * `invalid refresh_token 'Xy…'`): prose uses the names as words (`the password reset`, `the refresh_token "rotation"
 * setting`), so only a value that looks random is one: a named token's shape, or MIN_VALUE characters or more with
 * both cases and a digit (a password shorter than a token). Round "fuzz14", gen14.mjs shape "prosepw": a writer's
 * sentence quoted as the status's evidence showed the password (71 cases in 150).
 */
function looksLikeBlankNamedValue(value: string): boolean {
  if (looksLikeNamedToken(value)) return true;
  return (
    value.length >= MIN_VALUE && !value.startsWith('eyJ') && !value.includes(':') && looksRandom(value, 0, value.length)
  );
}

/**
 * The credential's name right before the `%3D` or `%3A` at `k` (addEncodedNamedValuesIn): 'secret' for a name of
 * NAMED_SECRETS (any value of a word's length), 'token' for one TOKEN_NAME_ENDS ends (a value that looks random), or
 * null. A NAMED_SECRETS name starts a word or follows an encoded separator (`%26client_secret`).
 */
function encodedSecretNameEndingAt(lower: string, k: number): 'secret' | 'token' | null {
  for (const name of SECRET_NAMES) {
    if (k < name.length || !lower.startsWith(name, k - name.length)) continue;
    const before = k - name.length - 1;
    if (before < 0 || !isWordChar(lower.charCodeAt(before)) || (before >= 2 && lower.charCodeAt(before - 2) === 0x25))
      return 'secret';
  }
  return tokenNameEndingAt(lower, k) === null ? null : 'token';
}

/** The password of a Basic credential's base64 `user:password`, or null when `value` decodes to no such pair. */
export function basicPassword(value: string): string | null {
  if (value.length < 12 || value.length % 4 !== 0) return null;
  const pair = Buffer.from(value, 'base64').toString('latin1');
  const colon = pair.indexOf(':');
  if (colon <= 0 || colon === pair.length - 1 || !/^[\x21-\x7e]+$/.test(pair)) return null;
  return pair.slice(colon + 1);
}

/** `value` percent-decoded (a form's `+` a blank), or null when it does not decode. */
function decodedOrNull(value: string): string | null {
  if (!value.includes('%') && !value.includes('+')) return null;
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/** The most characters of a URL's userinfo read (`user:password`). */
const MAX_USERINFO = 256;

/**
 * The offset of the `@` that ends a URL's userinfo starting at `from` (after `://`), or -1: the last `@` before a host's
 * or path's end (`/`, `?`, a blank, a quote, `<`, `>`), as WHATWG's URL parser takes the last one. A password pasted
 * unencoded keeps its `@` and `#` (`bob:p@ss:…@host`, `bob:S3cr3t!Passw0rd#2026@host`): the first `@`, or a stop at
 * `#`, left the rest of it shown (round "fuzz11", gen11.mjs shape "userpw": 10 cases in 200).
 */
function userinfoEnd(text: string, from: number, gaps: number[]): number {
  const limit = Math.min(text.length, from + MAX_USERINFO);
  let at = -1;
  let colon = false;
  for (let k = from; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x40 /* @ */) at = k;
    else if (c === 0x3a /* : */) colon = true;
    // A wrap inside the password, before any `@` (`https://bob:eM3v⏎> mVDm…!@host`): past the break and the next
    // line's indent and quote markers, each gap kept to be cut out (round "fuzz13", gen11.mjs shape "userwrap").
    else if (colon && at < 0 && gaps.length < 2 * MAX_USERINFO_BREAKS && breakEnd(text, k) > k) {
      let m = breakEnd(text, k);
      for (let n = 0; n < MAX_VALUE_INDENT && (isBlank(text.charCodeAt(m)) || text.charCodeAt(m) === 0x3e); n++) m++;
      gaps.push(k, m);
      k = m - 1;
    } else if (c <= 0x20 || c === 0x2f || c === 0x3f || c === 0x22 || c === 0x27 || c === 0x3c || c === 0x3e) break;
  }
  return at;
}

/** The most line breaks a URL's password is read across. */
const MAX_USERINFO_BREAKS = 3;

/**
 * Where the value of curl's `-u` or `--user` starts, for a `-u` found at `q` (`-u user:pass`, `-uuser:pass`,
 * `--user user:pass`, `--user=…`, quoted or not), or -1 when it is no such option: it starts a word.
 */
function curlUserValueStart(text: string, q: number): number {
  let k = q + 2;
  let start = q;
  if (q > 0 && text.charCodeAt(q - 1) === 0x2d /* - */) {
    if (!text.startsWith('ser', k)) return -1;
    start = q - 1;
    k += 3;
    if (text.charCodeAt(k) === 0x3d /* = */) k++;
    else if (!isBlank(text.charCodeAt(k))) return -1;
  }
  // A line's start too: a shell's continuation or a wrap put the option there (`…/myself' ⏎--user 'me@…:ATATT3…'`), and
  // the token was read only up to its wrap by the e-mail's reader, its rest shown (fuzz28's leftover, gen28x.mjs
  // phone-zwsp atl-curl-u: 2 in 8).
  const before = text.charCodeAt(start - 1);
  if (start > 0 && !isBlank(before) && before !== 0x0a && before !== 0x0d) return -1;
  return curlUserArgStart(text, k);
}

/** How far back from a `-a` its command is looked for on its line. */
const MAX_COMMAND_REACH = 256;
/** HTTPie's commands (and xh's, its Rust port with the same options), a word each. */
const HTTPIE_COMMAND = /(?:^|[\s"'`$>])(?:https?|xhs?)[ \t]/;

/** Whether the line of the `-a` at `q` runs HTTPie: its command word stands before it, after the line's start. */
function httpieCommandBefore(text: string, q: number): boolean {
  // Within the reach only: a search back for the line's start ran to the paste's start for each `-a` of a long line.
  const before = text.slice(Math.max(0, q - MAX_COMMAND_REACH), q);
  return HTTPIE_COMMAND.test(before.slice(before.lastIndexOf('\n') + 1));
}

/** The most characters between a Postman pair's `key`, its name, its `value` and the credential (blanks, a type). */
const MAX_KEY_GAP = 48;

/** The longest domain read after an email address's `@` (RFC 1035's name limit). */
const MAX_DOMAIN = 253;
/** The longest password read after an email address's `:`. */
const MAX_EMAIL_PASSWORD = 256;

/** A character of a domain name, or an email address's user before its `@`. */
function isAddressChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2e ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2b
  );
}

/**
 * The password of an `email:password` pair whose `@` is at `at` (`bob@acme-corp.com:MQlr5dLhZutpTrkr2Ihg`, a Basic
 * credential's user-pass, RFC 7617 §2, written out as curl's `-u` takes it), or null. Slack sends an address typed in a
 * message as `<mailto:…|…>`, which normalize.ts turns back into the address, so a `curl -u` pasted without its option or
 * quoted in prose reads so, and a quote of its line showed the password (round "fuzz20", gen.mjs shape "slackurlpw":
 * 17 in 450). Only a password that looks random (upper and lower case and a digit, or case that changes as no word's
 * does: irregularCase; 8 characters or more): a port
 * (`:8080`), a path (`git@github.com:acme/orders.git`), a word or a time after the address are none.
 */
function emailPasswordAt(text: string, at: number): string | null {
  if (!isAddressChar(text.charCodeAt(at - 1))) return null;
  let k = at + 1;
  let dot = false;
  const domainEnd = Math.min(text.length, k + MAX_DOMAIN);
  for (; k < domainEnd && isAddressChar(text.charCodeAt(k)); k++) if (text.charCodeAt(k) === 0x2e) dot = true;
  if (!dot || text.charCodeAt(k) !== 0x3a /* : */) return null;
  const start = k + 1;
  let e = start;
  const limit = Math.min(text.length, start + MAX_EMAIL_PASSWORD);
  while (e < limit && isCurlPasswordChar(text.charCodeAt(e), false)) e++;
  // A URL's userinfo (`…:pass@host`) is the URL reader's; a value cut short is no password.
  if (e - start < MIN_VALUE || text.charCodeAt(e) === 0x40) return null;
  return looksRandom(text, start, e) || irregularCase(text, start, e) ? text.slice(start, e) : null;
}

/** The most letters of curl's `--user` either side of a break that cut it. */
const MAX_CUT_OPTION = 6;

/**
 * Where the value of curl's `-u` or `--user` starts when a wrap cut the option's name (`-⏎u user:pass`, `--us⏎er …`,
 * raw or a JSON string's escaped `\n`), for a candidate found at `q` (a `-` before a break, or `--u`), or -1: the word
 * before the break and the one after it, joined, are no such option. A JSON log of the command, wrapped, showed the
 * password in its quote (round "fuzz20", gen.mjs shape "curlu", harsh: 7 in 100).
 */
function cutCurlUserValueStart(text: string, q: number): number {
  if (q > 0 && !isBlank(text.charCodeAt(q - 1)) && text.charCodeAt(q - 1) !== 0x2d) return -1;
  let h = q;
  const hl = Math.min(text.length, q + MAX_CUT_OPTION);
  while (h < hl && (text.charCodeAt(h) === 0x2d || (text.charCodeAt(h) >= 0x61 && text.charCodeAt(h) <= 0x7a))) h++;
  const b = text.charCodeAt(h) === 0x0d ? h + 1 : h;
  const k = breakEnd(text, b);
  if (k === b) return -1;
  let t = k;
  const tl = Math.min(text.length, k + MAX_CUT_OPTION);
  while (t < tl && text.charCodeAt(t) >= 0x61 && text.charCodeAt(t) <= 0x7a) t++;
  const option = text.slice(q > 0 && text.charCodeAt(q - 1) === 0x2d ? q - 1 : q, h) + text.slice(k, t);
  if (option !== '-u' && option !== '--user') return -1;
  if (option === '--user' && text.charCodeAt(t) === 0x3d /* = */) return curlUserArgStart(text, t + 1);
  return isBlank(text.charCodeAt(t)) ? curlUserArgStart(text, t) : -1;
}

/** Where curl's `-u` value starts, for the option's name ending at `k`: past blanks, a continuation, a quote. */
function curlUserArgStart(text: string, k: number): number {
  for (let n = 0; n < 3 && isBlank(text.charCodeAt(k)); n++) k++;
  // A shell's line continuation between the option and its value (`-u \⏎  user:pass`): the shell joins the lines and
  // curl reads the next line's first word as the value, as on one line.
  if (text.charCodeAt(k) === 0x5c /* \ */) {
    let j = k + 1;
    if (text.charCodeAt(j) === 0x0d) j++;
    if (text.charCodeAt(j) === 0x0a) {
      k = j + 1;
      for (let n = 0; n < 16 && isBlank(text.charCodeAt(k)); n++) k++;
    }
  }
  // A command logged inside a JSON string quotes its value escaped (`"msg":"curl -u \"user:pass\" …"`).
  if (text.charCodeAt(k) === 0x5c /* \ */ && (text.charCodeAt(k + 1) === 0x22 || text.charCodeAt(k + 1) === 0x27))
    return k + 2;
  const c = text.charCodeAt(k);
  return c === 0x22 || c === 0x27 ? k + 1 : k;
}

/**
 * A character of curl's `-u` password: a shell word's, which a URL's query ends do not end (`user:eBi7G#K7U…`: a `#`
 * inside a word is no comment, and in quotes `&`, `;`, `(` are the password's too). A quote, a backslash (a JSON
 * string's escaped closing quote) and a blank end it. The query's ends left the rest of such a password shown, its head
 * too short to be registered (round "fuzz20", gen.mjs shape "curlu").
 */
function isCurlPasswordChar(c: number, quoted: boolean): boolean {
  if (c <= 0x20 || c === 0x22 || c === 0x27 || c === 0x5c) return false;
  if (quoted) return true;
  return c !== 0x26 && c !== 0x3b && c !== 0x7c && c !== 0x28 && c !== 0x29 && c !== 0x3c && c !== 0x3e && c !== 0x60;
}

/**
 * A character of a curl `-u` value's shell word as a URL's query reads it, and a comma: the shell does not end a word
 * at one, and a query's reader that did left `-u ad,min:pass` unregistered and a wrapped password's rest after its
 * comma shown (round "left-w", from fuzz20).
 */
function isCurlWordChar(c: number): boolean {
  return c === 0x2c || isQueryValueChar(c);
}

/** A character of a curl `-u` value's user: a shell word's, and a backslash, a wrap marker's escaped break (`al\nice`). */
function isCurlUserChar(c: number): boolean {
  return c === 0x5c || isCurlWordChar(c);
}

/**
 * The most line breaks a curl password's rest is read across (passwordRest): as many as a named value's
 * (MAX_VALUE_PIECES). An Atlassian API token (`ATATT3xFfGF0…`, ~190 characters) after `--user 'me@…:'` wrapped at 40
 * columns spans six lines, and three left its fifth shown (round fuzz26, gen26.mjs shape atl-curl-u, wrap40: 1 in 1).
 */
const MAX_PASSWORD_BREAKS = 6;

/**
 * The rest of a curl `-u user:pass` password that a hard wrap carried past the line break it runs into (`'alice:hun⏎
 * ter2-6OSu…'`, glued to a shell's `\`, a JSON log's escaped `\n`, the next line's indent or quote markers): each line's
 * part, none when there is no such rest. The value was read up to the break, and the curl reader, which reads a quoted argument across lines as a shell does,
 * quoted the command whole: the rest was shown (round "fuzz12", gen12.mjs shape "uwrap": 15 cases in 200). A quoted
 * value still open at the break goes on whatever follows; an unquoted one only with a run that holds a character other
 * than a letter and is no option, URL or status line (`⏎-H …`, `⏎https://…`, `⏎HTTP/1.1 401`). A break after a blank is
 * a shell's continuation, no wrap. Bounded: MAX_PASSWORD_BREAKS runs within MAX_REST.
 */
function passwordRest(text: string, end: number, quoted: boolean): string[] {
  const rest: string[] = [];
  const limit = Math.min(text.length, end + MAX_REST);
  for (let p = end, n = 0; n < MAX_PASSWORD_BREAKS; n++) {
    let b = p;
    if (text.charCodeAt(b) === 0x5c /* \ */ && (text.charCodeAt(b + 1) === 0x0a || text.charCodeAt(b + 1) === 0x0d))
      b++;
    if (text.charCodeAt(b) === 0x0d) b++;
    let k = breakEnd(text, b);
    if (k === b) break;
    k = markersEnd(text, k);
    let e = k;
    while (e < limit && isCurlWordChar(text.charCodeAt(e))) e++;
    // Unquoted, a comma that ends the run is the sentence's, not the password's.
    if (!quoted && e > k + 1 && text.charCodeAt(e - 1) === 0x2c) e--;
    if (e === k || !(quoted || looksLikePasswordRest(text, k, e))) break;
    rest.push(text.slice(k, e));
    p = e;
  }
  return rest;
}

/** The end of a wrapped line's indent and quote markers at `k` (`  `, `> `, `&gt; `, a JSON string's `\t`): MAX_VALUE_INDENT at most. */
function markersEnd(text: string, k: number): number {
  const limit = Math.min(text.length, k + MAX_VALUE_INDENT);
  while (k < limit) {
    const c = text.charCodeAt(k);
    if (isIndent(c) || c === 0x3c /* < */) k++;
    else if (c === 0x5c && text.charCodeAt(k + 1) === 0x74 /* \t */) k += 2;
    else if (c === 0x26 && (text.startsWith('&gt;', k) || text.startsWith('&lt;', k))) k += 4;
    else break;
  }
  return k;
}

/** Whether text[k, e) after a break goes on an unquoted password: a character other than a letter, and no option, URL or status line. */
function looksLikePasswordRest(text: string, k: number, e: number): boolean {
  if (text.startsWith('HTTP/', k)) return false;
  let other = false;
  let upper = false;
  let digit = false;
  for (let i = k; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x30 && c <= 0x39) digit = true;
    if ((c | 0x20) < 0x61 || (c | 0x20) > 0x7a) other = true;
    if (c === 0x3a && text.startsWith('://', i)) return false;
  }
  // An option (`-H`, `--header`, `-HAccept:json`, `-o/tmp/out_2.json`); a password's part has upper case and a digit.
  if (text.charCodeAt(k) === 0x2d /* - */) return e - k >= WINDOW && upper && digit;
  return other;
}

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** How many token characters before a glued name make the word before it a token's end, not a word (`mypass`). */
const GLUED_RUN = 24;

/** The most wrap gaps read back inside the token before a glued name (gluedToToken). */
const MAX_GLUED_GAPS = 2;

/**
 * Whether the GLUED_RUN token characters (base64url or a dot) before `at` are a token's end, read back over a wrap's
 * gap or two among them (a line break, blanks, a quote's `>`, a JSON or logfmt escape: `…sig⏎tail` + `pas⏎sword=`,
 * `…sig\ntail` + `client_a\nssertion=`): the token's last line is shorter than the run (round "fuzz7", gen3m seed 52:
 * 6 cases of 12 showed the password after such a name). Bounded: GLUED_RUN characters and MAX_NAME_GAP a gap.
 */
function gluedToToken(text: string, at: number): boolean {
  let run = 0;
  let gaps = 0;
  let i = at;
  while (run < GLUED_RUN) {
    if (i === 0) return false;
    const c = text.charCodeAt(i - 1);
    if (isEscapeLetter(c) && i >= 2 && text.charCodeAt(i - 2) === 0x5c) {
      if (++gaps > MAX_GLUED_GAPS) return false;
      const gapEnd = i;
      i -= 2;
      while (i > 0 && gapEnd - i < MAX_NAME_GAP && isGapChar(text.charCodeAt(i - 1))) i--;
    } else if (isBase64url(c) || c === 0x2e) {
      run++;
      i--;
    } else if (isGapChar(c)) {
      if (++gaps > MAX_GLUED_GAPS) return false;
      const gapEnd = i;
      while (i > 0 && gapEnd - i < MAX_NAME_GAP && isGapChar(text.charCodeAt(i - 1))) i--;
      // An escape's letter ends the gap read back: the loop reads it as one.
      if (i >= 2 && isEscapeLetter(text.charCodeAt(i - 1)) && text.charCodeAt(i - 2) === 0x5c) gaps--;
    } else return false;
  }
  return true;
}

/** The letter of a JSON or logfmt escape of a blank or a line break (`\n`, `\r`, `\t`). */
function isEscapeLetter(c: number): boolean {
  return c === 0x6e || c === 0x72 || c === 0x74;
}

/** A character a wrap's gap inside a token is made of: blanks, line breaks, a quote's marker, an escape's backslashes. */
function isGapChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e || c === 0x5c;
}

/** What `\b` takes for a word character: ASCII letters, digits and `_`. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Two ascending lists as one (linear: a sort of a paste's thousand names would not be). */
function merged(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))) out.push(a[i++] as number);
    else out.push(b[j++] as number);
  }
  return out;
}

/**
 * Keeps pasted credentials out of every string the engine returns.
 *
 * The first line of defence is that checks quote evidence through `redact`; the second is `scrub`, run
 * over the finished report, so a secret that slipped into a title or a decoded claim is still replaced.
 *
 * Whole strings are not enough. Evidence is quoted from the paste as it is, where a token may be wrapped
 * over lines (`Bearer e⏎yJhbGci…`) or glued to the text around it (`<token>x`, `<signature><token>`), so
 * the token the engine read, and registered, is not the string that gets quoted; and a token's signature
 * quoted on its own elsewhere (`invalid signature '…'`) is then not the signature the redactor knows.
 * So `addToken` also indexes the token's pieces (pieces.ts), and any run of base64url characters that
 * holds one is replaced whole: whatever the cut or the glue, a piece long enough to matter is caught.
 */
/** A test of a report's strings that SecretRedactor.leavesAlone runs in its walk: on those `from` characters long or more. */
export interface StringTest {
  from: number;
  holds(text: string): boolean;
}

export class SecretRedactor {
  private readonly secrets = new StringTable<string>();
  /** The secrets longest first (so a whole token is replaced before its signature alone); rebuilt after an add. */
  private ordered: Array<[string, string]> | null = null;
  /** Length of the shortest secret: a shorter string cannot hold one. */
  private shortest = Number.POSITIVE_INFINITY;
  /** For `reaches`, set by `scrub`: the length under which a string holds neither a secret nor a piece. */
  private holdsFrom = 0;
  /** Fingerprints already computed in this diagnosis: one token is named in many places (its label, its decoding, its evidence). */
  private readonly fingerprints = new StringTable<string>();
  /** Pieces of the registered tokens (see pieces.ts), each to the label of its token. */
  private readonly pieces = new PieceIndex();

  /** `fingerprintOf(raw)`, computed once per distinct string for the life of this redactor (one diagnosis). */
  fingerprint(raw: string): string {
    let fp = this.fingerprints.get(raw);
    if (fp === undefined) {
      fp = fingerprintOf(raw);
      this.fingerprints.add(raw, fp);
    }
    return fp;
  }

  /**
   * Registers a secret and the label that replaces it (`‹token sha256:1a2b3c4d›`). Short strings are
   * ignored: they cannot be told from ordinary words. So is a part of the report's own vocabulary, which
   * the report spells anyway (see vocabulary.ts).
   */
  add(secret: string, label?: string): void {
    if (secret.length < 8 || this.secrets.get(secret) !== undefined || inReportVocabulary(secret)) return;
    // A Mapbox public token under any name (MAPBOX_PUBLIC_TOKEN=, access_token=, accessToken) is evidence (find.ts).
    if (secret.charCodeAt(0) === 0x70 /* p */ && isMapboxPublicToken(secret)) return;
    this.secrets.add(secret, label ?? `‹secret ${this.fingerprint(secret)}›`);
    this.ordered = null;
    if (secret.length < this.shortest) this.shortest = secret.length;
  }

  /**
   * Registers a credential the engine found (a JWT, or an opaque bearer token): the whole of it, its
   * signature, and its pieces. A JWT whose signature is masked or absent (`header.payload.***`) has no
   * secret left, and its pieces are not indexed: the usual masked paste costs nothing here.
   */
  addToken(raw: string, label: string): void {
    if (raw.length < 8 || this.secrets.get(raw) !== undefined) return;
    this.add(raw, label);
    // The dots, not a split: only the third part is ever needed, and only when there are exactly three.
    const first = raw.indexOf('.');
    const second = first < 0 ? -1 : raw.indexOf('.', first + 1);
    if (second >= 0 && raw.indexOf('.', second + 1) < 0 && raw.length - second - 1 >= 16)
      this.add(raw.slice(second + 1), '‹signature›');
    if (mayHoldSignature(raw, first, second)) this.pieces.add(raw, label);
  }

  /**
   * Registers the tokens found in `text` (findTokensInText), and the rest of a token that looks cut
   * where it ends (see restOf).
   */
  addTokensFound(text: string, found: readonly TokenOccurrence[]): void {
    // Tokens come in order: each line break is found once in all, however many tokens share a line.
    let lineStart = 0;
    let nextBreak = text.indexOf('\n');
    let cut: CutToken[] | null = null;
    for (const t of found) {
      if (t.public === true) continue;
      const label = `‹token ${this.fingerprint(t.raw)}›`;
      this.addToken(t.raw, label);
      while (nextBreak >= 0 && nextBreak < t.start) {
        lineStart = nextBreak + 1;
        nextBreak = text.indexOf('\n', lineStart);
      }
      // Its `.`, `-` or `_` written as an HTML reference (an Akamai page's quoted URL): the token goes on after it.
      if (text.charCodeAt(t.end) === 0x26 /* & */) {
        const joined = unescapedToken(text, t.end, t.raw);
        if (joined !== null) {
          this.addToken(joined, label);
          continue;
        }
      }
      // A token ending in a mask (`***`, `…`) or a dot was not cut inside its signature; after a dot and a blank, its
      // signature may follow (signatureAfterBlank).
      if (t.end === text.length || !isBase64url(t.raw.charCodeAt(t.raw.length - 1))) {
        const signature = t.raw.endsWith('.') ? signatureAfterBlank(text, t.end, t.raw) : null;
        if (signature !== null) this.pieces.add(signature, label);
        // Cut right after its last dot (a spliced paste), a signed token's signature may be several lines on: it is
        // looked for as a cut one's rest is (far-rest.ts). The header is decoded only for a token ending in a dot
        // with text after it.
        else if (t.end < text.length && t.raw.endsWith('.')) {
          const missing = missingAfterDot(t.raw);
          if (missing >= PIECE) {
            cut ??= [];
            cut.push({ raw: t.raw, label, end: t.end, missing });
          }
        }
        continue;
      }
      // What could be its rest is found first, and whether it looks cut (which decodes its JOSE header, as
      // decodeCredential does again) is asked only when there is any: a signed token on a line of its own
      // (`Authorization: Bearer …⏎Accept: …`) has none.
      const rest = restOf(text, t.end);
      if (rest !== null) {
        if (looksCut(t.raw, t.end - lineStart)) for (const piece of rest) this.pieces.add(piece, label);
        continue;
      }
      // No rest beside it: a signature of a whole length is passed over unread (missingSignature), and a cut one's rest
      // is looked for further on (far-rest.ts), once for all of them.
      const missing = missingSignature(t.raw, t.end - lineStart);
      if (missing < PIECE) continue;
      cut ??= [];
      cut.push({ raw: t.raw, label, end: t.end, missing });
    }
    if (cut !== null) for (const { run, label } of farRests(text, cut, found)) this.pieces.add(run, label);
  }

  /**
   * Registers the tokens an HTML page or an escaper wrote with any of their characters as a reference: a `.` (Akamai's
   * quoted URL, `eyJ…&#46;eyJ…&#46;sig`), or a letter, a digit, `-` or `_` anywhere (`&#101;yJ…`, `eyJ&#104;…`,
   * `…&amp;#x7a;…`, `&lowbar;`), where the text's scan finds the token cut at each one and the runs between them quoted
   * as they are. The paste's token characters so written are read back (CHAR_REFERENCE: one pass, linear) and the
   * tokens of that text registered with their pieces, which any quoted run between two references then holds. Only a
   * paste holding a reference is read again (round "fuzz6": 1 case in 4 of entgen.mjs showed a signature's runs).
   */
  addEscapedTokensIn(text: string): void {
    if (!mayHoldReference(text)) return;
    CHAR_REFERENCE.lastIndex = 0;
    const decoded = text.replace(CHAR_REFERENCE, tokenCharOf);
    if (decoded === text) return;
    for (const t of findTokensInText(decoded))
      if (t.public !== true && this.secrets.get(t.raw) === undefined)
        this.addToken(t.raw, `‹token ${this.fingerprint(t.raw)}›`);
  }

  /**
   * Registers the tokens a reflow split inside their JOSE header (`eyJhbG ciOi…`, reflowed-tokens.ts), where no token
   * is found: joined, with their pieces, so a quote of the line shows none of the signature's runs. Only a paste with
   * a `eyJ` run that a blank ends is read past its `eyJ`s.
   */
  addReflowedTokensIn(text: string): void {
    for (const raw of findReflowedTokens(text)) this.addToken(raw, `‹token ${this.fingerprint(raw)}›`);
  }

  /**
   * Every JWT-shaped string in a value that reaches the report without being in the paste as such, registered
   * as a token: an option the caller gave, a string of the decoded claims or header (a token nested in
   * another: `act`, `id_token`), at any depth; and a string under a credential's name (`client_secret`, `password`:
   * isSecretClaimName) as a named credential's value.
   */
  addTokensIn(value: unknown, depth = 0): void {
    if (typeof value === 'string') {
      if (indexOfEyJ(value) < 0) return;
      for (const t of findTokensInText(value))
        if (t.public !== true) this.addToken(t.raw, `‹token ${this.fingerprint(t.raw)}›`);
    } else if (value !== null && typeof value === 'object' && depth <= MAX_SCRUB_DEPTH) {
      // Leaves that cannot hold a token (numbers, booleans, strings without `eyJ`: most claims) are passed
      // over here rather than by a call each. for-in, not Object.values: the values array it built for each
      // object was most of this function's cost (~0.3 µs a signed token's claims and header).
      for (const k in value) {
        // A name is echoed as its value is (the decoded payload's keys, a cut payload's cutClaims): a token may be one.
        if (indexOfEyJ(k) >= 0) this.addTokensIn(k, depth + 1);
        const v = (value as Record<string, unknown>)[k];
        if (typeof v === 'string' ? indexOfEyJ(v) >= 0 : v !== null && typeof v === 'object')
          this.addTokensIn(v, depth + 1);
        // After the nested token above, so a JWT under `access_token` keeps its token label.
        if (typeof v === 'string' && isSecretClaimName(k) && findMaskMarkers(v).length === 0) this.addNamedValue(v);
      }
    }
  }

  /**
   * Registers the API keys and platform tokens the paste holds in their vendors' own shapes (API_KEY_SHAPES): they
   * are credentials as live as a bearer token, and a quoted line (a log line, a curl command's other header) may
   * carry one. One native regex pass finds where they may start (vendorStarts); registered, they are replaced wherever
   * they would be quoted.
   */
  addApiKeysIn(text: string): void {
    const starts = vendorStarts(text);
    if (starts.length === 0) return;
    eachMatchAt(text, starts, API_KEY_AT, (m) => {
      this.add(m[0]);
      return true;
    });
    this.addSplitApiKeysIn(text, starts);
  }

  /**
   * The API keys a blank split (`ghp_zC0v6 mZhq…`, `AKIAKYLQIUQBW4ERBS\tFL`: a reflow's space, a tab, a NBSP the
   * normaliser made a space): the head is shorter than its vendor's shape or the tail was left after it, and a quote
   * showed the rest (round "fuzz9", gen9.mjs shape "blank": 33 cases in 300). A vendor's prefix, the run after it, a
   * blank or two, a run: joined, read as API_KEY_SHAPES reads a key, and registered as pasted (with its blank), whole
   * and by its pieces. A key whole before the blank is joined only to a run with a digit, `-` or `_` (the rest of a
   * Slack token's dashed parts), never to the next word. Literal prefixes and bounded runs, tried at `starts`
   * (vendorStarts) as a global scan would find them: linear.
   */
  private addSplitApiKeysIn(text: string, starts: readonly number[]): void {
    const found = eachMatchAt(text, starts, VENDOR_HEAD_AT, (m) => this.addSplitAfterHead(text, m));
    // The blank inside the vendor's prefix (`g hp_…`, `sk_liv e_…`, `A KIA…`): the prefix read across it.
    eachMatchAt(text, starts, SPLIT_PREFIX_AT, (m) => this.addSplitPrefix(m[0]), found);
  }

  /** addSplitApiKeysIn for a vendor's head (VENDOR_HEAD_AT's match): whether a key split after it was registered. */
  private addSplitAfterHead(text: string, m: RegExpExecArray): boolean {
    const head = m[0];
    const end = m.index + head.length;
    // Or a line break a wrap or a code fence left there (`ghp_gWf…⏎ZPwO…`, escaped in a JSON string: round "fuzz10"),
    // read only when the head is short of its shape.
    let p = keyBlankEnd(text, end);
    const broken = p === end;
    if (broken) p = keyBreakEnd(text, end);
    if (p === end) return false;
    // SendGrid's key has a dot between its two parts (`SG.<22>.<43>`): a wrap right after its `SG.` left both on the
    // next line (round "fuzz17", gen17.mjs shape "prefixwrap": 17 cases in 2000 in harsh mode).
    const dotted = head.startsWith('SG.');
    let t = p;
    while (
      t < text.length &&
      t - p < MAX_KEY_RUN &&
      (isBase64url(text.charCodeAt(t)) || (dotted && text.charCodeAt(t) === 0x2e))
    )
      t++;
    if (t === p) return false;
    const joined = head + text.slice(p, t);
    API_KEY_AT.lastIndex = 0;
    const whole = API_KEY_AT.exec(joined);
    if (whole === null || whole[0].length <= head.length) return false;
    API_KEY_AT.lastIndex = 0;
    const headWhole = API_KEY_AT.exec(head);
    if (
      headWhole !== null &&
      headWhole[0].length === head.length &&
      !slackPartCut(head, t - p) &&
      !(broken ? brokenKeyRest(text, p, t) : hasRandomChar(text, p, t))
    )
      return false;
    // More blanks inside it (`xoxb-3405893 75258-18717 6554650-DfU5…`: zero-width or NBSP damage in three places, round
    // "fuzz10"): each further run with a digit, `-` or `_` that the key's shape reads on, MAX_KEY_GAPS at most.
    let all = joined;
    for (let n = 0; n < MAX_KEY_GAPS; n++) {
      const q = keyBlankEnd(text, t);
      let u = q;
      while (u < text.length && u - q < MAX_KEY_RUN && isBase64url(text.charCodeAt(u))) u++;
      if (u === q || !hasRandomChar(text, q, u)) break;
      API_KEY_AT.lastIndex = 0;
      const longer = API_KEY_AT.exec(all + text.slice(q, u));
      if (longer === null || longer[0].length <= all.length) break;
      all += text.slice(q, u);
      t = u;
    }
    const label = `‹secret ${this.fingerprint(all)}›`;
    this.add(text.slice(m.index, t), label);
    this.add(all, label);
    if (t - p >= MIN_VALUE && looksRandom(text, p, t)) this.add(text.slice(p, t), label);
    this.pieces.add(all, label);
    return true;
  }

  /** addSplitApiKeysIn for a prefix a blank cut (SPLIT_PREFIX_AT's match): whether it was a key, registered. */
  private addSplitPrefix(pasted: string): boolean {
    const joined = pasted.replace(BLANKS_IN_KEY, '');
    API_KEY_AT.lastIndex = 0;
    if (API_KEY_AT.exec(joined) === null) return false;
    const label = `‹secret ${this.fingerprint(joined)}›`;
    this.add(pasted, label);
    this.add(joined, label);
    this.pieces.add(joined, label);
    return true;
  }

  /** addApiKeysIn the plain way, each regex's global scan over the paste (for the fast-path test). */
  addApiKeysByScan(text: string): void {
    const scan = (source: RegExp, register: (m: RegExpExecArray) => boolean, found = 0): number => {
      const all = new RegExp(source.source, 'g');
      let n = found;
      for (let m = all.exec(text); m !== null && n < MAX_API_KEYS; m = all.exec(text)) if (register(m)) n++;
      return n;
    };
    scan(API_KEY_AT, (m) => {
      this.add(m[0]);
      return true;
    });
    const found = scan(VENDOR_HEAD_AT, (m) => this.addSplitAfterHead(text, m));
    scan(SPLIT_PREFIX_AT, (m) => this.addSplitPrefix(m[0]), found);
  }

  /**
   * The halves of a credential the paster cut with an ellipsis in its middle (`y-raTYXcj2klBFeA8ozRg9E…(truncated)…
   * AsVaxmOy02SNd`, `eyJhbGciOiJIUzI1NiIs.....Oi8v…MDB9.htYj…`): the mask was read as the paster's own, and what it
   * left either side shown (round "fuzz9", gen9.mjs shape "cut": 29 cases in 300). Each dot-separated segment of the
   * runs on either side of each `…` or `...` that is PIECE long or more, random (upper and lower case and a digit) and
   * no text encoded (a header's or a payload's piece, which the report decodes anyway) is registered with its pieces.
   * A mask in prose (`It worked yesterday... AssumeRole…`) has words either side. Two searches gate it; MAX_MASKS masks
   * at most, each read MAX_REST either side.
   */
  addMaskCutPiecesIn(text: string, tokens: readonly TokenOccurrence[] = []): void {
    let read = 0;
    // Asterisks too (`hf_1HHXhEWfA44V1ck****yHx5Dk…`, `AIzaQ118…****…`): a paster's mask over a key's middle left
    // halves of 16 characters and more either side (round "fuzz16", gen16.mjs shapes "pkhdr" and "aizaurl").
    // A password field's bullets too (`hf_8tXML84TqtsnPvI••••`, `●●●●`), as token/find.ts reads them after a token.
    for (const mask of ['…', '...', '***', '•••', '●●●']) {
      const next = { i: 0 };
      for (let at = text.indexOf(mask); at >= 0 && read < MAX_MASKS; read++) {
        let end = at + mask.length;
        while (end < text.length && isMaskFill(text.charCodeAt(end))) end++;
        const beforeEnd =
          at > 0 && (text.charCodeAt(at - 1) === 0x5b || text.charCodeAt(at - 1) === 0x20) ? at - 1 : at;
        const beforeStart = runBefore(text, beforeEnd, runThrough(text, beforeEnd, tokens, next));
        const from = afterMask(text, end);
        const afterEnd = runAfter(text, from);
        // The half beside a credential's other half is one too, mixed or not (`AIzaaQW1h...TwDxfTepCZYywWxmnnfjSjtF`).
        this.addCutSegments(text, beforeStart, beforeEnd, edgeMixed(text, from, runEnd(text, from, afterEnd)));
        const headStart = runStart(text, beforeStart, beforeEnd);
        // After a vendor's key's head, the rest of the key (Shopify's lower-case hex) whatever its cases.
        const afterKey = vendorHeadAt(text, headStart, beforeEnd);
        this.addCutSegments(text, from, afterEnd, edgeMixed(text, headStart, beforeEnd), afterKey);
        at = text.indexOf(mask, end);
      }
    }
    for (const [open, close] of BRACKET_MASKS)
      for (let at = text.indexOf(open); at >= 0 && read < MAX_MASKS; at = text.indexOf(open, at + 1)) {
        const end = bracketMaskEnd(text, at, open, close);
        if (end < 0) continue;
        read++;
        const beforeStart = runBefore(text, at);
        const afterEnd = runAfter(text, end);
        this.addCutSegments(text, beforeStart, at, edgeMixed(text, end, runEnd(text, end, afterEnd)));
        this.addCutSegments(text, end, afterEnd, edgeMixed(text, runStart(text, beforeStart, at), at));
      }
  }

  /**
   * Registers the segments of text[start, end) that addMaskCutPiecesIn reads as a credential's: mixed (looksMixed), or
   * only of both cases when `loose` (the other half is a credential's).
   */
  private addCutSegments(text: string, start: number, end: number, loose: boolean, afterKey = false): void {
    for (let a = start; a < end; ) {
      // A native search, not a loop over a JWT's header and payload (most of what a mask after one cost): the dot may
      // be past `end`, as far as the text's next one.
      const dot = text.indexOf('.', a);
      const b = dot < 0 || dot > end ? end : dot;
      if (
        b - a >= PIECE &&
        !text.startsWith('eyJ', a) &&
        (looksMixed(text, a, b) ||
          (loose && bothCases(text, a, b)) ||
          // Letters alone whose case changes as no word's does (irregularCase): a key whose visible half happens to
          // hold no digit (`DWNKVSWIGMoJSrykBF****`, round "fuzz18", gen18.mjs shape "maskdigitless": 79 in 300).
          irregularCase(text, a, b) ||
          vendorHeadAt(text, a, b) ||
          (afterKey && a === start && hasDigit(text, a, b)))
      ) {
        const segment = text.slice(a, b);
        if (!(segment.length < SHORT_HALF ? decodesToTextAligned(segment) : decodesToText(segment))) {
          const label = `‹secret ${this.fingerprint(segment)}›`;
          this.add(segment, label);
          this.pieces.add(segment, label);
        }
      }
      a = b + 1;
    }
  }

  /**
   * Registers the values that travel under a credential's name (NAMED_SECRETS): a refresh token or a client secret
   * beside a quoted log line's message would otherwise reach the report as it was pasted. MAX_API_KEYS counts values
   * registered anew, by all the readers below together: a log repeated a hundred times (`Bear⏎er <token>` in each copy)
   * counted each copy's same value, and the readers after it read nothing, so a cut name in its first copy (`r
   * efresh_token=…`, `s⏎igning_key=…`) was shown (round "fuzz7", gen3m seed 52: 4 cases of 12).
   */
  addNamedSecretsIn(text: string, lower: string): void {
    // The matches NAMED_SECRETS' global scan finds, tried only where a name starts.
    const found = eachMatchAt(text, namedSecretStarts(lower), NAMED_SECRET_AT, (m) => {
      const value = m[1] as string;
      // A value the paste itself masked (`client_secret=****`, `password=<redacted>`) or named by a variable is none.
      if (findMaskMarkers(value).length > 0) return false;
      // A quoted value after the name and a blank alone (`invalid refresh_token 'Xy…'`) is one when it looks random:
      // prose quotes words so (`the refresh_token "rotation" setting`).
      if (!SEPARATED.test(m[0].slice(0, -value.length)) && !looksLikeBlankNamedValue(value)) return false;
      const rest = wrappedValueRest(text, m.index + m[0].length);
      // A value shorter than a word is one only with the rest a wrap carried on (`"access_token":"9⏎> wd0U…"`).
      if (rest === null && value.length < MIN_VALUE) return false;
      return this.addNamedValue(rest === null ? value : value + rest);
    });
    this.addTokenNamedValuesIn(text, lower);
    this.addBlankTokenValuesIn(text, lower);
    this.addUserPasswordsIn(text);
    this.addMqttPasswordsIn(text);
    this.addCredentialHelperOutputsIn(text);
    this.addKeyValuePairsIn(text, lower);
    this.addEnvEntryValuesIn(text, lower);
    this.addBasicAuthSettingsIn(text, lower);
    this.addEncodedNamedValuesIn(text, lower);
    this.addWrappedNamedSecretsIn(text, lower, found);
  }

  /**
   * A Basic credential kept encoded in a client's settings, with no scheme before it: Docker's config.json
   * (`"auths": {"<registry>": {"auth": "<base64 user:password>"}}`, docs.docker.com/reference/cli/docker/login "the
   * base64-encoded username:password in the auth field") and npm's `.npmrc` (`//<registry>/:_auth=<base64
   * user:password>`, docs.npmjs.com/cli/configuring-npm/npmrc "_auth … a base64 encoded string of username:password").
   * A registry's 401 pasted with the file quoted the line (round "fuzz21", gen.mjs shapes docker-config, npmrc-auth:
   * 200 of 600). Only a value that decodes to `user:password` is one; registered as pasted and its password decoded.
   * Gated by the two names; MAX_REST after each.
   */
  private addBasicAuthSettingsIn(text: string, lower: string): void {
    let found = 0;
    for (const name of ['auth"', 'auth\\"', '_auth=']) {
      for (let q = lower.indexOf(name); q > 0 && found < MAX_API_KEYS; q = lower.indexOf(name, q + name.length)) {
        const c = lower.charCodeAt(q - 1);
        // `"auth"` itself, not `"oauth"`; `_auth` after a registry's `:`, not `basic_auth`.
        if (name === '_auth=' ? c !== 0x3a : c !== 0x22 && c !== 0x5c) continue;
        let k = q + name.length;
        if (name !== '_auth=') {
          while (k < text.length && k - q < 16 && (isBlank(text.charCodeAt(k)) || text.charCodeAt(k) === 0x5c)) k++;
          if (text.charCodeAt(k) !== 0x3a) continue;
          k = skipQuoting(text, blanksEnd(text, k + 1));
        }
        const limit = Math.min(text.length, k + MAX_REST);
        let e = k;
        while (e < limit && isBase64Either(text.charCodeAt(e))) e++;
        const password = basicPassword(text.slice(k, e));
        if (password === null) continue;
        if (this.addNamedValue(text.slice(k, e))) found++;
        this.addNamedValue(password);
      }
    }
  }

  /**
   * A credential whose name is a sibling member's value: Postman's `{"key": "access_token", "value": "…"}` (an
   * environment's `values`, a collection's auth attributes: schema.getpostman.com/json/collection/v2.1.0/collection.json's
   * auth-attribute is `key`, `value`, `type`, "For example `username` and `password` are set as auth attributes for Basic
   * Authentication method", as testandattack/PostmanCollectionManager's Models/AuthAttribute.cs quotes it),
   * a JSON log of it escaped in a string. No name stands before the value, and a quote of the log's line showed it
   * (round "fuzz20", gen.mjs shape "postman", harsh: 3 in 150). The key is a credential's name (SECRET_NAMES, or one
   * ending in a TOKEN_NAME_ENDS name) and `"value"` follows it within its object; the value, of MIN_VALUE characters or
   * more, is registered as a named one. Gated by `"key"`; each read bounded.
   */
  private addKeyValuePairsIn(text: string, lower: string): void {
    let found = 0;
    for (let q = lower.indexOf('key\\"'), n = 0; q > 0 && n < MAX_SPACED; q = lower.indexOf('key\\"', q + 4), n++)
      if (this.addKeyValuePairAt(text, lower, q, '\\"') && ++found >= MAX_API_KEYS) return;
    for (let q = lower.indexOf('"key"'), n = 0; q >= 0 && n < MAX_SPACED; q = lower.indexOf('"key"', q + 5), n++)
      if (this.addKeyValuePairAt(text, lower, q + 1, '"') && ++found >= MAX_API_KEYS) return;
  }

  /**
   * The values of Kubernetes and ECS env entries and flow lists under a credential's name (env-entry-values.ts): the
   * name is SECRET_NAMES' or ends in a TOKEN_NAME_ENDS one (`CERBOS_ADMIN_PASSWORD`, `OPENAI_API_KEY`), so `LOG_LEVEL`'s
   * value stays evidence (round "fuzz25").
   */
  private addEnvEntryValuesIn(text: string, lower: string): void {
    let found = 0;
    for (const value of envEntryValues(text, lower, isCredentialName))
      if (this.addNamedValue(value) && ++found >= MAX_API_KEYS) return;
    for (const value of flowListValues(text, lower, isCredentialName))
      if (this.addNamedValue(value) && ++found >= MAX_API_KEYS) return;
  }

  /** addKeyValuePairsIn for the `key` at `q`, its quotes `quote` (`"`, or `\"` in a JSON string). */
  private addKeyValuePairAt(text: string, lower: string, q: number, quote: string): boolean {
    if (!lower.startsWith(quote, q - quote.length) || !lower.startsWith(quote, q + 3)) return false;
    // `"key": "<name>"`: the name, a word of letters, `_`, `-` or `.`.
    let k = q + 3 + quote.length;
    while (k < text.length && k - q < MAX_KEY_GAP && isBlank(lower.charCodeAt(k))) k++;
    if (lower.charCodeAt(k) !== 0x3a /* : */) return false;
    k++;
    while (k < text.length && k - q < MAX_KEY_GAP && isBlank(lower.charCodeAt(k))) k++;
    if (!lower.startsWith(quote, k)) return false;
    const nameStart = k + quote.length;
    let nameEnd = nameStart;
    while (nameEnd - nameStart < MAX_QUERY_NAME && isParamNameChar(lower.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || !lower.startsWith(quote, nameEnd)) return false;
    const name = lower.slice(nameStart, nameEnd);
    if (!SECRET_NAMES.includes(name) && tokenNameEndingAt(name, name.length) === null) return false;
    // `"value": "<credential>"` next in the object (Postman writes key, value, type in this order).
    // Within MAX_KEY_GAP: searches to the paste's end for each key were a pass over it each.
    const window = lower.slice(nameEnd, nameEnd + MAX_KEY_GAP + 2 * quote.length + 5);
    const at = window.indexOf(`${quote}value${quote}`);
    const close = window.indexOf('}');
    if (at < 0 || (close >= 0 && close < at)) return false;
    const v = nameEnd + at;
    let start = v + 5 + 2 * quote.length;
    while (start < text.length && start - v < MAX_KEY_GAP && isBlank(lower.charCodeAt(start))) start++;
    if (lower.charCodeAt(start) !== 0x3a) return false;
    start++;
    while (start < text.length && start - v < MAX_KEY_GAP && isBlank(lower.charCodeAt(start))) start++;
    if (!lower.startsWith(quote, start)) return false;
    start += quote.length;
    let e = start;
    const limit = Math.min(text.length, start + MAX_REST);
    while (e < limit && isQueryValueChar(text.charCodeAt(e))) e++;
    const value = text.slice(start, e);
    return value.length >= MIN_VALUE && !lower.startsWith('{{', start) && this.addNamedValue(value);
  }

  /**
   * What a Docker credential helper printed when its `get` failed, as the client quotes it: the CLI's "error getting
   * credentials - err: %v, out: `%s`" (docker/docker-credential-helpers client/client.go, Get) and docker-py's
   * StoreError 'Credentials store %s exited with "%s".' (docker/docker-py docker/credentials/errors.py,
   * process_store_error). A helper that wrote its secret to the wrong stream, or a wrapper script's `echo $TOKEN`, has
   * it there with no name; the docker rows (verifier-messages/frameworks.ts) quote the line (round "fuzz18", gen18.mjs
   * shape "dockerhelper": 12 in 300). Each blank-parted run of the output that looks random (looksLikeNamedToken) is
   * registered; an error's words are none. Gated by the two phrases; MAX_REST after each.
   */
  private addCredentialHelperOutputsIn(text: string): void {
    if (!ANY_CREDENTIAL_HELPER_OUTPUT.test(text)) return;
    let found = 0;
    for (const [phrase, marker, close] of CREDENTIAL_HELPER_OUTPUTS) {
      // Both searches go on from where the last one stopped, and an output read is not searched again: a megabyte of
      // the phrase without its marker stays linear.
      let head = -2;
      for (let k = text.indexOf(phrase); k >= 0 && found < MAX_API_KEYS; k = text.indexOf(phrase, k + 1)) {
        // The output's head after the phrase on its line (`err: exit status 1, out: `, a docker-credential-… name).
        if (head < k + phrase.length) head = text.indexOf(marker, k + phrase.length);
        if (head < 0) break;
        if (head - k > 200 || text.slice(k, head).includes('\n')) continue;
        let start = head + marker.length;
        start = skipQuoting(text, start);
        const limit = Math.min(text.length, start + MAX_REST);
        let e = start;
        while (e < limit && text.charCodeAt(e) !== close && text.charCodeAt(e) !== 0x0a) e++;
        for (let a = start; a < e; ) {
          while (a < e && !isHelperRunChar(text.charCodeAt(a))) a++;
          let b = a;
          while (b < e && isHelperRunChar(text.charCodeAt(b))) b++;
          if (b > a && looksLikeNamedToken(text.slice(a, b)) && this.addNamedValue(text.slice(a, b))) found++;
          a = b;
        }
        k = Math.max(k, e - 1);
      }
    }
  }

  /**
   * An MQTT client's password given with no name before it: mosquitto_pub's and mosquitto_sub's `-P`/`--pw`
   * (mosquitto.org/man/mosquitto_pub-1.html, as tldr-pages/tldr pages/common/mosquitto_pub.md links it; `-u user1 -P
   * <password>` in omid1979/IOT mosquitto/Readme.txt) and paho-mqtt's or libmosquitto's `username_pw_set(username,
   * password)` (pimoroni/enviroplus-python#92 `mqtt_client.username_pw_set(args.username, args.password)`; libmosquitto's
   * mosquitto_username_pw_set). The MQTT rows (verifier-messages/services.ts) quote a JSON log's line whole, which showed
   * it (round "fuzz16", gen16.mjs shape "mqtt"). Gated by the command's and the call's names; MAX_REST after each.
   */
  private addMqttPasswordsIn(text: string): void {
    let found = 0;
    // Each search goes on from where the last one stopped (NextIndex): a paste of `mosquitto_ ` without a `-P`, or of
    // `username_pw_set(` without a comma, searched the rest of it from each.
    const flags = [new NextIndex(text, ' -P '), new NextIndex(text, ' --pw ')];
    const names = new NextIndex(text, 'mosquitto_');
    for (let m = names.from(0); m >= 0 && found < MAX_API_KEYS; ) {
      const next = names.from(m + 1);
      const limit = Math.min(next < 0 ? text.length : next, m + MAX_REST);
      for (const [i, flag] of flags.entries()) {
        const at = flag.from(m);
        if (at >= 0 && at < limit && this.addMqttPasswordAt(text, at + (i === 0 ? 4 : 6))) found++;
      }
      m = next;
    }
    const call = 'username_pw_set(';
    const commas = new NextIndex(text, ',');
    for (let m = text.indexOf(call); m >= 0 && found < MAX_API_KEYS; m = text.indexOf(call, m + call.length)) {
      // The password is the second argument: after the first comma, within a user name's reach.
      const comma = commas.from(m + call.length);
      if (comma < 0 || comma - m > MAX_USERINFO) continue;
      let k = comma + 1;
      while (k < text.length && k - comma < 8 && isBlank(text.charCodeAt(k))) k++;
      if (text.startsWith('password=', k)) k += 'password='.length;
      // A string literal only: a variable or an expression there (`args.password`, `os.environ[…]`) is code.
      let q = k;
      while (q < text.length && q - k < 3 && text.charCodeAt(q) === 0x5c) q++;
      if (text.charCodeAt(q) !== 0x22 && text.charCodeAt(q) !== 0x27) continue;
      if (this.addMqttPasswordAt(text, k)) found++;
    }
    // Paho Java's MqttConnectOptions.setPassword(char[]) given a literal (`options.setPassword("…".toCharArray())`,
    // eclipse/paho.mqtt.java MqttConnectOptions.java): a JSON log line quoted whole by the MQTT rows showed it (round
    // "fuzz18", gen18.mjs shape "mqtt" in harsh mode). A string literal only, as above.
    const setter = '.setPassword(';
    for (let m = text.indexOf(setter); m >= 0 && found < MAX_API_KEYS; m = text.indexOf(setter, m + setter.length)) {
      const k = m + setter.length;
      let q = k;
      while (q < text.length && q - k < 3 && text.charCodeAt(q) === 0x5c) q++;
      if (text.charCodeAt(q) !== 0x22 && text.charCodeAt(q) !== 0x27) continue;
      if (this.addMqttPasswordAt(text, k)) found++;
    }
  }

  /** addMqttPasswordsIn for a password that starts at `k` (past blanks, escapes and a quote): whether one was registered. */
  private addMqttPasswordAt(text: string, k: number): boolean {
    let start = k;
    while (start < text.length && start - k < 4 && isBlank(text.charCodeAt(start))) start++;
    start = skipQuoting(text, start);
    const limit = Math.min(text.length, start + MAX_REST);
    let e = start;
    while (e < limit && isPasswordChar(text.charCodeAt(e))) e++;
    const value = text.slice(start, e);
    if (value.length === 0 || value.startsWith('$') || findMaskMarkers(value).length > 0) return false;
    const rest = wrappedValueRest(text, e);
    return this.addNamedValue(rest === null ? value : value + rest);
  }

  /**
   * Credentials whose `=` or `:` was percent-encoded (`client_secret%3D…`, `refresh_token%3D…`, `token%3A%20…`): a
   * form body or query string inside another's value (a redirect's `state`, a token endpoint's form-encoded
   * description echoing the client's body), which the report decodes where it quotes a description (RFC 3986 §2.1),
   * so neither scan above read a name there (round "fuzz13", gen13.mjs shape "fed": 9 cases in 150). Read from each
   * `%3`, the value up to an encoded `&`; registered as pasted and decoded.
   */
  private addEncodedNamedValuesIn(text: string, lower: string): void {
    let found = 0;
    // A `%3` inside a value already read is part of it: `client_secret%3D` a megabyte long read MAX_REST at each.
    let readTo = 0;
    for (let k = lower.indexOf('%3'); k > 0 && found < MAX_API_KEYS; k = lower.indexOf('%3', Math.max(k + 3, readTo))) {
      const c = lower.charCodeAt(k + 2);
      if (c !== 0x64 /* d */ && c !== 0x61 /* a */) continue;
      const named = encodedSecretNameEndingAt(lower, k);
      if (named === null) continue;
      let start = k + 3;
      for (let n = 0; n < 3 && (lower.startsWith('%20', start) || text.charCodeAt(start) === 0x2b); n++)
        start += text.charCodeAt(start) === 0x2b ? 1 : 3;
      const limit = Math.min(text.length, start + MAX_REST);
      let e = start;
      while (e < limit && isQueryValueChar(text.charCodeAt(e)) && !lower.startsWith('%26', e)) e++;
      readTo = e;
      const value = text.slice(start, e);
      const ok = named === 'secret' ? value.length >= MIN_VALUE : looksLikeNamedToken(value);
      if (!ok || findMaskMarkers(value).length > 0) continue;
      if (this.addNamedValue(value)) found++;
      const decoded = decodedOrNull(value);
      if (decoded !== null && decoded !== value) this.addNamedValue(decoded);
    }
  }

  /**
   * Credentials under a name that ends in `token`, `api-key`, `secret`, a key's or a session cookie's name
   * (TOKEN_NAME_ENDS), which
   * NAMED_SECRETS does not read (`token` alone is a word in prose: `token: expired`):
   * - a URL's or a form body's `token` parameter (`?token=…`, `&token=…`), read as any named value is (round "fuzz9");
   * - a header, JSON member, logfmt pair or cookie whose name ends so (`X-Auth-Token: …`, GitLab's `PRIVATE-TOKEN: …`,
   *   `X-Vault-Token: hvs.…`, `"token":"…"`, `auth_token=…`, `apiToken=…`, `X-Api-Key: …`, `JSESSIONID=…`), read only
   *   when its value looks random (looksLikeNamedToken). A quote of a log line that carried one showed it whole
   *   (coordinator's check, stop 23: a 40-character opaque token after `X-Auth-Token:` on a jsonwebtoken line, below
   *   key-material.ts's 44; a session cookie likewise).
   * One search for each name's end.
   */
  private addTokenNamedValuesIn(text: string, lower: string): void {
    // Read from each `:` and `=` back to the name before it, not from each name on: a paste holds `token` (in
    // `invalid_token`, `TokenExpiredError`) more often than a named value, and eleven searches of the paste for the
    // names cost ~2.5 µs of a diagnosis on the examples.
    // A separator inside a value already read is part of it: skipping it keeps `token=token=token=…` (1 MB: 3.8 s,
    // each `=` reading MAX_REST characters on, round "fuzz11") linear with a small constant.
    const found = { n: 0 };
    for (const sep of [':', '=', ',', LABEL_CLOSE, ...NAME_PARTICLES]) {
      let readTo = 0;
      for (let k = text.indexOf(sep); k > 0 && found.n < MAX_API_KEYS; k = text.indexOf(sep, k + 1))
        if (
          k >= readTo &&
          (!namedByOtherWord(lower, k) || (sep === '=' && mayEndQueryCredential(lower, k))) &&
          (sep !== ',' || pairNameBefore(lower, k)) &&
          (sep !== LABEL_CLOSE || bracketedLabelBefore(lower, k)) &&
          (sep.charCodeAt(0) < 0x80 || sep === LABEL_CLOSE || particleAfterName(text, k))
        )
          readTo = Math.max(readTo, this.addTokenNamedValueAt(text, lower, k, found));
    }
  }

  /**
   * A token a writer's sentence names with the word and a blank alone (`I am sending the access token zOhT…`, `my
   * token is …`, `The\\ access\\ token\\ …` with a shell's escaped blanks): the status
   * read from prose is quoted as its sentence (status-quote.ts), which showed it (round "fuzz14", gen14.mjs shapes
   * "prose" and "shellsp": 40 and 12 cases in 150). `token` is a word, so only a value that looks random is one
   * (looksLikeNamedToken). One search for `token`; from each, a blank, an optional `is `/`was ` and one value.
   */
  private addBlankTokenValuesIn(text: string, lower: string): void {
    const found = { n: 0 };
    this.addBlankNamedValuesAfter(text, lower, 'token', looksLikeNamedToken, found, 2);
    // An API key a writer or a tool names so (`using api key <32 hex>; API Key invalid, dropping transaction`, `my DD API key
    // is …`): the Datadog Agent's refusal quoted the line with it (round "fuzz22", gen.mjs shapes bare-dd, bare-dd-prose: 60
    // in 60). Searched from its `key`: a blank or an `a` is at every few characters of a paste.
    this.addBlankNamedValuesAfter(text, lower, 'api key', looksLikeNamedToken, found, 4);
    // A config file's password setting parted from its value by a blank (mosquitto.conf(5)'s bridge `remote_password
    // <password>`, `local_password <password>`): a broker's log flattened with the file showed it (round "fuzz24", gen24.mjs
    // shape mosq-conf: 10 in 20). Only a glued name (`_password`): `password` alone is NAMED_SECRETS'.
    this.addBlankNamedValuesAfter(text, lower, '_password', looksLikeBlankNamedValue, found, 1);
    // A Japanese writer's 「アクセストークン …を付けて」「パスワード … でログイン」: a password is shorter than a token.
    if (text.includes('トークン')) this.addBlankNamedValuesAfter(text, lower, 'トークン', looksLikeNamedToken, found);
    if (text.includes('パスワード'))
      this.addBlankNamedValuesAfter(text, lower, 'パスワード', looksLikeBlankNamedValue, found);
    // 「シークレット「…」で呼ぶと」: an SDK's secret (Twilio's, Stream's, LiveKit's) as a Japanese writer names it.
    if (text.includes('シークレット'))
      this.addBlankNamedValuesAfter(text, lower, 'シークレット', looksLikeNamedToken, found);
  }

  /**
   * addBlankTokenValuesIn for one word: the value after each `word`, a blank and an optional `is `/`was `. The word is
   * searched for past its first `lead` characters (`ken` of `token`, NextIndex): `indexOf` stops at each occurrence of
   * its needle's first letter, and `t` is at every few characters of a paste (the `token` search was ~60% of this
   * reader on the examples).
   */
  private addBlankNamedValuesAfter(
    text: string,
    lower: string,
    word: string,
    accept: (value: string) => boolean,
    found: { n: number },
    lead = 0,
  ): void {
    const copulas = new CopulaFinder(lower);
    const words = new NextIndex(lower, word, lead);
    for (let q = words.from(0); q >= 0 && found.n < MAX_API_KEYS; ) {
      const at = q;
      q = words.from(q + word.length);
      let k = blankAfter(text, at + word.length);
      if (k < 0 && word.charCodeAt(0) > 0x80) k = particleEnd(text, at + word.length);
      if (k < 0) continue;
      // Read words only where an `is` or a `was` is near: `token token token…` read three words at each (~10x the time).
      if (copulas.next(k - 1) - k <= COPULA_REACH) k = pastCopula(text, lower, k);
      k = skipQuoting(text, k);
      const limit = Math.min(text.length, k + MAX_REST);
      let e = k;
      while (e < limit && isQueryValueChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x60) e++;
      // A colon right after the value is the sentence's (`HEC token <GUID>: {"text":"Token disabled","code":1}`), not the
      // value's: kept, the value was refused as a URL's or a time's (round "fuzz22", gen.mjs shape bare-hec-disabled).
      while (e > k && text.charCodeAt(e - 1) === 0x3a) e--;
      const value = text.slice(k, e);
      // A JWT's parts, even a malformed one's (`bad token ey9.eyJ…`), are the token finder's: it labels them a token.
      if (
        (value.includes('eyJ') && !isEncodedJsonCredential(value)) ||
        !accept(value) ||
        findMaskMarkers(value).length > 0
      )
        continue;
      const rest = wrappedValueRest(text, e);
      if (this.addNamedValue(rest === null ? value : value + rest)) found.n++;
      // The next word after the value read.
      if (q >= 0 && q < e) q = words.from(e);
    }
  }

  /** addTokenNamedValuesIn for the `:` or `=` at `sep`: where the value it read ends (-1: no credential's name before it). */
  private addTokenNamedValueAt(text: string, lower: string, sep: number, found: { n: number }): number {
    const nameEnd = nameEndBefore(text, sep);
    const query = queryCredentialEndingAt(lower, nameEnd, sep);
    const name = query ?? tokenNameEndingAt(lower, nameEnd) ?? wrappedTokenNameEndingAt(lower, nameEnd);
    if (name === null) return -1;
    const before = lower.charCodeAt(nameEnd - name.length - 1);
    const inQuery =
      query !== null ||
      (name === 'token' &&
        nameEnd === sep &&
        text.charCodeAt(sep) === 0x3d &&
        (before === 0x3f /* ? */ || before === 0x26)) /* & */;
    const start = inQuery ? sep + 1 : valueAfterSeparator(text, sep);
    const limit = Math.min(text.length, start + MAX_REST);
    let e = start;
    // A backtick ends it too: Slack's inline code around the value (`X-Auth-Token: \`…\``).
    while (e < limit && isQueryValueChar(text.charCodeAt(e)) && text.charCodeAt(e) !== 0x60) e++;
    const read = text.slice(start, e);
    // A value a log or a writer cut with an ellipsis (`X-Amz-Signature=7b9d3e…`, `X-Amz-Security-Token=b4Yn…&alt=…`):
    // what stands before it is the value's head, no mask (round "fuzz17", shape "qcred").
    const cutAt = trailingCut(read);
    const value = cutAt < 0 ? read : read.slice(0, cutAt);
    if (value.length === 0 || findMaskMarkers(value).length > 0) return e;
    // A standard base64 value's rest has its `+` and `/` too (an STS session token as `X-Amz-Security-Token=…`, round
    // "fuzz17", shape "qcred").
    let rest = cutAt < 0 ? wrappedValueRest(text, e, /[+/%]/.test(value)) : null;
    if (rest === null && cutAt < 0) rest = flattenedBlockRest(text, start, e);
    const whole = rest === null ? value : value + rest;
    if (inQuery && name === 'token' ? rest === null && value.length < MIN_VALUE : !acceptsNamedValue(name, whole))
      return e;
    if (this.addNamedValue(whole)) found.n++;
    // A log pasted newest first put the wrap's rest before the value's line (reversed-wrap-rest.ts), flattened or not.
    if (rest === null && cutAt < 0) {
      const above = reversedWrapRest(text, start, e);
      const label = above === null ? undefined : this.secrets.get(whole);
      if (above !== null && label !== undefined) this.add(above, label);
    }
    // Each side of the wrap as pasted, under the whole's label: the pieces' reader reads base64url runs, and a 16
    // characters' window across a standard base64 value's `+` or `/` was shown (round "fuzz17", shape "qcred").
    if (rest !== null && /[+/]/.test(whole)) {
      const label = this.secrets.get(whole);
      if (label !== undefined) for (const side of [value, rest]) if (side.length >= PIECE) this.add(side, label);
    }
    return e;
  }

  /**
   * Passwords a URL or a curl command carries: a URL's userinfo (`https://user:pass@host`, `postgres://…`) and curl's
   * `-u user:pass` / `--user user:pass`. curl sends the second as a Basic credential (parse/http/curl.ts), which is
   * registered as the request's Authorization, but the paste's own `user:pass` is not that text: a quote of the command
   * line showed the password (coordinator's check, stop 23). The password is registered as a named value is.
   */
  private addUserPasswordsIn(text: string): void {
    let found = 0;
    // A userinfo ends at an `@`: a paste with none (most) is not searched for URLs, and a URL with none after it is
    // not read through its host.
    const firstAt = text.indexOf('@');
    let nextAt = firstAt;
    const firstUrl = nextAt < 0 ? -1 : text.indexOf('://');
    for (let q = firstUrl; q >= 0 && found < MAX_API_KEYS; q = text.indexOf('://', q + 3)) {
      if (nextAt < q + 3) nextAt = text.indexOf('@', q + 3);
      if (nextAt < 0) break;
      if (nextAt >= q + 3 + MAX_USERINFO) continue;
      const gaps: number[] = [];
      const at = userinfoEnd(text, q + 3, gaps);
      if (at < 0) continue;
      const colon = text.indexOf(':', q + 3);
      if (colon < 0 || colon > at) {
        // A token as the user alone (`https://<token>@github.com/…`, a Sentry DSN's `https://<key>@o1.ingest.sentry.io/1`,
        // docs.sentry.io/concepts/key-terms/dsn-explainer): a user name that looks random is one (round "fuzz21", gen.mjs
        // shapes url-useronly, sentry-dsn: 110 in 400).
        const user = text.slice(q + 3, at);
        if (gaps.length === 0 && looksLikeNamedToken(user) && this.addNamedValue(user)) found++;
        continue;
      }
      let password = '';
      let p = colon + 1;
      for (let g = 0; g + 1 < gaps.length && (gaps[g] as number) < at; g += 2) {
        password += text.slice(p, gaps[g]);
        p = gaps[g + 1] as number;
      }
      if (this.addNamedValue(password + text.slice(p, at))) found++;
    }
    for (let at = firstAt; at > 0 && found < MAX_API_KEYS; at = text.indexOf('@', at + 1)) {
      const password = emailPasswordAt(text, at);
      if (password !== null && this.addNamedValue(password)) found++;
    }
    for (let q = text.indexOf('-u'); q >= 0 && found < MAX_API_KEYS; q = text.indexOf('-u', q + 2)) {
      const start = curlUserValueStart(text, q);
      if (start >= 0 && this.addCurlUser(text, q + 2, start)) found++;
    }
    // HTTPie's `--auth USER:PASS` / `-a USER:PASS` (its manual: "--auth USER[:PASS], -a USER[:PASS]",
    // manpages.ubuntu.com/manpages/kinetic/man1/http.1.html) is curl's -u by another name: quoted, the command showed the
    // password (round "fuzz20", gen.mjs shape "tools": 28 in 150). `-a` is many commands' flag: only after `http`,
    // `https`, `xh` or `xhs` on its line.
    for (let q = text.indexOf('--auth'); q >= 0 && found < MAX_API_KEYS; q = text.indexOf('--auth', q + 6)) {
      const c = text.charCodeAt(q + 6);
      if ((q > 0 && !isBlank(text.charCodeAt(q - 1))) || !(c === 0x3d || isBlank(c))) continue;
      if (this.addCurlUser(text, q + 6, curlUserArgStart(text, c === 0x3d ? q + 7 : q + 6))) found++;
    }
    for (
      let q = text.indexOf('-a '), tried = 0;
      q > 0 && found < MAX_API_KEYS && tried < MAX_SPACED;
      q = text.indexOf('-a ', q + 3)
    ) {
      if (!isBlank(text.charCodeAt(q - 1))) continue;
      tried++;
      if (!httpieCommandBefore(text, q)) continue;
      if (this.addCurlUser(text, q + 2, curlUserArgStart(text, q + 2))) found++;
    }
    for (const brk of ['-\n', '-\r\n', '-\\n', '-\\r\\n', '--u']) {
      for (let q = text.indexOf(brk); q >= 0 && found < MAX_API_KEYS; q = text.indexOf(brk, q + brk.length)) {
        const start = cutCurlUserValueStart(text, q);
        if (start >= 0 && this.addCurlUser(text, q + 2, start)) found++;
      }
    }
  }

  /**
   * Registers the password of curl's `-u user:pass` whose value starts at `start` (its option's name ends by
   * `optionEnd`, a quote between them opening a quoted value); whether one was.
   */
  private addCurlUser(text: string, optionEnd: number, start: number): boolean {
    let e = start;
    const limit = Math.min(text.length, start + MAX_REST);
    let colon = -1;
    const quoted =
      start - 1 >= optionEnd && (text.charCodeAt(start - 1) === 0x22 || text.charCodeAt(start - 1) === 0x27);
    let userBreaks = 0;
    let passwordStart = -1;
    // A backslash in the user (`al\nice@…:`, a wrap marker's escaped line break, round "fuzz16" shape "spring")
    // does not end the value: the password after the colon is read.
    while (e < limit) {
      const c = text.charCodeAt(e);
      // The user and the password quoted apart, the shell joining them (`--user 'admin':'admin'`, the sample cURL
      // request ServiceNow's REST API reference gives: docs.servicenow.com Table API "Sample cURL request"): the user's
      // closing quote ended the value before its colon, and a quote of the command showed the password (round
      // "fuzz23", gen23.mjs shape sn-curl: 7 in 20).
      if (colon < 0 && quoted && c === text.charCodeAt(start - 1) && text.charCodeAt(e + 1) === 0x3a) {
        colon = e + 1;
        e += 2;
        if (text.charCodeAt(e) === c) e++;
        passwordStart = e;
        continue;
      }
      if (colon >= 0 ? isCurlPasswordChar(c, quoted) : isCurlUserChar(c)) {
        if (colon < 0 && c === 0x3a /* : */) colon = e;
        e++;
        continue;
      }
      // A wrap inside a quoted user (`-u "de⏎ploy:…"`): the shell reads a quoted argument across lines, so the
      // password is still after the colon on the next line (round "fuzz20", gen.mjs shape "curlu": 13 in 120).
      const b = c === 0x0d ? e + 1 : e;
      if (!quoted || colon >= 0 || userBreaks >= MAX_PASSWORD_BREAKS || text.charCodeAt(b) !== 0x0a) break;
      userBreaks++;
      e = markersEnd(text, b + 1);
    }
    // Found within the value, not by an indexOf that ran on to the paste's end for each `-u` (round "fuzz11").
    if (colon < 0) return false;
    const head = text.slice(passwordStart < 0 ? colon + 1 : passwordStart, e);
    const rest = passwordRest(text, e, quoted);
    const password = head + rest.join('');
    // `-u KEY:`, the password empty: the user is an API key, the form Stripe's API reference gives ("curl
    // https://api.stripe.com/v1/charges -u sk_test_…:", the colon stops curl asking for a password). Any vendor's key
    // sent so is shown by a quote of the command (round "fuzz15"); a user name (`alice:`) is short or has no digit.
    if (password === '') {
      const user = text.slice(start, colon);
      return user.length >= 16 && /\d/.test(user) && this.addNamedValue(user);
    }
    if (findMaskMarkers(password).length > 0 || !this.addNamedValue(password)) return false;
    // Each line's part as pasted too: a quote shows it between two breaks, where a part shorter than PIECE, or one
    // with a `@` or `:` in it, holds no piece of the whole (`p@ss:R6iKw66vPru⏎t1fwezM`).
    if (rest.length > 0) for (const part of [head, ...rest]) this.addNamedValue(part);
    return true;
  }

  /**
   * A named credential's value, whole and by its pieces, as a token is: a quote cut inside the value shows a part of
   * it, which the whole value does not match (build-context.ts quoteLine drops only a run of its own characters that
   * the cut goes through: a password's `!`, `@` or `:` ends that run, and the value's head before it was shown; a
   * header value or a body line is cut at a length, anywhere). Its pieces (runs of 15 base64url characters), and each
   * run of 8 or more quotable characters when it holds another character, are what the redactor then replaces. Found
   * by a scratch fuzzer, round "fuzz" (test/fuzz/regressions.test.ts).
   */
  addNamedValue(value: string): boolean {
    if (value.length < 8 || this.secrets.get(value) !== undefined || inReportVocabulary(value)) return false;
    // Read, and left visible: a Mapbox public token is evidence (find.ts), under whatever name.
    if (value.charCodeAt(0) === 0x70 /* p */ && isMapboxPublicToken(value)) return true;
    const label = `‹secret ${this.fingerprint(value)}›`;
    this.add(value, label);
    if (value.length >= PIECE) this.pieces.add(value, label);
    if (!NOT_QUOTABLE_RUN.test(value)) return true;
    for (const run of value.match(QUOTABLE_RUNS) ?? []) this.add(run, label);
    return true;
  }

  /**
   * The values of credentials whose name a wrap cut (`refresh_to⏎ken=…`, `client_sec⏎ret: …`, `pass⏎word=…`): neither
   * line holds the name, so NAMED_SECRETS finds none, and the value's line was quoted as it was pasted (round "reflow2":
   * `ken=<refresh token> TokenExpiredError: jwt expired` as evidence). Each line break between two name characters is
   * read: the words either side of it joined, and NAMED_SECRETS tried on that name and the rest of its line. Bounded
   * (a name's length either side, the rest of one line); a line break in prose or between a header and the next name
   * joins to no credential's name.
   */
  private addWrappedNamedSecretsIn(text: string, lower: string, found: number): void {
    let tried = 0;
    // From the second character: a paste that starts with a line break (`⏎refresh_to⏎ken=…`) stopped a loop that
    // ended at a break at 0, and none of its names was read (round "fuzz3").
    for (let nl = lower.indexOf('\n', 1); nl > 0 && found < MAX_API_KEYS; nl = lower.indexOf('\n', nl + 1)) {
      const got = this.addNameAcross(text, lower, nl);
      if (got) found++;
    }
    // The same across a JSON or logfmt escape (`refresh_to\nken` inside a JSON string: round "fuzz4"), read from each
    // backslash before `n`, `r` or `t` that ends a name character's word; bounded, as addSpacedNamedSecretsIn is.
    for (
      let q = lower.indexOf('\\', 1);
      q > 0 && found < MAX_API_KEYS && tried < MAX_SPACED;
      q = lower.indexOf('\\', q + 1)
    ) {
      const before = lower.charCodeAt(q - 1);
      if (!isNameChar(before) && !isBlank(before)) continue;
      const got = this.addNameAcross(text, lower, q);
      if (got === undefined) continue;
      tried++;
      if (got) found++;
    }
    this.addSpacedNamedSecretsIn(text, lower, found);
  }

  /**
   * Reads a credential's name that a gap starting at `gap` cuts (a wrap's line break, an escape: nameGapEnd), and
   * registers the value after it: whether one was registered now, or undefined when the words either side make no name.
   */
  private addNameAcross(text: string, lower: string, gap: number): boolean | undefined {
    // The gap the wrap left: blanks before it (a terminal's trailing space), and after it what nameGapEnd passes (round
    // "fuzz3": `refresh_to ⏎ken=`, `> refresh_to⏎> ken=` showed the value).
    let headEnd = gap;
    while (headEnd > 0 && gap - headEnd < MAX_WRAP_BLANKS && isBlank(lower.charCodeAt(headEnd - 1))) headEnd--;
    if (headEnd === 0 || !isNameChar(lower.charCodeAt(headEnd - 1))) return undefined;
    let a = headEnd;
    while (a > 0 && headEnd - a < MAX_NAME && isNameChar(lower.charCodeAt(a - 1))) a--;
    // Glued quote markers (`>>`) as deep as the name's line is quoted: after a line break only.
    const tailStart = nameGapEnd(lower, gap, lower.charCodeAt(gap) === 0x0a ? a : -1);
    if (tailStart === gap || !isNameChar(lower.charCodeAt(tailStart))) return undefined;
    let b = tailStart;
    while (b < lower.length && b - tailStart < MAX_NAME && isNameChar(lower.charCodeAt(b))) b++;
    // The word after the gap ends as a name does, or nameAcross finds none: most words do not.
    if (NAME_ENDS[lower.charCodeAt(b - 1)] !== 1) return undefined;
    const name = nameAcross(lower, a, headEnd, tailStart, b);
    if (name === undefined) return undefined;
    return this.addJoinedName(text, a, headEnd, tailStart, b, name);
  }

  /**
   * The values of credentials whose name a reflow cut with blanks (`refresh_to ken=…`, `passw  d: …`: the chat client
   * turned the wrap's line break into spaces or a tab; round "fuzz3" found the value shown). Read from each `=` and `:`
   * (NAMED_SECRETS' separators) back: the word before it the tail of a name, whose head is the word before a gap of
   * blanks. Each separator is looked at a few characters around itself only.
   */
  private addSpacedNamedSecretsIn(text: string, lower: string, found: number): void {
    // Names read, found or not: each reads up to MAX_REST of its line, and a line of thousands (`pass word=x …`) is none.
    let tried = 0;
    for (const sep of ['=', ':']) {
      for (
        let s = lower.indexOf(sep, 1);
        s > 0 && found < MAX_API_KEYS && tried < MAX_SPACED;
        s = lower.indexOf(sep, s + 1)
      ) {
        // Back over NAMED_SECRETS' separator's head: blanks, a quote, a backslash (`refresh_to ken" : "…`).
        let b = s;
        while (b > 0 && s - b < 3 && isBlank(lower.charCodeAt(b - 1))) b--;
        if (b > 0 && (lower.charCodeAt(b - 1) === 0x22 || lower.charCodeAt(b - 1) === 0x27)) b--;
        if (b > 0 && lower.charCodeAt(b - 1) === 0x5c) b--;
        if (b === 0 || NAME_ENDS[lower.charCodeAt(b - 1)] !== 1) continue;
        let tailStart = b;
        while (tailStart > 0 && b - tailStart < MAX_NAME && isNameChar(lower.charCodeAt(tailStart - 1))) tailStart--;
        let headEnd = tailStart;
        while (headEnd > 0 && tailStart - headEnd < MAX_WRAP_BLANKS && isBlank(lower.charCodeAt(headEnd - 1)))
          headEnd--;
        if (headEnd === tailStart || headEnd === 0 || !isNameChar(lower.charCodeAt(headEnd - 1))) continue;
        let a = headEnd;
        while (a > 0 && headEnd - a < MAX_NAME && isNameChar(lower.charCodeAt(a - 1))) a--;
        const name = nameAcross(lower, a, headEnd, tailStart, b);
        if (name === undefined) continue;
        tried++;
        if (this.addJoinedName(text, a, headEnd, tailStart, b, name)) found++;
      }
    }
  }

  /**
   * Reads the credential after `name`, which the words [a, headEnd) and [tailStart, b) of `text` make joined (it ends at
   * `b`), and registers its value; whether it was registered now (a value met before is not counted again).
   */
  private addJoinedName(text: string, a: number, headEnd: number, tailStart: number, b: number, name: string): boolean {
    // The name's line as it was before the wrap, from where the name starts; MAX_REST of it at most, found in that much
    // only: a search for the line's end read a long line from each of its names (quadratic in a line of `pass word=x`).
    const rest = text.slice(tailStart, Math.min(text.length, b + MAX_REST));
    const nl = rest.indexOf('\n');
    let line = text.slice(a, headEnd) + (nl < 0 ? rest : rest.slice(0, nl));
    let at = headEnd - a + (b - tailStart) - name.length;
    // A JSON or logfmt string's escapes after the name are its blanks and line breaks: a second cut, in the scheme
    // (`AUTHOR\tIZATION: BEARE\r\nR\t<credential>`), is then read as the blanks it was (round "fuzz6", gen3m seed 52).
    const nameEnd = at + name.length;
    if (line.indexOf('\\', nameEnd) >= 0)
      line = line.slice(0, nameEnd) + line.slice(nameEnd).replace(ESCAPED_BLANKS, ' ');
    let from = line;
    if (at > 0 && isWordChar(line.charCodeAt(at - 1))) {
      // A name glued to a word is no name (`mypass⏎word=`), unless the word is a token's end: the wrap joiner joined
      // the name's head to a token's last line (`…sig⏎refresh_to⏎ken=<value>`, whose value was shown: round
      // "perf30"). Then it is read from the name, where the pattern's word boundary holds. So is a name after an escape
      // (`\tsubj⏎ect_token=`, `\nrefresh_toke n=`: the escape's letter is no word before it; round "fuzz4").
      if (!gluedToToken(text, a + at) && !afterEscape(text, a + at)) return false;
      from = line.slice(at);
      at = 0;
    }
    const pattern = name === 'authorization' || name === 'bearer' ? CREDENTIAL_AFTER[name] : NAMED_SECRET_AT;
    pattern.lastIndex = at;
    const m = pattern.exec(from);
    pattern.lastIndex = 0;
    if (m === null) return false;
    const value = m[1] as string;
    // A value ending in a colon is the next header's name (`authorization:\nX-Request-Id: …` read past its escape).
    if (value.endsWith(':')) return false;
    if (findMaskMarkers(value).length > 0) return false;
    // Its rest after a wrap or an escaped break, read in the paste where the value is (after the name's tail: the line
    // read here had its escapes made blanks). A cut name and a cut value at once (`client_s⏎ecret=<head>\n<tail>`, a
    // fence pair inside a JSON string made one break: round "fuzz10") showed the tail.
    const valueAt = text.indexOf(value, b);
    const tail = valueAt >= 0 && valueAt - b <= MAX_REST ? wrappedValueRest(text, valueAt + value.length) : null;
    return this.addNamedValue(tail === null ? value : value + tail);
  }

  /** addNamedSecretsIn the plain way, the global regex over the paste (for the fast-path test). */
  addNamedSecretsByScan(text: string): void {
    NAMED_SECRETS.lastIndex = 0;
    let found = 0;
    for (let m = NAMED_SECRETS.exec(text); m !== null && found < MAX_API_KEYS; m = NAMED_SECRETS.exec(text)) {
      const value = m[1] as string;
      if (findMaskMarkers(value).length > 0) continue;
      if (!SEPARATED.test(m[0].slice(0, -value.length)) && !looksLikeBlankNamedValue(value)) continue;
      const rest = wrappedValueRest(text, NAMED_SECRETS.lastIndex);
      if (rest === null && value.length < MIN_VALUE) continue;
      if (this.addNamedValue(rest === null ? value : value + rest)) found++;
    }
    NAMED_SECRETS.lastIndex = 0;
    const lower = text.toLowerCase();
    this.addTokenNamedValuesIn(text, lower);
    this.addBlankTokenValuesIn(text, lower);
    this.addUserPasswordsIn(text);
    this.addMqttPasswordsIn(text);
    this.addCredentialHelperOutputsIn(text);
    this.addKeyValuePairsIn(text, lower);
    this.addEnvEntryValuesIn(text, lower);
    this.addEncodedNamedValuesIn(text, lower);
    this.addWrappedNamedSecretsIn(text, lower, found);
  }

  get size(): number {
    return this.secrets.size;
  }

  /** The secrets registered, as registered (flattened-lines.ts reads another text's with a redactor of its own). */
  registered(): string[] {
    return this.secrets.entries().map(([secret]) => secret);
  }

  /** Replaces every registered secret, any JWT-shaped string, and any run holding a piece of a registered token. */
  redact(text: string): string {
    let out = text;
    if (this.secrets.size > 0 && out.length >= this.shortest) {
      // One search finds the first occurrence, and the replacement goes on after it: `includes` then `replaceAll`
      // read a quoted Authorization line up to its token twice (~450 ns to redact it; ~280 so). A label with a `$`
      // (a scheme as pasted) is left to `replaceAll`, whose `$&`, `` $` `` and `$'` read the whole string.
      for (const [secret, label] of this.longestFirst()) {
        const at = out.indexOf(secret);
        if (at < 0) continue;
        out = label.includes('$')
          ? out.replaceAll(secret, label)
          : out.slice(0, at) + label + out.slice(at + secret.length).replaceAll(secret, label);
      }
    }
    if (indexOfEyJ(out) >= 0) {
      const found = findTokensInText(out);
      for (let k = found.length - 1; k >= 0; k--) {
        const t = found[k];
        if (t === undefined || t.public === true) continue;
        out = `${out.slice(0, t.start)}‹token ${this.fingerprint(t.raw)}›${out.slice(t.end)}`;
      }
    }
    if (this.pieces.size > 0 && out.length >= PIECE) out = this.pieces.replace(out);
    // A wrap's other pieces, a flattened copy left beside what was just hidden (wrap-neighbours.ts).
    if (out !== text) out = hideLabelNeighbours(out, (piece) => `‹secret ${this.fingerprint(piece)}›`);
    return out;
  }

  /**
   * Deep-replaces secrets in every string of a JSON-like value (the finished report).
   *
   * Evidence is already redacted where it is quoted, so the usual report holds no secret: a read-only
   * walk proves that without copying anything, and only a report that does hold one is rebuilt. With
   * nothing registered there is nothing to look for: every JWT-shaped string of the paste, of the options
   * and of the decoded claims was registered (build-context.ts), and a report holds no other text.
   */
  scrub<T>(value: T): T {
    if (this.secrets.size === 0 && this.pieces.size === 0) return value;
    // A string shorter than every secret and than a piece holds neither: the walk skips those unread.
    this.holdsFrom = Math.min(this.shortest, this.pieces.size > 0 ? PIECE : Number.POSITIVE_INFINITY);
    if (!this.reaches(value, 0, null)) return value;
    return this.scrubValue(value, 0) as T;
  }

  /**
   * Whether scrub would leave `value` as it is and `also` find nothing in its strings and keys: one read-only walk for
   * the report's two last passes (diagnose.ts; key-material.ts's runs), which nearly always change nothing and each
   * walked all of it.
   */
  leavesAlone(value: unknown, also: StringTest): boolean {
    this.holdsFrom = Math.min(this.shortest, this.pieces.size > 0 ? PIECE : Number.POSITIVE_INFINITY);
    return !this.reaches(value, 0, also);
  }

  private longestFirst(): Array<[string, string]> {
    // Longest first, stable.
    this.ordered ??= sortSmall(this.secrets.entries(), (a, b) => b[0].length - a[0].length, SMALL_TABLE);
    return this.ordered;
  }

  /**
   * Whether scrubValue would change anything: a string or key holding a secret, or nesting deep enough
   * for scrubValue to cut. Allocates nothing.
   */
  private reaches(value: unknown, depth: number, also: StringTest | null): boolean {
    if (typeof value === 'string') return this.holds(value, also);
    if (value === null || typeof value !== 'object') return false;
    if (depth > MAX_SCRUB_DEPTH) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) if (this.reachesMember(value[i], depth + 1, also)) return true;
      return false;
    }
    // Anything but a plain object (none is expected in a report) is left to scrubValue, which rebuilds it as one.
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return true;
    // for-in walks a plain object's own keys without allocating them (Object.prototype has no enumerable
    // keys; were one added, it would only be checked too). An own `__proto__` key (from JSON.parse) is read
    // through its descriptor, since `value[k]` would give the prototype.
    for (const k in value) {
      // The report's own keys (`clockSkewEstimateSeconds`, `remainingSeconds`) are passed over unread: with a
      // signed token registered, searching them for its pieces was a quarter of the scrub of its report.
      if (k.length >= this.holdsFrom && !isReportWord(k) && this.containsSecret(k)) return true;
      if (also !== null && k.length >= also.from && also.holds(k)) return true;
      const v =
        k === '__proto__' ? Object.getOwnPropertyDescriptor(value, k)?.value : (value as Record<string, unknown>)[k];
      if (this.reachesMember(v, depth + 1, also)) return true;
    }
    return false;
  }

  /**
   * `reaches` for a member of an array or object: its strings and other leaves (most of a report) are
   * judged here rather than by a call each, which was most of the walk's cost.
   */
  private reachesMember(v: unknown, depth: number, also: StringTest | null): boolean {
    if (typeof v === 'string') return this.holds(v, also);
    return v !== null && typeof v === 'object' && this.reaches(v, depth, also);
  }

  /** `reaches` for a string: it holds a secret or a piece, or `also` finds what it looks for. */
  private holds(text: string, also: StringTest | null): boolean {
    if (text.length >= this.holdsFrom && this.containsSecret(text)) return true;
    return also !== null && text.length >= also.from && also.holds(text);
  }

  private scrubValue(value: unknown, depth: number): unknown {
    if (typeof value === 'string') return this.containsSecret(value) ? this.redact(value) : value;
    if (value === null || typeof value !== 'object') return value;
    if (depth > MAX_SCRUB_DEPTH) return '[…]';
    if (Array.isArray(value)) return value.map((v) => this.scrubValue(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = this.containsSecret(k) ? this.redact(k) : k;
      const copy = this.scrubValue(v, depth + 1);
      // An own `__proto__` key (a decoded claim) stays a key: assigned, it would set the copy's prototype.
      if (key === '__proto__') {
        Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
      } else out[key] = copy;
    }
    return out;
  }

  /** Whether `text` holds a registered secret or a piece of a registered token. */
  private containsSecret(text: string): boolean {
    if (text.length >= this.shortest) {
      for (const [secret] of this.longestFirst()) if (text.includes(secret)) return true;
    }
    return text.length >= PIECE && this.pieces.holds(text);
  }
}

/**
 * Whether anything after a token's header.payload could be a signature: not so for `h.p.***`, `h.p.` or
 * `h.p`, a masked or unsigned token, which holds no secret. Its second part is a payload (a JSON object:
 * `eyJ…`); a token found from its payload on (`<word>eyJhbG….eyJ….<sig>.`, glued after a word) has its
 * signature there instead, and an opaque credential has no parts at all. `first` and `second` are the
 * offsets of the first two dots (-1 when absent); a dot is no base64url character, so the runs after
 * the second dot are those of the third part and any after it.
 */
function mayHoldSignature(raw: string, first: number, second: number): boolean {
  if (first < 0 || !raw.startsWith('eyJ', first + 1)) return true;
  return second >= 0 && runAtLeast(raw, WINDOW, second + 1) >= 0;
}

/**
 * The most backslashes an escaped line break has: a JSON log's message inside a container runtime's JSON line inside a
 * log shipper's is escaped three times (`\\\\n`, four backslashes then `n`; a backslash before the break, a shell's
 * continuation, doubles them again). Round "fuzz17", gen17.mjs shape "dblesc": a wrap with four to seven backslashes
 * cut a named value whose rest was shown (78 cases in 2000 in harsh mode).
 */
const MAX_BREAK_BACKSLASHES = 7;

/**
 * The end of a line break at `k`: a real one, or a JSON or logfmt string's escaped `\n` or `\r\n` (escaped again, up
 * to MAX_BREAK_BACKSLASHES backslashes); `k` when none.
 */
function breakEnd(text: string, k: number): number {
  if (text.charCodeAt(k) === 0x0a) return k + 1;
  let b = k;
  while (b < k + MAX_BREAK_BACKSLASHES && text.charCodeAt(b) === 0x5c) b++;
  if (b === k) return k;
  if (text.charCodeAt(b) === 0x72 && text.charCodeAt(b + 1) === 0x5c) {
    b += 2;
    while (b < k + 2 * MAX_BREAK_BACKSLASHES + 1 && text.charCodeAt(b) === 0x5c) b++;
  }
  if (text.charCodeAt(b) === 0x6e) return b + 1;
  // The escape a second wrap cut between its backslashes and its `n` (`…Bearer im3ivmGl\⏎nPnKc…`: a token a JSON
  // string held wrapped, then wrapped again by a terminal; round "fuzz14", jesc.mjs: 27 cases in 36 of each name showed
  // the rest), or a break right after two backslashes or more, an escaped backslash (`token=n\\⏎pm_…`: round "fuzz17",
  // shape "dblesc"). A single one before a break with no `n` after is a shell's line continuation.
  const nl = text.charCodeAt(b) === 0x0d ? b + 1 : b;
  if (text.charCodeAt(nl) === 0x0a) {
    let m = nl + 1;
    while (m < nl + 1 + MAX_VALUE_INDENT && (isBlank(text.charCodeAt(m)) || text.charCodeAt(m) === 0x3e)) m++;
    if (text.charCodeAt(m) === 0x6e) return m + 1;
    if (b >= k + 2) return nl + 1;
  }
  return k;
}

/** The most characters of indent or quote markers (`> `, `>>`) a wrapped value's next line starts with. */
const MAX_VALUE_INDENT = 8;

/**
 * The rest of a named credential's value that a wrap carried to the next line, when the value runs into the line
 * break (real, or a JSON or logfmt string's escaped `\n`, `\r\n`): the next line's run of base64url characters, past an
 * indent or a quote's markers, which ends as a value does (a quote, `&`, `,`, a blank, the line's end). A chat client or
 * a terminal that wrapped a long `{"refresh_token":"…"}` or a form body left the value's tail on a line of its own, and a
 * quote of that line showed it (round "fuzz7", gen7.mjs: 1 case in 100 of the crlf and wrap shapes in harsh mode).
 *
 * A narrow wrap leaves several such runs, some shorter than a word (`…97i⏎CII\n2Bn7BEZS…`: a client_secret wrapped at
 * 30 inside a JSON line), and a blank may part them as a break does (`Bearer F7V Vusaw…`: a NBSP or a zero-width joiner
 * inside the value, read as a space; `ghp_NvXcFJD⏎711W6Zw 0yZyzk…`): round "fuzz10", gen7.mjs in harsh mode, where the
 * second run was shown. Up to MAX_VALUE_PIECES runs are read, each after a gap (valueGapEnd); the rest is the runs up to
 * the last one that is WINDOW characters or more and looks random (a digit, `-` or `_` after a break; upper and lower
 * case and a digit after a blank alone, where a word, a header name or a date is none). Null when there is none.
 */
export function wrappedValueRest(text: string, end: number, base64 = false): string | null {
  let rest = '';
  let found: string | null = null;
  const limit = Math.min(text.length, end + MAX_REST);
  for (let p = end, n = 0; n < MAX_VALUE_PIECES; n++) {
    let k = valueGapEnd(text, p);
    // Past a line break when the gap is more than its blanks.
    const broken = k > blanksEnd(text, p);
    if (!broken) {
      const junk = junkGapEnd(text, p);
      if (junk > p) k = junk;
    }
    if (k === p) break;
    let e = k;
    for (;;) {
      while (e < limit && (isBase64url(text.charCodeAt(e)) || (base64 && isBase64Mark(text.charCodeAt(e))))) e++;
      const inner = innerMarkEnd(text, e, limit);
      if (inner === e) break;
      e = inner;
    }
    // On the value's own line, a `: ` and a message may end it too (Cloud Storage's `…?access_token=<token>: app-sa@…
    // does not have …`); on the next line that is a header's name (`WWW-Authenticate: …`).
    const beforeMessage = !broken && text.charCodeAt(e) === 0x3a && isBlank(text.charCodeAt(e + 1));
    // Base64's padding ends the last line of a wrapped Basic credential (`…\nk0wTmhNemhwV0ZTcmY3OQ==`): a run ending in
    // `=` was read as a `name=value`'s name, and a JSON log's quoted message showed it (round "fuzz20", shape "b64basic").
    const padded = paddingEnd(text, e);
    if (e === k || !(endsValue(text, padded) || beforeMessage)) break;
    rest += text.slice(k, padded);
    if (e - k >= WINDOW && (broken ? hasRandomChar(text, k, e) || irregularCase(text, k, e) : looksRandom(text, k, e)))
      found = rest;
    p = padded;
  }
  return found;
}

/** The checksum after an Atlassian API token's `=`: 8 upper-case hex digits. */
const CHECKSUM_DIGITS = 8;

/**
 * Past a mark inside a wrapped credential's run at `e`, `e` when none is there: a `.` between base64url characters (a
 * dotted token's parts: Mapbox's `sk.<base64url>.<22>`, docs.mapbox.com/api/accounts/tokens), or the `=` and 8 upper-case
 * hex digits that end an Atlassian API token (noseyparker's np.atlassian.1: `ATATT3xFfGF0 [a-zA-Z0-9_-]{20,200}
 * =[0-9A-F]{8}`). A run stopped there read as no value's rest: a token wrapped at 36 columns over three lines or more
 * showed its last line (round fuzz29: gen29.mjs mapbox-sk curl-wrap 4 in 4; fuzz28's leftover, gen28x.mjs phone-zwsp
 * atl-curl-u).
 */
function innerMarkEnd(text: string, e: number, limit: number): number {
  const c = text.charCodeAt(e);
  if (e + 1 >= limit || !isBase64url(text.charCodeAt(e - 1))) return e;
  if (c === 0x2e) return isBase64url(text.charCodeAt(e + 1)) ? e + 1 : e;
  if (c !== 0x3d) return e;
  let k = e + 1;
  while (k < limit && k - e <= CHECKSUM_DIGITS && isUpperHex(text.charCodeAt(k))) k++;
  return k - e - 1 === CHECKSUM_DIGITS && !isBase64url(text.charCodeAt(k)) ? k : e;
}

function isUpperHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46);
}

/** The end of base64's padding at `e` (one `=` or two), `e` when there is none. */
function paddingEnd(text: string, e: number): number {
  if (text.charCodeAt(e) !== 0x3d) return e;
  return text.charCodeAt(e + 1) === 0x3d ? e + 2 : e + 1;
}

/** `+`, `/` or `%` (a percent-encoded one): standard base64's own characters, as a URL carries them. */
function isBase64Mark(c: number): boolean {
  return c === 0x2b || c === 0x2f || c === 0x25;
}

/** The most stray characters strayGapRest reads across. */
const MAX_STRAY_GAP = 4;

/** A character a broken decoder or a terminal leaves inside a credential: U+FFFD, DEL, a C0 control but a blank or a break. */
export function isStrayChar(c: number): boolean {
  return c === 0xfffd || c === 0x7f || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d);
}

/**
 * The rest of a credential that a few stray characters at `end` cut (`Bearer sW-sT02CHDLGGamx\ufffd0wcJjg_TL8g…`, a
 * decoder's replacement character or control bytes inside it): the run of WINDOW base64url characters or more after
 * up to MAX_STRAY_GAP of them, ending as a value does and with a digit, `-` or `_`. Null when there is none. A reader that
 * stopped at such a character read the credential as not ending there, and registered nothing: a quote of its line
 * showed both halves (round "fuzz11", gen10.mjs seed 3). Bounded: MAX_STRAY_GAP, then MAX_REST.
 */
export function strayGapRest(text: string, end: number): string | null {
  let k = end;
  while (k < text.length && k - end < MAX_STRAY_GAP && isStrayChar(text.charCodeAt(k))) k++;
  if (k === end) return null;
  const limit = Math.min(text.length, k + MAX_REST);
  let e = k;
  while (e < limit && isBase64url(text.charCodeAt(e))) e++;
  return e - k >= WINDOW && endsValue(text, e) && hasRandomChar(text, k, e) ? text.slice(k, e) : null;
}

/** The most runs wrappedValueRest reads after a value: a narrow wrap's lines, a blank or two inside. */
const MAX_VALUE_PIECES = 6;
/** The most blanks a value's rest is read past on its line (valueGapEnd). */
const MAX_VALUE_BLANKS = 2;

/** Whether a value's run ending at `e` ends as a value does: the text's end, a quote, `&`, `,`, an escape, a break, a blank, a backtick. */
function endsValue(text: string, e: number): boolean {
  if (e === text.length) return true;
  const c = text.charCodeAt(e);
  return c === 0x22 || c === 0x27 || c === 0x26 || c === 0x2c || c === 0x5c || c === 0x0a || c === 0x60 || isBlank(c);
}

/**
 * The end of the gap at `p` between a value's runs: one or two blanks, then a line break (real, or escaped) with the
 * next line's indent or quote markers (an escaped tab too: `…\n\t<tail>`, round "fuzz9"); or the blanks alone. `p` when
 * none stands there.
 */
function valueGapEnd(text: string, p: number): number {
  const blanks = blanksEnd(text, p);
  const b = p + Math.min(blanks - p, MAX_VALUE_BLANKS);
  let k = breakEnd(text, b);
  // A wrap marker's `\` glued to the value's head, then the break (`X-Api-Key: A47kLS5Xja50H\⏎tJ3i1…`: a chat client or a
  // terminal that wraps with a trailing backslash, inside a JSON log's string; round "fuzz15", 36 cases in 48 showed the
  // rest). Glued only: a shell's continuation has a blank before it (`-H 'X-Api-Key: …' \⏎  -d …`).
  if (k === b && b === p && text.charCodeAt(p) === 0x5c) {
    const nl = text.charCodeAt(p + 1) === 0x0d ? p + 2 : p + 1;
    if (text.charCodeAt(nl) === 0x0a) k = nl + 1;
  }
  if (k === b) return blanks - p <= MAX_VALUE_BLANKS ? blanks : p;
  // curl -v's `< ` too, HTML-escaped or not (`…\n&lt; <tail>` in a JSON log: round "fuzz12", gen12.mjs shape "junk").
  return markersEnd(text, slackCopyHeaderEnd(text, k));
}

/** The most lines of a Slack copy's message header (blank lines, the sender's name, the time) read past. */
const MAX_HEADER_LINES = 6;
/** The longest sender's name line read in a Slack copy's message header. */
const MAX_SENDER = 48;

/**
 * The end of the message header that Slack's copy of several messages puts between two of them, for a line starting at
 * `k`, or `k` when none starts there. Copied, each message is a line of the sender's name, a line of its time (`  9:03
 * AM  `), then its text; the next message by the same sender has a line of its time alone (`9:04  `); blank lines of
 * blanks part them (the raw copy quoted in banagale/FileKitty#30). A credential pasted over two messages, or one Slack
 * split, reads `<head>  ⏎9:04  ⏎<rest>`: its rest was not joined, and a quote of its line in a JSON log showed it (round
 * "fuzz20", gen.mjs shape "twomsgopq"). Only a header that ends in a time line is read past; bounded by its lines.
 */
function slackCopyHeaderEnd(text: string, k: number): number {
  let m = k;
  for (let n = 0; n < MAX_HEADER_LINES; n++) {
    const time = timeLineEnd(text, m);
    if (time > m) return time;
    const blank = blanksEnd(text, m);
    let e = blank;
    // A sender's name: letters, blanks, `.`, `'`, `-` (not a token's run: it has no digit).
    while (e < text.length && e - m < MAX_SENDER && isSenderChar(text.charCodeAt(e))) e++;
    const next = lineBreakEnd(text, e);
    if (next === e) return k;
    m = next;
  }
  return k;
}

/** A character of a sender's name in a Slack copy: a letter (any script), a blank, `.`, `'`, `-`. */
function isSenderChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0x2e ||
    c === 0x27 ||
    c === 0x2d ||
    c >= 0xc0
  );
}

/** The end of a Slack copy's time line at `k` (`  9:03 AM  `, `9:04`, `14:14`) and its break, or `k`. */
function timeLineEnd(text: string, k: number): number {
  let e = blanksEnd(text, k);
  const h = e;
  while (e < h + 2 && isDigit(text.charCodeAt(e))) e++;
  if (e === h || text.charCodeAt(e) !== 0x3a || !isDigit(text.charCodeAt(e + 1)) || !isDigit(text.charCodeAt(e + 2)))
    return k;
  e += 3;
  if (text.charCodeAt(e) === 0x20 && (text.startsWith('AM', e + 1) || text.startsWith('PM', e + 1))) e += 3;
  e = blanksEnd(text, e);
  const next = lineBreakEnd(text, e);
  return next === e ? k : next;
}

/** breakEnd, a carriage return before a real line feed read too. */
function lineBreakEnd(text: string, e: number): number {
  const b = text.charCodeAt(e) === 0x0d && text.charCodeAt(e + 1) === 0x0a ? e + 1 : e;
  const next = breakEnd(text, b);
  return next === b ? e : next;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The end of in-line junk at `p` between a value's runs, where a reflow joined a wrapped `curl -v` line to the one
 * before (`…dRR0NS8t > vaNpJ4Jt…`, `…5TPS<<<CX0NVmM5…`, HTML-escaped or not); `p` when there is none. A lone `>` or
 * `<` has a blank on one side at least (`a>b` is markup; `…IgCX4-P> B0ndhM…`, a quote marker glued to the head: round
 * "fuzz12", gen10.mjs seeds 1 to 3); its rest is then read as a blank's is, random (looksRandom).
 */
function junkGapEnd(text: string, p: number): number {
  const m = blanksEnd(text, p);
  if (m - p > MAX_VALUE_BLANKS) return p;
  let k = m;
  if (text.startsWith('<<<', k)) k += 3;
  else if (text.startsWith('&lt;&lt;&lt;', k)) k += 12;
  else if (text.charCodeAt(k) === 0x3e || text.charCodeAt(k) === 0x3c) k++;
  else if (text.startsWith('&gt;', k) || text.startsWith('&lt;', k)) k += 4;
  else return p;
  const lone = k - m === 1 || k - m === 4;
  const after = blanksEnd(text, k);
  if (after - k > MAX_VALUE_BLANKS || (lone && m === p && after === k)) return p;
  return after;
}

/** The most blanks between a token's last dot and its signature that signatureAfterBlank reads past. */
const MAX_DOT_BLANKS = 3;

/**
 * The signature of a token found ending in its second dot (`h.p.`), when a blank parted it from the dot (`…In0. uKMh…`:
 * round "fuzz4", FUZZ_SEED=59, where it was quoted whole after the token's label): the run after up to MAX_DOT_BLANKS
 * blanks, when it looks random as a signature does (far-rest.ts looksRandom) and the token's header does not name
 * `none`. Null otherwise; the header is decoded only when such a run follows.
 */
function signatureAfterBlank(text: string, end: number, raw: string): string | null {
  let p = end;
  while (p < text.length && p - end < MAX_DOT_BLANKS && isBlank(text.charCodeAt(p))) p++;
  if (p === end) return null;
  let k = p;
  while (k < text.length && k - p <= MAX_REST && isBase64url(text.charCodeAt(k))) k++;
  if (k - p < PIECE || !looksRandom(text, p, k)) return null;
  const first = raw.indexOf('.');
  if (raw.indexOf('.', first + 1) !== raw.length - 1) return null;
  const header = decodeJsonSegment(raw.slice(0, first));
  // A header that does not decode (`eyJeyJhbG…`, glued after another token's start: the same seed) may still be signed.
  if (header.ok && isAlgNone(header.value.alg)) return null;
  return text.slice(p, k);
}

/**
 * A token character written as an HTML character reference: `&#46;`, `&#x2e;`, escaped once more `&amp;#x2E;`. Akamai's
 * error pages write what they quote so (`Reference&#32;&#35;18&#46;…`, `http&#58;&#47;&#47;…`: parse/proxy-texts.ts,
 * checks/proxy.ts decodeNumericEntities), and a token in a URL they quote is then cut at its first `.`, `-` or `_`.
 */
const ESCAPED_CHAR = /&(?:amp;)?#(?:([0-9]{2,3})|[xX]0{0,2}([0-9a-fA-F]{2}));/y;

/**
 * The token a found one (`header.payload`, up to the reference) or a header alone (`eyJ…`, before an escaped first dot)
 * is the start of, its references read back
 * (`header.payload&#46;sig&#45;nature` → `header.payload.sig-nature`): a signed one (two dots, a signature of at least
 * PIECE characters, a header not naming `none`), else null. Read on from `end` over references to `.`, `-`, `_` and
 * the base64url runs between them, bounded as a cut token's rest is (MAX_REST); the header is decoded only then.
 */
function unescapedToken(text: string, end: number, raw: string): string | null {
  let dots = 0;
  for (let i = raw.indexOf('.'); i >= 0; i = raw.indexOf('.', i + 1)) dots++;
  if (dots > 2) return null;
  let joined = raw;
  let p = end;
  while (p < text.length && joined.length - raw.length <= MAX_REST) {
    ESCAPED_CHAR.lastIndex = p;
    const m = ESCAPED_CHAR.exec(text);
    if (m === null) break;
    const code = m[1] !== undefined ? Number(m[1]) : Number.parseInt(m[2] as string, 16);
    if (code !== 0x2e && code !== 0x2d && code !== 0x5f) break;
    if (code === 0x2e && ++dots > 2) break;
    p = ESCAPED_CHAR.lastIndex;
    let k = p;
    while (k < text.length && k - p <= MAX_REST && isBase64url(text.charCodeAt(k))) k++;
    // Two references in a row (`&#45;&#95;`: a signature's `-_`) leave no run between them.
    joined += String.fromCharCode(code) + text.slice(p, k);
    p = k;
  }
  if (dots !== 2 || joined.length - joined.lastIndexOf('.') - 1 < PIECE) return null;
  const header = decodeJsonSegment(joined.slice(0, joined.indexOf('.')));
  if (header.ok && isAlgNone(header.value.alg)) return null;
  return joined;
}

/**
 * A reference to a character as HTML writes it, escaped once more or not (`&#101;`, `&#x65;`, `&amp;#x2E;`), or by
 * name for the three token characters HTML names (`&period;`, `&lowbar;`/`&UnderBar;`, `&hyphen;`/`&dash;`; WHATWG
 * HTML's named character references: https://html.spec.whatwg.org/multipage/named-characters.html). Linear: one
 * alternation of bounded classes.
 */
const CHAR_REFERENCE = /&(?:amp;)?(?:#(?:[0-9]{1,5}|[xX][0-9a-fA-F]{1,4});|(?:period|lowbar|UnderBar|hyphen|dash);)/g;
const NAMED_TOKEN_CHARS: Readonly<Record<string, string>> = {
  period: '.',
  lowbar: '_',
  UnderBar: '_',
  hyphen: '-',
  dash: '-',
};

/** The token character a reference stands for (a base64url character or `.`), else the reference as written. */
function tokenCharOf(reference: string): string {
  const body = reference.slice(reference.startsWith('&amp;') ? 5 : 1, -1);
  let char: string | undefined;
  if (body.charCodeAt(0) !== 0x23 /* # */) char = NAMED_TOKEN_CHARS[body];
  else {
    const hex = body.charCodeAt(1) === 0x78 || body.charCodeAt(1) === 0x58;
    char = String.fromCharCode(hex ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1)));
  }
  return char !== undefined && (char === '.' || isBase64url(char.charCodeAt(0))) ? char : reference;
}

/** Whether the text holds a reference CHAR_REFERENCE reads: a numeric one, or a named one for a token character. */
function mayHoldReference(text: string): boolean {
  if (text.indexOf('&') < 0) return false;
  if (text.indexOf('#') >= 0 && (text.indexOf('&#') >= 0 || text.indexOf('&amp;#') >= 0)) return true;
  for (const name in NAMED_TOKEN_CHARS) if (text.indexOf(`&${name};`) >= 0) return true;
  return false;
}

/** The start of the first run of at least `n` base64url characters in `s` from `from`, or -1. */
function runAtLeast(s: string, n: number, from = 0): number {
  let run = 0;
  for (let i = from; i < s.length; i++) {
    run = isBase64url(s.charCodeAt(i)) ? run + 1 : 0;
    if (run >= n) return i - n + 1;
  }
  return -1;
}

/**
 * A token that looks cut where it ends (its signature shorter than its algorithm's) may go on after
 * what cut it, and what follows is then the rest of its signature: quoted, it would be shown. Past one
 * or two characters on its line (a space, a quote, a stray byte: `…sig-head sig-tail`), the next run
 * of base64url characters is taken for more of its pieces. Past a line break, it was wrapped and the
 * normaliser did not join the rest (the next piece ran into other text: `…sig-tail\0\0GET …`, or another
 * line came in between: two writers to one log), and the runs that start the lines after it are taken,
 * for as long as each fills its line with token characters (a wrap's pieces do: the rest of a payload,
 * a dot, a signature), passing over one line in between at a time.
 * A run that ends in its line (the token's last piece, or other text) ends the search; a header name
 * (`WWW-Authenticate:`) is never a piece. The pieces found, in order, or null. Exported for the fast-path test.
 */
export function restOf(text: string, end: number): string[] | null {
  // A JSON or logfmt string's escaped line break after the cut (`…Rw\n czov…\n zc5…`): a wrapped token a log wrote
  // into one string, its pieces each after an escape (round "fuzz7", gen3m seed 52: the pieces after the first shown).
  const escaped = escapedBreakEnd(text, end);
  if (escaped > end) return sameLineRest(text, escaped, true);
  let p = end;
  // Control bytes (`…sig-head\0\0\0sig-tail`) do not count towards the two: no text writes them. Past more printable
  // ones (`…sig-head{ {sig-tail`), only a run no word is as long as is the rest: a word after a cut token (`…sig-head")
  // Unauthorized`) is not. Pastes with three of either inserted showed the rest of the signature (round "fuzz3",
  // FUZZ_SEED=41). MAX_STRAY and MAX_CONTROLS at most.
  let stray = 0;
  while (p < end + MAX_CONTROLS && p < text.length && text.charCodeAt(p) !== 0x0a && !isBase64url(text.charCodeAt(p))) {
    if (!isControlByte(text.charCodeAt(p)) && ++stray > MAX_STRAY) break;
    p++;
  }
  if (stray > 2 && !longRunAt(text, p)) p = end;
  // A gap of blanks alone goes on past those two: a reflow's (three spaces, a tab and a space, a blank before the line
  // break: round "reflow2"), as reflowed-tokens.ts reads one.
  const blanks = blanksEnd(text, end);
  if (blanks > p) p = blanks;
  // Reads bounded by the text's length here and in wrappedRest (see namedSecretStarts).
  if (p < text.length && text.charCodeAt(p) === 0x0a) return wrappedRest(text, p + 1);
  const rest = p > end ? sameLineRest(text, p) : null;
  if (rest !== null) return rest;
  // Junk inside the signature that mixes in base64url characters (`…sig-head\0A{sig-tail`: FUZZ_SEED=41 again): the
  // first run longer than a word a few characters on.
  const q = longRunAfter(text, end);
  return q < 0 ? null : sameLineRest(text, q);
}

/**
 * The start of the first run of LONG_REST base64url characters at least on the line from `end`, MAX_JUNK characters on
 * at most, or -1: whatever stands between (a fuzzer inserts up to 64 random bytes; a run that long is no word). Bounded:
 * each run's start is read LONG_REST on.
 */
function longRunAfter(text: string, end: number): number {
  for (let q = end + 1; q < text.length && q <= end + MAX_JUNK; q++) {
    const c = text.charCodeAt(q);
    if (c === 0x0a) return -1;
    if (isBase64url(c) && !isBase64url(text.charCodeAt(q - 1)) && longRunAt(text, q)) return q;
  }
  return -1;
}

/**
 * The runs on the token's line from `p` that are more of it: a run of WINDOW characters or more, then the runs after
 * it while a single space parts them and each is as long (a wrap whose line breaks became spaces: `…sig-head sig-part
 * sig-part sig-tail`; found by a scratch fuzzer of captures, round "fuzz", where the third piece was shown).
 */
function sameLineRest(text: string, p: number, escaped = false): string[] | null {
  const found: string[] = [];
  let budget = MAX_REST;
  for (let at = p; budget > 0; ) {
    // Dots too: the cut may be in the payload, and the rest go on through the dot before the signature. Read no further
    // than the budget: a run of glued tokens (`…sig` `eyJ…sig` `eyJ…`, 300 in the fuzz suite's extremes) is one run, and
    // reading it to its end from each token's cut made the redactor quadratic in their number.
    // Control bytes too, which no text writes (`…sig-head\0A\0sig-tail`, round "fuzz3", FUZZ_SEED=41): read past, and
    // left out of the piece.
    let k = at;
    let controls = 0;
    const limit = Math.min(text.length, at + budget);
    for (; k < limit; k++) {
      const c = text.charCodeAt(k);
      if (isBase64url(c) || c === 0x2e) continue;
      if (!isControlByte(c)) break;
      controls++;
    }
    if (k - at - controls < WINDOW || isFieldNameBeforeColon(text, at, k)) break;
    // After an escaped break, a word of the log's next line is no piece (`…sig-tail\nTokenExpiredError`): a piece has
    // a signature's digit, `-` or `_`, as longRunAt asks of a rest's first run.
    if (escaped && found.length > 0 && !hasRandomChar(text, at, k)) break;
    found.push(controls === 0 ? text.slice(at, k) : text.slice(at, k).replace(CONTROL_BYTES, ''));
    budget -= k - at;
    // The next piece after a reflow's gap (one space mostly; two, a tab or a blank and a line break: round "reflow2"),
    // or after an escaped break, as findReflowedTokens reads one (gapEnd's wide gap).
    const next = pieceAfterGap(text, k, escaped);
    if (next < 0 || !isBase64url(text.charCodeAt(next))) break;
    at = next;
  }
  return found.length === 0 ? null : found;
}

/**
 * Where the pieces after a token's cut at `end` go on when an escaped line break follows it (blanks, then `\n` or
 * `\r\n`, as gapEnd's wide gap reads them) and a base64url character after that; `end` when none does.
 */
function escapedBreakEnd(text: string, end: number): number {
  const k = blanksEnd(text, end);
  if (text.charCodeAt(k) !== 0x5c) return end;
  const e = text.charCodeAt(k + 1);
  if (e !== 0x6e && e !== 0x72) return end;
  const next = pieceAfterGap(text, end, true);
  return next < 0 || !isBase64url(text.charCodeAt(next)) ? end : next;
}

/** Whether text[start, end) holds a digit, `-` or `_`: a signature's run of WINDOW does but for 1 in 12. */
function hasRandomChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f) return true;
  }
  return false;
}

/** How many printable characters a token's cut is read past on its line (more than two when a long run follows). */
const MAX_STRAY = 8;
/** How many characters in all, control bytes among them, a token's cut is read past on its line. */
const MAX_CONTROLS = 64;
/** How many characters of any kind a cut token's rest longer than a word (LONG_REST) is looked for past, on its line. */
const MAX_JUNK = 64;

/** How long a run of base64url characters past printable strays must be to be a token's rest: longer than a word. */
const LONG_REST = 24;

/**
 * Whether a run of LONG_REST base64url characters at least starts at `p`, with a digit, `-` or `_` in them: a signature's
 * do but for 1 in 140, an identifier in CamelCase (`AssumeRoleWithWebIdentity`, quoted in the golden corpus) does not.
 */
function longRunAt(text: string, p: number): boolean {
  if (p + LONG_REST > text.length) return false;
  let random = false;
  for (let i = p; i < p + LONG_REST; i++) {
    const c = text.charCodeAt(i);
    if (!isBase64url(c)) return false;
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f) random = true;
  }
  return random;
}

/** The control bytes isControlByte tells. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stray control bytes inside a signature are what it removes
const CONTROL_BYTES = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** A C0 control byte other than a tab or a line break, or DEL: a stray byte, never text. */
function isControlByte(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a) || c === 0x7f;
}

/** The end of the spaces and tabs from `p`, a reflow's gap long at most (on one line). */
function blanksEnd(text: string, p: number): number {
  let k = p;
  while (k < text.length && k - p < MAX_BLANKS && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k;
}

/** The lines after a wrapped token that start with more of it (restOf), or null. */
function wrappedRest(text: string, from: number): string[] | null {
  let found: string[] | null = null;
  let gap = 0;
  let budget = MAX_REST;
  for (let at = from; at < text.length && budget > 0; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let p = at;
    while (p < end && isIndent(text.charCodeAt(p))) p++;
    // A wrapped line of a token holds token characters only: base64url runs and the dots between them.
    // No further than the budget, as in sameLineRest.
    let k = p;
    const limit = Math.min(end, p + budget);
    while (k < limit && (isBase64url(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
    if (k - p < WINDOW || isFieldNameBeforeColon(text, p, k)) {
      if (++gap > 1) return found;
    } else {
      if (found === null) found = [];
      found.push(text.slice(p, k));
      budget -= k - p;
      gap = 0;
      // Blanks a terminal left at the end of a wrapped line (` \n`: round "reflow2") do not end the token.
      if (k < end && blanksEnd(text, k) < end) return found;
    }
    at = end + 1;
  }
  return found;
}
