/**
 * Round "prefixes": reading leftovers of earlier rounds.
 * - OkHttp's HttpLoggingInterceptor and Dio's LogInterceptor behind the device log's prefixes (logcat's brief, tag,
 *   time and threadtime formats, Android Studio's windows, Flutter's `flutter: ` on iOS and `I/flutter (pid): ` on
 *   Android) read as the same lines without them: the request's fields are the request's (the token is the
 *   Authorization header's, a missing header is `authz-header.missing`), the challenge the response's
 *   (src/engine/mobile-log-prefixes.ts names the sources of each format).
 * - grpcurl's `ERROR:` / `Code:` / `Message:` report (fullstorydev/grpcurl format.go PrintStatus) reads as grpc-go's
 *   `rpc error: code = … desc = …`.
 * - A challenge's quoted description that a phone wrapped between two words keeps its space; a wrap inside a run
 *   (an error code, a token-like value, a terminal's wrap inside a word) still joins without one.
 * - An exception class named in a question: what was thrown ("I get …Exception") is the failure; a class named as code
 *   to write ("should I catch …", "how do I handle …") is not.
 * Each group ends with near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, A403, DENIED, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
const URL = 'https://api.acme-corp.com/v1/orders';
const CHALLENGE = 'www-authenticate: Bearer realm="orders", error="invalid_token"';

/** OkHttp's HEADERS-level log of one call (HttpLoggingInterceptor.kt), each line behind `prefix`. */
function okhttp(prefix: string, request: string[], response: string[], status = '401 Unauthorized'): string {
  return [
    `--> GET ${URL}`,
    ...request,
    '--> END GET',
    `<-- ${status} ${URL} (35ms)`,
    'content-type: application/json',
    ...response,
    '<-- END HTTP',
  ]
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

/** Dio's LogInterceptor (cfug/dio log.dart) for a request answered with an error status, each line behind `prefix`. */
function dio(prefix: string, request: string[], response: string[], code = 401): string {
  return [
    '*** Request ***',
    `uri: ${URL}`,
    'method: GET',
    'responseType: ResponseType.json',
    'followRedirects: true',
    'headers:',
    ...request.map((h) => ` ${h}`),
    '',
    '*** DioException ***:',
    `uri: ${URL}`,
    `DioException [bad response]: This exception was thrown because the response has a status code of ${code} and RequestOptions.validateStatus was configured to throw for this status code.`,
    `uri: ${URL}`,
    `statusCode: ${code}`,
    'headers:',
    ...response.map((h) => ` ${h}`),
    '',
  ]
    .map((line) => `${prefix}${line}`)
    .join('\n');
}

const SENT = { foundIn: 'authorization-header' } as const;

const MOBILE: Row[] = [
  {
    name: 'OkHttp in logcat’s tag format (`D/OkHttp: `): the sent token and the challenge',
    input: okhttp('D/OkHttp: ', [`Authorization: Bearer ${EXPIRED}`], [CHALLENGE]),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: SENT,
    tokenExp: NOW - 480,
  },
  {
    name: 'OkHttp in logcat’s threadtime format: a token sent with no scheme',
    input: okhttp('11-25 10:00:00.123  1234  5678 D OkHttp  : ', [`Authorization: ${EXPIRED}`], [CHALLENGE]),
    ...A401,
    includes: ['authz-header.scheme', 'time.expired'],
    excludes: NOT_MISSING,
    token: SENT,
  },
  {
    name: 'OkHttp in logcat’s brief format: the request’s fields show no Authorization',
    input: okhttp('D/OkHttp  (12345): ', ['Accept: application/json'], ['www-authenticate: Bearer realm="orders"']),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: ['token.missing', ...MISREAD],
    token: null,
  },
  {
    name: 'OkHttp in logcat’s time format, under OkHttp’s own logger name',
    input: okhttp('11-25 10:00:00.123 I/okhttp.OkHttpClient( 1234): ', [`Authorization: Bearer ${EXPIRED}`], []),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
    token: SENT,
  },
  {
    name: 'OkHttp in Android Studio’s logcat window: a 403 whose challenge names the scope',
    input: okhttp(
      '2025-11-25 10:00:00.123  9556-9644  okhttp.OkHttpClient     com.acme.app  I  ',
      [`Authorization: Bearer ${EXPIRED}`],
      ['www-authenticate: Bearer error="insufficient_scope", scope="orders:write"'],
      '403 Forbidden',
    ),
    ...A403,
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
    token: SENT,
  },
  {
    name: 'OkHttp in Android Studio’s older window (`date time pid-tid/package D/OkHttp: `)',
    input: okhttp('2025-11-25 10:00:00.123 9556-9644/com.acme.app D/OkHttp: ', ['Accept: */*'], []),
    ...A401,
    top: 'authz-header.missing',
    excludes: ['token.missing'],
  },
  {
    name: 'Dio behind Flutter’s iOS prefix (`flutter: `): the sent token and the challenge',
    input: dio('flutter: ', [`Authorization: Bearer ${EXPIRED}`], [CHALLENGE]),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
    token: SENT,
  },
  {
    name: 'Dio behind Flutter’s Android prefix (`I/flutter (12345): `): no Authorization among the request’s headers',
    input: dio('I/flutter (12345): ', ['content-type: application/json'], ['www-authenticate: Bearer realm="orders"']),
    ...A401,
    includes: ['authz-header.missing'],
    excludes: ['token.missing', ...MISREAD],
  },
];

const MOBILE_NOT: Row[] = [
  {
    name: 'a tag that printed no interceptor’s marker keeps its prefix: its Authorization line is the app’s text',
    input: [`D/MyApp: Authorization: Bearer ${EXPIRED}`, 'D/MyApp: request failed with 401'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['authz-header.missing'],
    token: { foundIn: 'text' },
  },
  {
    name: 'Flutter’s `flutter: ` lines with no Dio marker stay as printed',
    input: ['flutter: token refreshed', `flutter: Authorization: Bearer ${EXPIRED}`, 'flutter: 401 again'].join('\n'),
    ...A401,
    excludes: ['authz-header.missing'],
    token: { foundIn: 'text' },
  },
  {
    name: 'another tag’s lines in the same log keep their prefix beside OkHttp’s',
    input: [
      `D/OkHttp: --> GET ${URL}`,
      'D/OkHttp: --> END GET',
      `W/MyApp: Authorization: Bearer ${EXPIRED}`,
      `D/OkHttp: <-- 401 Unauthorized ${URL} (35ms)`,
      'D/OkHttp: <-- END HTTP',
    ].join('\n'),
    ...A401,
    token: { foundIn: 'text' },
  },
];

const GRPCURL: Row[] = [
  {
    name: 'grpcurl: Unauthenticated with jsonwebtoken’s message',
    input: ['ERROR:', '  Code: Unauthenticated', '  Message: jwt expired'].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: ['policy.deny'],
  },
  {
    name: 'grpcurl: PermissionDenied is the server’s denial',
    input: ['ERROR:', '  Code: PermissionDenied', '  Message: missing scope orders:write'].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'grpc',
    excludes: ['token.missing', 'challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'grpcurl: Unauthenticated with a message no verifier row knows',
    input: ['ERROR:', '  Code: Unauthenticated', '  Message: authentication failed'].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny'],
  },
  {
    name: 'grpcurl: Unauthenticated beside the token its -H sent',
    input: [
      `$ grpcurl -H "authorization: Bearer ${EXPIRED}" api.acme-corp.com:443 orders.v1.Orders/List`,
      'ERROR:',
      '  Code: Unauthenticated',
      '  Message: invalid auth token',
    ].join('\n'),
    status: null,
    classification: 'authentication',
    top: 'time.expired',
    excludes: ['policy.deny'],
    tokenExp: NOW - 480,
  },
  {
    name: 'not grpcurl: a `Code: PermissionDenied` line under no `ERROR:` states nothing',
    input: ['The enum values:', '  Code: PermissionDenied', '  Message: the caller lacks permission'].join('\n'),
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'not grpcurl: `ERROR:` then an OK code',
    input: ['ERROR:', '  Code: Unavailable', '  Message: connection refused'].join('\n'),
    ...QUIET,
    excludes: ['policy.deny', 'token.missing'],
  },
];

const CLASSES: Row[] = [
  {
    name: 'a question naming the class that was thrown (java-jwt)',
    input: 'why do I get `SignatureVerificationException` on every request?',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'java-jwt',
  },
  {
    name: 'a report naming jjwt’s class',
    input: 'getting ExpiredJwtException after deploy',
    ...REFUSED,
    top: 'time.expired',
    via: 'jjwt',
  },
  {
    name: 'a Japanese report naming IdentityModel’s class',
    input: 'SecurityTokenExpiredException が出ます',
    ...REFUSED,
    top: 'time.expired',
    via: 'identitymodel',
  },
  {
    name: 'a report with a status and the class',
    input: 'getting a 401 with ExpiredJwtException after deploy',
    ...A401,
    top: 'time.expired',
  },
];

const CLASSES_NOT: Row[] = [
  {
    name: 'should I catch the class: no failure stated',
    input: 'should I catch ExpiredJwtException?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'how to handle the class, qualified and quoted',
    input: 'should I catch `io.jsonwebtoken.ExpiredJwtException` or the base JwtException?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'how do I handle jsonwebtoken’s TokenExpiredError',
    input: 'how do I handle TokenExpiredError in express?',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'the difference between two classes',
    input: 'what is the difference between ExpiredJwtException and JwtException?',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

describe('formats, round prefixes', () => {
  for (const [title, rows] of [
    ['mobile logs behind their prefixes', MOBILE],
    ['prefixes kept', MOBILE_NOT],
    ['grpcurl', GRPCURL],
    ['exception classes in questions', CLASSES],
    ['exception classes named as code', CLASSES_NOT],
  ] as const) {
    it.each(rows.map((r) => [r.name, r] as const))(`${title}: %s`, async (_name, row) => {
      await expectPasteRow(row, [SIGNATURE]);
    });
  }
});

/** The description a report's invalid_token finding quotes. */
async function description(input: string): Promise<unknown> {
  const report = await run(input);
  const challenge = report.findings.find((f) => f.code === 'challenge.invalid-token');
  expect(report.findings.map((f) => f.code)).not.toContain('challenge.malformed');
  return challenge?.args.description ?? null;
}

describe('formats, round prefixes: a challenge’s quoted description wrapped', () => {
  it('a phone’s wrap between two words keeps the space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access\ntoken expired"`;
    expect(await description(input)).toBe('The access token expired');
  });
  it('a wrap after the description’s first word keeps the space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The\naccess token expired"`;
    expect(await description(input)).toBe('The access token expired');
  });
  it('a narrow phone’s wraps between the parameters and inside the description', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="api",\nerror="invalid_token",\nerror_description="The access\ntoken expired"`;
    expect(await description(input)).toBe('The access token expired');
  });
  it('a wrap after a sentence’s full stop keeps the space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="Token expired.\nSign in again"`;
    expect(await description(input)).toBe('Token expired. Sign in again');
  });
  it('a terminal’s wrap inside a word joins without a space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access t\noken expired"`;
    expect(await description(input)).toBe('The access token expired');
  });
  it('a wrap inside an error code joins without a space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="orders", error="invalid_to\nken", error_description="The access token expired"`;
    expect(await description(input)).toBe('The access token expired');
  });
  it('a wrap inside a token-like run of a description joins without a space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="kid a1b2C3d4E5f6G7h8\nI9j0K1l2 is unknown"`;
    expect(await description(input)).toBe('kid a1b2C3d4E5f6G7h8I9j0K1l2 is unknown');
  });
  it('a wrap inside a camel-cased run of letters joins without a space', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="kid abcdefGHIjk\nlmnoPQRst is unknown"`;
    expect(await description(input)).toBe('kid abcdefGHIjklmnoPQRst is unknown');
  });
});
