import type { Catalogue, Format, PastedParts } from '../catalogue.js';
import { isoOf, splitDuration } from '../time-format.js';
import { evidence } from './evidence.js';
import { findings, refinedBy, sameAdvice } from './findings.js';

function duration(seconds: number): string {
  const { d, h, m, s } = splitDuration(seconds);
  if (d > 0) return h > 0 ? `${d}d ${h}h` : `${d}d`;
  if (h > 0) return m > 0 ? `${h}h ${m}m` : `${h}h`;
  if (m > 0) return s > 0 && m < 10 ? `${m}m ${s}s` : `${m}m`;
  return `${s}s`;
}

const format: Format = {
  iso: isoOf,
  duration,
  relative: (seconds) =>
    seconds === 0 ? 'now' : seconds < 0 ? `${duration(-seconds)} ago` : `in ${duration(seconds)}`,
  list: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
};

/** The English catalogue. */
/**
 * A browser's WebSocket handshake refused with 403 (its console line, report.ts pastedParts): a server's origin check
 * answers so (gorilla/websocket server.go: "websocket: request origin not allowed by Upgrader.CheckOrigin",
 * http.StatusForbidden), as does an authentication layer wanting a header the browser's WebSocket cannot send.
 */
const WEBSOCKET_403 =
  'If the refused request is a browser’s WebSocket handshake: a 403 there can come from the server’s origin check (gorilla/websocket’s Upgrader.CheckOrigin refuses any other host than the server’s own by default) as well as from authentication, which a browser cannot answer with a header. Check the origins the server allows and its log for this handshake, and that the token travels where the server reads it (the URL’s query string, a cookie, or the first message).';

/**
 * The step about the request's credential: a signed URL's is its signature (re-signing it is the step, whether or not
 * a token was pasted); otherwise the token, unless one was pasted.
 */
function credentialStep(shown: PastedParts | undefined, token: string): string[] {
  if (shown?.signedUrl === true) return [SIGNED_URL];
  return shown?.token === true ? [] : [token];
}

const SIGNED_URL =
  'The request’s credential is its URL’s signature, not a token: sign the URL again with the signer’s current key, for this exact method, host, path and signed headers (a client or proxy that changes any of them breaks the signature), and check that the signer may make this request.';

/** What to paste when nothing in the paste names the cause (Catalogue.ui.noCauseSteps, before withHandshake). */
function askForCause(status: number | null, shown?: PastedParts): string[] {
  const it = status === null ? 'the status' : `a ${status}`;
  const the = status === null ? 'the status' : `the ${status}`;
  const log = "Paste the log line the gateway, WAF or service's auth middleware wrote for this request.";
  const token = 'If a token was sent, paste it with its signature masked, to check its scopes, audience and expiry.';
  const body = shown?.body === true;
  const challenge = shown?.challenge === true;
  // The status was read inside the body pasted (a GraphQL error's extensions, an SDK's printed error): that body
  // is all the response shown, and it says nothing of why.
  if (shown?.bodyOnly === true) {
    return [
      `The body pasted does not say who refused the request or why: paste the log line the gateway, WAF or service's auth middleware wrote for it${challenge ? '' : ", or the response's headers (its WWW-Authenticate above all, if it has one)"}.`,
      ...credentialStep(shown, token),
    ];
  }
  if (body && challenge) {
    return [
      `Neither ${the} nor its headers and body say who refused the request, or why: paste the log line the gateway, WAF or service's auth middleware wrote for it.`,
      ...credentialStep(shown, token),
    ];
  }
  const ask = body
    ? `Paste the response's headers, its WWW-Authenticate above all if it has one: ${the} and its body do not say who refused the request, or why.`
    : challenge
      ? `Paste the response's body: ${the} and its headers do not say who refused the request, or why.`
      : `Paste the response's body and its WWW-Authenticate header, if it has one: ${it} alone does not say who refused the request, or why.`;
  return [ask, log, ...credentialStep(shown, token)];
}

/** The no-cause steps, led for a browser’s WebSocket handshake refused with 403 by what else answers it so. */
function withHandshake(status: number | null, shown: PastedParts | undefined, steps: string[]): string[] {
  return status === 403 && shown?.websocket === true ? [WEBSOCKET_403, ...steps] : steps;
}

