/**
 * Round audit-b: defects found reading sampled 403 and no-status reports as the on-call engineer would. Each group
 * holds the pastes that now read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A403, FRESH_MASKED, QUIET, REFUSED, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

// A log that prints the verifier's message bare and its values as logfmt fields after it: the message ends where the
// first `key=` starts. Before, a short message (jsonwebtoken's "invalid signature", "jwt expired") followed by a field
// was not taken as a message, and the verifier's word was lost.
const LOGFMT_AFTER: Row[] = [
  {
    name: 'jsonwebtoken invalid signature with the token as a field after it',
    input: `2026-05-28T14:09:58Z WARN orders-api: JsonWebTokenError: invalid signature token=${FRESH_MASKED}`,
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
    excludes: ['signature.unchecked'],
  },
  {
    name: 'jsonwebtoken jwt expired (no class name) with a request id after it',
    input: '2026-05-28T14:09:58Z WARN orders-api: jwt expired request_id=7f3a9c user.id=42',
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'the words in prose, a metric after them',
    input: 'we count every invalid signature count=3 per minute on the dashboard',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
  {
    name: 'the words run into a field of their own name',
    input: 'jwt expired=true',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

describe('a verifier message followed by logfmt fields', () => {
  for (const row of LOGFMT_AFTER) it(row.name, () => expectPasteRow(row));
});

// Spring Security's insufficient_scope description ("The request requires higher privileges than provided by the access
// token.", BearerTokenErrors.insufficientScope) names no scope: beside the challenge it is the description of, it said
// the same thing a second time as scope.insufficient.
const SPRING_DESCRIPTION = 'The request requires higher privileges than provided by the access token.';
const SPRING_CHALLENGE = `WWW-Authenticate: Bearer error="insufficient_scope", error_description="${SPRING_DESCRIPTION}", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"`;

describe('an insufficient_scope description that names no scope', () => {
  it('beside its challenge, reads once (challenge.insufficient-scope)', async () => {
    const report = await expectPasteRow({
      name: 'Spring 403 challenge',
      input: `${S403}\n${SPRING_CHALLENGE}`,
      ...A403,
      top: 'challenge.insufficient-scope',
      excludes: ['scope.insufficient'],
    });
    expect(report.findings.map((f) => f.code)).toEqual(['challenge.insufficient-scope']);
  });

  it('inside a JSON-escaped response dump, reads once', () =>
    expectPasteRow({
      name: 'zap debug dump',
      input: `{"level":"debug","msg":"orders api response","dump":"HTTP/1.1 403 Forbidden\\r\\nContent-Length: 0\\r\\nWww-Authenticate: Bearer error=\\"insufficient_scope\\", error_description=\\"${SPRING_DESCRIPTION}\\"\\r\\n\\r\\n"}`,
      ...A403,
      top: 'challenge.insufficient-scope',
      excludes: ['scope.insufficient'],
    }));

  it('alone in a log (no challenge), still reads as scope.insufficient', () =>
    expectPasteRow({
      name: 'Spring log line',
      input: `2026-05-28 14:09:58.123 DEBUG 1 --- [nio-8080-exec-1] o.s.s.w.a.ExceptionTranslationFilter : ${SPRING_DESCRIPTION}`,
      status: null,
      classification: 'authorization',
      includes: ['scope.insufficient'],
    }));

  it('beside a challenge that names the scope and a token that lacks it, the comparison stays', () =>
    expectPasteRow({
      name: 'challenge with scope, token pasted',
      input: `${S403}\nWWW-Authenticate: Bearer error="insufficient_scope", error_description="${SPRING_DESCRIPTION}", scope="delete:orders"\n\nAuthorization: Bearer ${FRESH_MASKED}`,
      ...A403,
      top: 'challenge.insufficient-scope',
      includes: ['scope.insufficient'],
    }));
});

// A token that holds some of the scopes the challenge requires: both findings asked for a new token, one with all the
// required scopes and one with the missing ones only (which would lose those it had). One step now, naming all.
describe('the step for a token that lacks some of the required scopes', () => {
  const partial = rs256({ ...CLAIMS, iat: NOW - 1800, exp: NOW + 1800, scope: 'read:orders' }, { kid: 'k1' });
  const masked = `${partial.split('.').slice(0, 2).join('.')}.***`;

  it('is given once, with every required scope', async () => {
    const report = await run(
      `${S403}\nWWW-Authenticate: Bearer error="insufficient_scope", scope="read:orders delete:orders"\n\ntoken: ${masked}`,
    );
    expect(report.findings.map((f) => f.code)).toContain('scope.insufficient');
    const scopeSteps = report.nextSteps.filter((s) => s.startsWith('Request a token with'));
    expect(scopeSteps).toEqual([
      'Request a token with "read:orders" and "delete:orders" (add them to the client’s scope request, and grant them to the client or user in the identity provider).',
    ]);
  });

  it('names the required scopes in Japanese too, once', async () => {
    const report = await run(
      `${S403}\nWWW-Authenticate: Bearer error="insufficient_scope", scope="read:orders delete:orders"\n\ntoken: ${masked}`,
      { locale: 'ja' },
    );
    const scopeSteps = report.nextSteps.filter((s) => s.includes('を含むトークンを取り直してください'));
    expect(scopeSteps).toHaveLength(1);
    expect(scopeSteps[0]).toContain('"read:orders"');
    expect(scopeSteps[0]).toContain('"delete:orders"');
  });

  it('with the required scope from the options alone, names it', async () => {
    const report = await run(`${S403}\n\ntoken: ${masked}`, { requiredScopes: ['write:orders'] });
    expect(report.nextSteps[0]).toContain('"write:orders"');
    expect(report.nextSteps[0]).not.toContain('"read:orders"');
  });
});
