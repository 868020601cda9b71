import type { PlatformLimits, SelfSignedPlatform } from './checks/platform-limits.js';
import type { KeyFetchInfo } from './options.js';
import type { ParsedAuthorization } from './parse/authorization.js';
import type { ChallengeParseResult } from './parse/challenge.js';
import type { StatedError } from './parse/error-bodies.js';
import type { HeaderField, HttpObservations } from './parse/http.js';
import type { JsonObjectSpan } from './parse/json-spans.js';
import type { VerifierHit } from './parse/verifier-messages.js';
import type { SecretRedactor } from './secrets.js';
import type { DecodedCredential, JsonObject } from './token/decode.js';
import type { Source, TokenSummary } from './types.js';

/**
 * An expected value (issuer, audience, scope) and who expects it: the caller, a log line, a challenge.
 * Only what the server said has evidence, a quote of it; the caller's option is no evidence of anything,
 * and a finding about it quotes the claim instead.
 */
export type Expectation =
  | { value: string; source: 'options' }
  /** The platform's own rule for the JWT its caller signs (checks/platform-limits.ts): its docs, not the paste, say it. */
  | { value: string; source: 'platform'; platform: SelfSignedPlatform }
  | { value: string; source: LogHit['source']; evidence: string; via?: string }
  /** The verifier's settings pasted beside the token (parse/verifier-config.ts): what it compares with, not what it said. */
  | {
      value: string;
      source: 'config';
      evidence: string;
      via?: string;
      /** The writer's words state it ("aud should be …", parse/stated-expectation.ts), not a setting. */
      writer?: true;
      /** A scope named in a list of which the verifier needs any one (ConfiguredValue.anyOf): the whole list. */
      anyOf?: readonly string[];
    };

export interface TokenInfo {
  decoded: DecodedCredential;
  foundIn: TokenSummary['foundIn'];
  /** How evidence refers to it: `‹token sha256:1a2b3c4d›`. */
  label: string;
  source: Source;
  /** The line it was found on, secrets replaced. */
  evidence: string;
}

export interface LogHit {
  hit: VerifierHit;
  /** Where the server said it: a log line, a response header or body, the status line. */
  source: Exclude<Source, 'options'>;
  evidence: string;
}

export interface ChallengeObservation {
  field: HeaderField;
  result: ChallengeParseResult;
}

/** A key the user supplied, not yet imported (import is async and lives in the key check). */
export type KeyMaterial =
  | { kind: 'jwks'; keys: JsonObject[]; source: Source }
  | { kind: 'pem'; pem: string; source: Source };

/** Everything checks read. Built once per diagnosis by `buildContext`; checks never mutate it. */
export interface Context {
  text: string;
  /**
   * `text` lower-cased with the same offsets (`foldForMatching`), built once for every scanner that
   * matches case-insensitively (verifier messages, intermediaries' pages).
   */
  lower: string;
  http: HttpObservations;
  json: readonly JsonObjectSpan[];
  hits: LogHit[];
  /**
   * Whether one of the proxy check's body texts, or Envoy's ` UAEX ` flag, occurs, as the verifier-message scan found it
   * with the passes it makes anyway (parse/verifier-messages/scan.ts, BODY_TEXTS): all but the body texts checks/proxy.ts
   * looks for itself (BODY_UNSCANNED).
   */
  proxyBodyText: boolean;
  /** What error bodies state about the credentials (RFC 6750 `error`, GraphQL `extensions.code`, …). */
  stated: StatedError[];
  /** The challenges of the exchange the report is about (all of them when the paste shows one exchange). */
  challenges: ChallengeObservation[];
  /** Every challenge in the paste, for the report's `challenges` (cli.md: every WWW-Authenticate). */
  challengesInPaste: ChallengeObservation[];
  authorization: { field: HeaderField; parsed: ParsedAuthorization; count: number } | null;
  /** The token the diagnosis is about: the request's, else the first one in the paste. */
  token: TokenInfo | null;
  /**
   * The other signed tokens in the paste (an expired one and its replacement, an OAuth token response's
   * ID token beside its access token), at most a few: only judged for being live, a leak whichever token
   * the diagnosis is about.
   */
  otherTokens: TokenInfo[];
  /** A token the paste says works, where it also holds the diagnosed one ("old token (works): eyJ…"): compared with it. */
  workingToken: TokenInfo | null;
  /** Claims to check: the token's payload, or a bare payload JSON pasted on its own. */
  claims: JsonObject | null;
  claimsSource: Source;
  /**
   * The members read before the cut of a token whose payload ends early (`claims` is then null): what the token
   * says, for the args of a stated finding and the checks whose verdict a claim read whole settles. A claim not in it
   * may be after the cut: never "missing".
   */
  cutClaims: JsonObject | null;
  /**
   * Where a payload pasted as JSON and cut by the paste starts (cut-bare-claims.ts), whose members are `cutClaims`; null
   * when they are a token's, or none were read.
   */
  cutJsonAt: number | null;
  /**
   * `claims ?? cutClaims`: the claims whose values were read whole, for what a present claim says (an exp, an iss);
   * never for whether one is absent (a cut payload's may follow the cut).
   */
  presentClaims: JsonObject | null;
  header: JsonObject | null;
  /** Where a header pasted as JSON (beside a bare payload) states its `alg`: the evidence; null for a token's. */
  headerQuote: string | null;
  /** The platform whose self-signed JWT the claims are, named by the paste (checks/platform-limits.ts); null: none. */
  selfSigned: PlatformLimits | null;
  /** Reference time, epoch seconds; null when neither the caller nor the paste gives one. */
  now: number | null;
  nowSource: 'options' | 'date-header' | 'log-time' | 'none';
  /**
   * The caller's time (options.now), kept when the log line's time became `now`: whether a pasted token can still be
   * used by whoever reads the paste is a question about the present, not about the moment the request failed.
   */
  clock: number | null;
  skewSeconds: number;
  expected: {
    issuers: Expectation[];
    audiences: Expectation[];
    scopes: Expectation[];
    algorithms: string[];
  };
  keys: KeyMaterial[];
  /** What the edge did about the issuer's published keys (options.keyFetch); null: nothing was asked. */
  keyFetch: KeyFetchInfo | null;
  /** The response's Date header, epoch seconds. */
  serverDate: number | null;
  /** The request's host, when the paste shows it. */
  requestHost: string | null;
  redactor: SecretRedactor;
  /** The line around [start, end), trimmed to a readable length, secrets replaced. */
  evidenceAt(start: number, end: number): string;
}