export const en: Catalogue = {
  locale: 'en',
  format,
  findings,
  sameAdvice,
  refinedBy,
  evidence,
  classification: {
    authentication: 'authentication failure',
    authorization: 'authorization failure',
    undetermined: 'undetermined',
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  source: {
    status: 'status',
    'request-header': 'request header',
    'response-header': 'response header',
    token: 'token',
    log: 'log',
    key: 'key',
    options: 'options',
  },
  verdict: {
    ok: 'ok',
    expired: 'expired',
    borderline: 'borderline',
    'not-yet-valid': 'not yet valid',
    'in-future': 'in the future',
    invalid: 'invalid',
  },
  ui: {
    reportTitle: 'jwt-diagnose',
    statusLabel: 'Status',
    noStatus: 'no status',
    mostLikely: 'Most likely',
    noFindings: 'Nothing in the paste says why the request was refused.',
    findings: 'Findings',
    timeClaims: 'Time claims',
    claimAbsent: 'absent',
    challenges: 'Challenges',
    token: 'Token',
    nextSteps: 'Next steps',
    evidence: 'evidence',
    alsoSeen: 'also',
    sameEvidence: 'the line quoted above',
    sourced: (label, source) => `${label} (${source})`,
    more: 'More',
    reference: (now, source, skew) =>
      now === null
        ? `no reference time (pass --now); skew ${skew} s`
        : `reference ${now}${source === 'date-header' ? " (the response's Date header)" : source === 'log-time' ? " (the log line's time)" : ''}, skew ${skew} s`,
    fingerprint: 'token',
    moreFindings: (n) => `…and ${n} more finding${n === 1 ? '' : 's'} (run the CLI with --format json for all)`,
    moreSteps: (n) => `…and ${n} more step${n === 1 ? '' : 's'}`,
    noCauseSteps: (status, shown) => withHandshake(status, shown, askForCause(status, shown)),
    noResponseStep:
      'Paste the failing request’s response (its status line, WWW-Authenticate header and body) or the log line the API or gateway wrote for it: the token alone does not say why it was refused.',
    liveTokenBanner: 'A live token was pasted. Delete the message and revoke the token.',
    docsLink: 'docs',
    lifetime: (ttl, remaining, skew) =>
      [
        // exp before iat (time.inconsistent): no lifetime at all, not a positive one of the same size.
        ttl === null ? null : ttl < 0 ? `exp ${duration(-ttl)} before iat` : `lifetime ${duration(ttl)}`,
        remaining === null ? null : `exp ${format.relative(remaining)}`,
        skew === null ? null : `issuer clock ahead by ${duration(skew)}`,
      ]
        .filter((x) => x !== null)
        .join(' · '),
    tokenKind: {
      jws: 'signed JWT',
      unsigned: 'unsigned JWT',
      jwe: 'encrypted JWT (JWE)',
      'payload-only': 'payload JSON',
      'header-unreadable': 'JWT, header unreadable',
    },
  },
  slack: {
    modalTitle: 'Diagnose 401/403',
    modalSubmit: 'Diagnose',
    modalClose: 'Cancel',
    modalIntro: [
      'Paste what you have about the failed request: the status line, response or request headers, a JWT (masked is fine), its payload, or the verifier’s log lines. Nothing is stored.',
      'Next time, without the form: `/jwt-diagnose aud=… iss=… scope=… skew=… alg=… lang=ja|en <paste>`',
    ].join('\n'),
    pasteLabel: 'Response, headers or log lines',
    pastePlaceholder: 'HTTP/1.1 401 Unauthorized … WWW-Authenticate: Bearer error=…',
    tokenLabel: 'Token or payload JSON',
    tokenPlaceholder: 'eyJhbGciOi… (masked is fine) or {"iss": …}',
    issuerLabel: 'Expected issuer (iss)',
    audienceLabel: 'Expected audience (aud)',
    scopesLabel: 'Required scopes',
    scopesHint: 'Separate with spaces or commas.',
    skewLabel: 'Clock-skew allowance (seconds)',
    skewHint: 'Leave empty for the default.',
    nothingToDiagnose: 'Paste a response, headers, log lines or a token to diagnose.',
    shareButton: 'Share in channel',
    sharedBy: (mention) => `Shared by ${mention}`,
    sharedNote: 'Shared in the channel.',
    shareAbridged: (n) =>
      n > 0
        ? `Shortened to fit: ${n} finding${n === 1 ? '' : 's'} and some evidence left out. Run /jwt-diagnose for the full report.`
        : 'Shortened to fit: some evidence left out. Run /jwt-diagnose for the full report.',
    shareTooLarge: 'This report is too large to share from here; copy it, or run the CLI: npx jwt-diagnose',
    shareUnavailable: 'This report can no longer be shared. Run /jwt-diagnose again and share the new report.',
    badOption: (name, expected) => `Could not read \`${name}=\`: it takes ${expected}. Nothing was diagnosed.`,
    optionHints: {
      aud: 'an audience, or several separated by commas',
      iss: 'an issuer, or several separated by commas',
      scope: 'scopes separated by commas',
      skew: 'whole seconds from 0 to 86400',
      alg: 'JWS algorithm names such as RS256 or ES256, separated by commas',
      lang: 'en or ja',
    },
    tokenOption: (name) =>
      `\`${name}=\` holds a token (a JWT), not ${{ iss: 'an issuer', aud: 'an audience', scope: 'scopes' }[name]}: give the value the API expects, and paste the token after the options, its signature masked. Nothing was diagnosed.`,
    tokenField: (field) =>
      `This is a token (a JWT), not ${{ iss: 'an issuer', aud: 'an audience', scope: 'scopes' }[field]}: enter the value the API expects, and put the token in “Token or payload JSON”, its signature masked.`,
    modalFailed:
      'The form could not be opened in time. Type `/jwt-diagnose` followed by what you want diagnosed, or use the “Diagnose 401/403” shortcut on a message.',
    failed: 'Something went wrong while diagnosing. Try again, or run the CLI: npx jwt-diagnose',
  },
  cli: {
    usage: [
      'Usage: jwt-diagnose [options] [FILE]',
      '',
      'Diagnoses why a request failed with 401 or 403 from a paste: status line, headers,',
      'a JWT (masked is fine), its payload JSON, or the verifier’s log lines. Reads FILE,',
      'or standard input when FILE is absent or "-".',
      '',
      'Options:',
      '  --format text|json|blocks  output format (default: text)',
      '  --now <time>               reference time, ISO-8601 or epoch seconds (default: the',
      "                             response's Date header if pasted, else the clock)",
      '  --skew <seconds>           clock-skew allowance (default: 60)',
      '  --expect-iss <iss>         expected issuer (repeatable)',
      '  --expect-aud <aud>         expected audience (repeatable)',
      '  --expect-alg <alg>         allowed algorithm (repeatable)',
      '  --require-scope <scope>    required scope or role (repeatable)',
      '  --jwks <file|url>          JWKS JSON or PEM public key (a file), or a JWKS URL to',
      '                             fetch, to check kid and signature',
      '  --issuer <iss>             trusted issuer (repeatable): when the token’s iss is',
      '                             one, its published keys are discovered and fetched;',
      '                             iss=<url> gives its JWKS URL instead',
      '  --allow-http <host>        allow http, not only https, for this host (repeatable)',
      '  --locale en|ja             language of the report (default: en)',
      '  --help, --version',
      '',
      'Exit status: 0 a report was produced; 2 bad usage.',
    ].join('\n'),
    problem: (p) => {
      switch (p.kind) {
        case 'unknown-option':
          return `unknown option ${p.option} (see --help)`;
        case 'missing-value':
          return `${p.option} needs a value (see --help)`;
        case 'bad-value':
          return `${p.option}: ${
            {
              format: 'must be text, json or blocks',
              locale: 'must be en or ja',
              skew: 'must be a whole number of seconds from 0 to 86400',
              now: 'must be an ISO-8601 time with a zone (2026-05-28T14:10:00Z) or epoch seconds',
              'non-empty': 'must not be empty',
              url: 'must be an http(s) URL',
              issuer: 'must be an issuer URL (https://…, no query) or iss=<JWKS URL>',
              host: 'must be a host name or address, optionally with :port (no scheme, no path)',
              alg: 'must be a JWS algorithm name, as registered, case included (RS256, PS256, ES256, HS256, EdDSA, …)',
            }[p.expected]
          }`;
        case 'token-as-value':
          return p.option === 'FILE'
            ? 'FILE is a token (a JWT), not a file: give it on standard input instead (echo "$TOKEN" | jwt-diagnose), its signature masked'
            : `${p.option}: that is a token (a JWT), not what ${p.option} takes (see --help): a token goes in the paste, never in an option`;
        case 'too-many-files':
          return `one input file at most (got ${p.count})`;
        case 'unreadable-file':
        case 'unreadable-key':
          return `cannot read ${p.kind === 'unreadable-key' ? '--jwks ' : ''}${p.path}: ${
            {
              'not-found': 'no such file',
              directory: 'is a directory',
              permission: 'permission denied',
              other: 'read error',
            }[p.reason]
          }`;
        case 'bad-key':
          return `--jwks: ${
            {
              'private-key':
                'this is a PRIVATE key: give the public key or the JWKS, and treat that private key as leaked',
              'not-public-pem': 'the PEM is not a PUBLIC KEY or CERTIFICATE block',
              'not-json-or-pem': 'the key is neither JSON (JWKS or JWK) nor a PEM public key',
              'not-object': 'the key JSON is not an object',
              'no-keys': 'the JWKS has no keys with a "kty"',
              'not-jwk': 'the key JSON is neither a JWKS ({"keys": [...]}) nor a JWK (with "kty")',
            }[p.reason]
          }`;
      }
    },
  },
};
