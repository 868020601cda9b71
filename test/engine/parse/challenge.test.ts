import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChallengeParseError, parseChallenges } from '../../../src/engine/parse/challenge.js';
import type { Challenge } from '../../../src/engine/types.js';

function ch(scheme: string, params: Record<string, string> = {}, token68: string | null = null): Challenge {
  return { scheme, params, token68 };
}

interface Row {
  name: string;
  input: string;
  challenges: Challenge[];
  error?: ChallengeParseError;
}

function check(row: Row): void {
  expect(parseChallenges(row.input)).toEqual({ challenges: row.challenges, error: row.error ?? null });
}

/**
 * Julian Reschke's WWW-Authenticate test cases, http://test.greenbytes.de/tech/tc/httpauth/ (names and
 * inputs as there; read via the ports in Mozilla's netwerk/test/unit/test_authentication.js, KDE KIO's
 * autotests/http/httpauthenticationtest.cpp and spaceone/httoop). The suite grades browsers, so some of
 * its verdicts are about what a client should do with a Basic challenge (RFC 7617), not about the
 * RFC 9110 syntax; expectations here follow the RFC 9110 grammar, and each such case says why.
 */
const greenbytes: Row[] = [
  { name: 'simplebasic', input: 'Basic realm="foo"', challenges: [ch('Basic', { realm: 'foo' })] },
  // Obsolete line folding: the CRLF is left for us to read as whitespace.
  { name: 'simplebasiclf', input: 'Basic\r\n realm="foo"', challenges: [ch('Basic', { realm: 'foo' })] },
  // The scheme is kept as written (compared case-insensitively elsewhere); the parameter name is folded.
  { name: 'simplebasicucase', input: 'BASIC REALM="foo"', challenges: [ch('BASIC', { realm: 'foo' })] },
  // The suite warns on accepting this because RFC 7617 wants a quoted realm; RFC 9110 auth-param allows a token.
  { name: 'simplebasictok', input: 'Basic realm=foo', challenges: [ch('Basic', { realm: 'foo' })] },
  // A backslash is neither a tchar nor the start of a quoted-string.
  {
    name: 'simplebasictokbs',
    input: String.raw`Basic realm=\f\o\o`,
    challenges: [ch('Basic')],
    error: { offset: 12, reason: 'expected token or quoted-string after "="' },
  },
  // A single quote is a tchar, not a quote: the value is the token `'foo'`.
  { name: 'simplebasicsq', input: "Basic realm='foo'", challenges: [ch('Basic', { realm: "'foo'" })] },
  { name: 'simplebasicpct', input: 'Basic realm="foo%20bar"', challenges: [ch('Basic', { realm: 'foo%20bar' })] },
  // `Basic ` then an auth-param list whose first element is empty.
  { name: 'simplebasiccomma', input: 'Basic , realm="foo"', challenges: [ch('Basic', { realm: 'foo' })] },
  // No space after the scheme: `Basic` is a challenge of its own, and `realm="foo"` belongs to none.
  {
    name: 'simplebasiccomma2',
    input: 'Basic, realm="foo"',
    challenges: [ch('Basic')],
    error: { offset: 7, reason: 'auth-param after an auth-scheme that has no space before ","' },
  },
  // The suite fails this because Basic requires a realm (RFC 7617); the RFC 9110 grammar does not, and
  // a missing realm is for a check to report, not a syntax error.
  { name: 'simplebasicnorealm', input: 'Basic', challenges: [ch('Basic')] },
  // Ambiguous (RFC 9110 §11.2: each name MUST occur once per challenge): the first is kept, as Mozilla's port does,
  // and the repetition is the error (a check reports it as challenge.malformed), as httoop's port ("invalidsyntax")
  // and the Java and .NET ports (which throw) have it.
  {
    name: 'simplebasic2realms',
    input: 'Basic realm="foo", realm="bar"',
    challenges: [ch('Basic', { realm: 'foo' })],
    error: { offset: 19, reason: 'auth-param "realm" repeated in one challenge', recovered: true },
  },
  // BWS around "=" is allowed since RFC 7235.
  { name: 'simplebasicwsrealm', input: 'Basic realm = "foo"', challenges: [ch('Basic', { realm: 'foo' })] },
  { name: 'simplebasicrealmsqc', input: String.raw`Basic realm="\f\o\o"`, challenges: [ch('Basic', { realm: 'foo' })] },
  {
    name: 'simplebasicrealmsqc2',
    input: String.raw`Basic realm="\"foo\""`,
    challenges: [ch('Basic', { realm: '"foo"' })],
  },
  {
    name: 'simplebasicnewparam1',
    input: 'Basic realm="foo", bar="xyz",, a=b,,,c=d',
    challenges: [ch('Basic', { realm: 'foo', bar: 'xyz', a: 'b', c: 'd' })],
  },
  {
    name: 'simplebasicnewparam2',
    input: 'Basic bar="xyz", realm="foo"',
    challenges: [ch('Basic', { bar: 'xyz', realm: 'foo' })],
  },
  // obs-text inside a quoted-string; the caller decoded the bytes, the parser keeps what it is given.
  { name: 'simplebasicrealmiso88591', input: 'Basic realm="foo-ä"', challenges: [ch('Basic', { realm: 'foo-ä' })] },
  { name: 'simplebasicrealmutf8', input: 'Basic realm="foo-Ã¤"', challenges: [ch('Basic', { realm: 'foo-Ã¤' })] },
  // RFC 2047 encoding does not apply to quoted-strings.
  {
    name: 'simplebasicrealmrfc2047',
    input: 'Basic realm="=?ISO-8859-1?Q?foo-=E4?="',
    challenges: [ch('Basic', { realm: '=?ISO-8859-1?Q?foo-=E4?=' })],
  },
  {
    name: 'multibasicunknown',
    input: 'Basic realm="basic", Newauth realm="newauth"',
    challenges: [ch('Basic', { realm: 'basic' }), ch('Newauth', { realm: 'newauth' })],
  },
  {
    name: 'multibasicunknownnoparam',
    input: 'Basic realm="basic", Newauth',
    challenges: [ch('Basic', { realm: 'basic' }), ch('Newauth')],
  },
  {
    name: 'multibasicunknown2',
    input: 'Newauth realm="newauth", Basic realm="basic"',
    challenges: [ch('Newauth', { realm: 'newauth' }), ch('Basic', { realm: 'basic' })],
  },
  {
    name: 'multibasicunknown2np',
    input: 'Newauth, Basic realm="basic"',
    challenges: [ch('Newauth'), ch('Basic', { realm: 'basic' })],
  },
  { name: 'multibasicempty', input: ',Basic realm="basic"', challenges: [ch('Basic', { realm: 'basic' })] },
  {
    name: 'multibasicqs',
    input: String.raw`Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple" `,
    challenges: [
      ch('Newauth', { realm: 'apps', type: '1', title: 'Login to "apps"' }),
      ch('Basic', { realm: 'simple' }),
    ],
  },
  // `basic=foo` is a parameter (followed by "="), `Basic realm=…` a challenge (followed by a space).
  {
    name: 'multidisgscheme',
    input: 'Newauth realm="Newauth Realm", basic=foo, Basic realm="Basic Realm" ',
    challenges: [ch('Newauth', { realm: 'Newauth Realm', basic: 'foo' }), ch('Basic', { realm: 'Basic Realm' })],
  },
  { name: 'unknown', input: 'Newauth realm="newauth"', challenges: [ch('Newauth', { realm: 'newauth' })] },
  { name: 'parametersnotrequired', input: 'A, B', challenges: [ch('A'), ch('B')] },
  {
    name: 'disguisedrealm',
    input: 'Basic foo="realm=nottherealm", realm="basic"',
    challenges: [ch('Basic', { foo: 'realm=nottherealm', realm: 'basic' })],
  },
  {
    name: 'disguisedrealm2',
    input: 'Basic nottherealm="nottherealm", realm="basic"',
    challenges: [ch('Basic', { nottherealm: 'nottherealm', realm: 'basic' })],
  },
  {
    name: 'missingquote',
    input: 'Basic realm="basic',
    challenges: [ch('Basic')],
    error: { offset: 12, reason: 'unterminated quoted-string' },
  },
];

/** Extra cases from KDE KIO's port of the suite (autotests/http/httpauthenticationtest.cpp, "Misc. test cases"). */
const kio: Row[] = [
  { name: 'ntlm', input: 'NTLM   ', challenges: [ch('NTLM')] },
  {
    name: 'unterminated-quoted-value',
    input: 'Basic realm="',
    challenges: [ch('Basic')],
    error: { offset: 12, reason: 'unterminated quoted-string' },
  },
  {
    name: 'spacing-and-tabs',
    input: 'bAsic bar\t =\t"baz", realm =\t"foo"',
    challenges: [ch('bAsic', { bar: 'baz', realm: 'foo' })],
  },
  {
    name: 'empty-fields',
    input: 'Basic realm=foo , , ,  ,, bar="baz"\t,',
    challenges: [ch('Basic', { realm: 'foo', bar: 'baz' })],
  },
  { name: 'spacing', input: 'Basic realm=foo, bar = baz', challenges: [ch('Basic', { realm: 'foo', bar: 'baz' })] },
  {
    name: 'missing-comma-between-fields',
    input: 'Basic realm=foo bar = baz',
    // Reported, and read on: the auth-param after the missing comma is kept (see the AWS case).
    challenges: [ch('Basic', { realm: 'foo', bar: 'baz' })],
    error: { offset: 16, reason: 'expected "," after auth-param', recovered: true },
  },
  { name: 'quote-excess', input: String.raw`Basic realm="\"\f\o\o\""`, challenges: [ch('Basic', { realm: '"foo"' })] },
  {
    name: 'quoted-backslash',
    input: String.raw`Basic realm="\"foo\\\\"`,
    challenges: [ch('Basic', { realm: String.raw`"foo\\` })],
  },
  {
    name: 'quoted-backslash-and-quote',
    input: String.raw`Basic realm="\"foo\\\""`,
    challenges: [ch('Basic', { realm: String.raw`"foo\"` })],
  },
  {
    name: 'invalid-quoted',
    input: String.raw`Basic realm="\"foo\\\"`,
    challenges: [ch('Basic')],
    error: { offset: 12, reason: 'unterminated quoted-string' },
  },
  {
    name: 'invalid-quote (ends inside a quoted-pair)',
    input: 'Basic realm="\\"foo\\\\\\',
    challenges: [ch('Basic')],
    error: { offset: 12, reason: 'unterminated quoted-string' },
  },
];

const digestRfc7616 = [
  'Digest',
  '    realm="http-auth@example.org",',
  '    qop="auth, auth-int",',
  '    algorithm=SHA-256,',
  '    nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",',
  '    opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",',
  'Digest',
  '    realm="http-auth@example.org",',
  '    qop="auth, auth-int",',
  '    algorithm=MD5,',
  '    nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",',
  '    opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
].join('\r\n');

const digestParams = {
  realm: 'http-auth@example.org',
  qop: 'auth, auth-int',
  nonce: '7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v',
  opaque: 'FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS',
};

const realWorld: Row[] = [
  {
    name: 'RFC 6750 §3, realm only',
    input: 'Bearer realm="example"',
    challenges: [ch('Bearer', { realm: 'example' })],
  },
  {
    name: 'RFC 6750 §3, expired token',
    input: 'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
    challenges: [
      ch('Bearer', { realm: 'example', error: 'invalid_token', error_description: 'The access token expired' }),
    ],
  },
  {
    name: 'comma inside a quoted value does not split the challenge',
    input: 'Basic realm="a", Bearer error="invalid_token", error_description="x, y"',
    challenges: [ch('Basic', { realm: 'a' }), ch('Bearer', { error: 'invalid_token', error_description: 'x, y' })],
  },
  {
    name: 'challenge-looking text inside a quoted value',
    input: 'Bearer error_description="Basic realm=x, Negotiate abc=", scope=""',
    challenges: [ch('Bearer', { error_description: 'Basic realm=x, Negotiate abc=', scope: '' })],
  },
  { name: 'RFC 9449 DPoP algs', input: 'DPoP algs="ES256 PS256"', challenges: [ch('DPoP', { algs: 'ES256 PS256' })] },
  {
    name: 'RFC 9449 DPoP nonce error beside Bearer',
    input: 'DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof", Bearer',
    challenges: [
      ch('DPoP', { error: 'use_dpop_nonce', error_description: 'Resource server requires nonce in DPoP proof' }),
      ch('Bearer'),
    ],
  },
  {
    name: 'RFC 7616 §3.9.1, two folded Digest challenges',
    input: digestRfc7616,
    challenges: [
      ch('Digest', { ...digestParams, algorithm: 'SHA-256' }),
      ch('Digest', { ...digestParams, algorithm: 'MD5' }),
    ],
  },
  {
    name: 'Docker registry (no space after commas)',
    input:
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
    challenges: [
      ch('Bearer', {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/ubuntu:pull',
      }),
    ],
  },
  { name: 'Negotiate and NTLM offered bare', input: 'Negotiate, NTLM', challenges: [ch('Negotiate'), ch('NTLM')] },
  {
    name: 'lower-case scheme',
    input: 'bearer error="invalid_token"',
    challenges: [ch('bearer', { error: 'invalid_token' })],
  },
  {
    name: 'leading and trailing OWS, empty elements',
    input: ' \t, ,Bearer realm="x" ,\t, ',
    challenges: [ch('Bearer', { realm: 'x' })],
  },
  { name: 'only empty elements', input: ' , ,\t,', challenges: [] },
  { name: 'empty field value', input: '', challenges: [] },
  { name: 'empty quoted-string', input: 'Bearer scope=""', challenges: [ch('Bearer', { scope: '' })] },
  {
    name: 'escaped quote and backslash',
    input: String.raw`Bearer error_description="say \"hi\" to C:\\tmp"`,
    challenges: [ch('Bearer', { error_description: String.raw`say "hi" to C:\tmp` })],
  },
  {
    name: 'every tchar in names and values',
    input: "X !#$%&'*+-.^_`|~09AZaz=!#$%&'*+-.^_`|~09AZaz",
    challenges: [ch('X', { "!#$%&'*+-.^_`|~09azaz": "!#$%&'*+-.^_`|~09AZaz" })],
  },
  {
    name: 'non-ASCII inside a quoted-string (obs-text, astral too)',
    input: 'Bearer error_description="トークンの有効期限が切れています 🔑"',
    challenges: [ch('Bearer', { error_description: 'トークンの有効期限が切れています 🔑' })],
  },
  {
    // An obs-fold inside a quoted-string is kept as written rather than rejected.
    name: 'folded line inside a quoted-string',
    input: 'Bearer error_description="first\r\n second"',
    challenges: [ch('Bearer', { error_description: 'first\r\n second' })],
  },
  {
    // Ambiguous, so the first one wins and the repetition is the error; names are compared after lower-casing.
    name: 'repeated parameter, different case',
    input: 'Bearer Error="invalid_token", error="insufficient_scope"',
    challenges: [ch('Bearer', { error: 'invalid_token' })],
    error: { offset: 30, reason: 'auth-param "error" repeated in one challenge', recovered: true },
  },
  {
    // The same name in two challenges is no repetition: each challenge has its own parameters.
    name: 'the same parameter in two challenges',
    input: 'Bearer realm="api", error="invalid_token", DPoP realm="api", error="invalid_token", algs="ES256"',
    challenges: [
      ch('Bearer', { realm: 'api', error: 'invalid_token' }),
      ch('DPoP', { realm: 'api', error: 'invalid_token', algs: 'ES256' }),
    ],
  },
  {
    name: 'parameter names that are Object.prototype members',
    input: 'Foo __proto__=x, constructor=y, toString=z',
    challenges: [ch('Foo', { ['__proto__']: 'x', constructor: 'y', tostring: 'z' })],
  },
];

const token68VsParams: Row[] = [
  { name: 'token68 ending in "="', input: 'Negotiate abc=', challenges: [ch('Negotiate', {}, 'abc=')] },
  { name: 'token68 with padding', input: 'Negotiate abc==', challenges: [ch('Negotiate', {}, 'abc==')] },
  { name: 'token68 without padding', input: 'Negotiate abc', challenges: [ch('Negotiate', {}, 'abc')] },
  {
    name: 'token68 with every allowed character',
    input: 'Negotiate YIIC+/xyz-._~09AZ==',
    challenges: [ch('Negotiate', {}, 'YIIC+/xyz-._~09AZ==')],
  },
  {
    name: 'Basic credentials-like token68',
    input: 'Basic dXNlcjpwYXNz',
    challenges: [ch('Basic', {}, 'dXNlcjpwYXNz')],
  },
  {
    name: 'token68 followed by another challenge',
    input: 'Negotiate abc= , Basic realm="x"',
    challenges: [ch('Negotiate', {}, 'abc='), ch('Basic', { realm: 'x' })],
  },
  {
    name: 'folded token68 list',
    input: 'Negotiate oYH2MIHz==\r\n , NTLM',
    challenges: [ch('Negotiate', {}, 'oYH2MIHz=='), ch('NTLM')],
  },
  { name: 'auth-param with a token value', input: 'Bearer realm=x', challenges: [ch('Bearer', { realm: 'x' })] },
  { name: 'auth-param with BWS before "="', input: 'Bearer realm =x', challenges: [ch('Bearer', { realm: 'x' })] },
  { name: 'auth-param with BWS after "="', input: 'Bearer realm= x', challenges: [ch('Bearer', { realm: 'x' })] },
  // Grammatically `error=` here is a whole token68 (1*tchar68 *"="), not an auth-param missing its value.
  { name: 'name= alone is a token68', input: 'Bearer error=', challenges: [ch('Bearer', {}, 'error=')] },
];

const errors: Row[] = [
  {
    // Azure Storage's challenge (the Azure SDKs' tests and azcopy quote it): unquoted URLs, no comma. Neither is
    // RFC 9110, so it is an error, but the reading goes on and both parameters are read whole.
    name: 'Azure Storage: unquoted URLs without a comma',
    input:
      'Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize resource_id=https://storage.azure.com',
    challenges: [
      ch('Bearer', {
        authorization_uri: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize',
        resource_id: 'https://storage.azure.com',
      }),
    ],
    error: { offset: 30, reason: 'unquoted value is not a token', recovered: true },
  },
  {
    // The first error was read past, a later one stopped the reading: the challenge may be cut short.
    name: 'an unquoted URL, then an unterminated quoted-string',
    input: 'Bearer authorization_uri=https://login.example.com/authorize, error="invalid_token',
    challenges: [ch('Bearer', { authorization_uri: 'https://login.example.com/authorize' })],
    error: { offset: 30, reason: 'unquoted value is not a token' },
  },

  {
    name: 'unterminated quoted-string',
    input: 'Bearer error="invalid_token',
    challenges: [ch('Bearer')],
    error: { offset: 13, reason: 'unterminated quoted-string' },
  },
  {
    name: '"=" with no value at the end',
    input: 'Bearer realm="x", error=',
    challenges: [ch('Bearer', { realm: 'x' })],
    error: { offset: 24, reason: 'expected token or quoted-string after "="' },
  },
  {
    name: '"=" with no value before a comma',
    input: 'Bearer realm="x", error=, scope="y"',
    challenges: [ch('Bearer', { realm: 'x' })],
    error: { offset: 24, reason: 'expected token or quoted-string after "="' },
  },
  {
    name: 'auth-param with no scheme',
    input: 'realm="x"',
    challenges: [],
    error: { offset: 0, reason: 'auth-param without an auth-scheme before it' },
  },
  {
    name: 'auth-param with no scheme, after an empty element',
    input: ' , realm="x", Basic',
    challenges: [],
    error: { offset: 3, reason: 'auth-param without an auth-scheme before it' },
  },
  {
    name: 'auth-param after a token68',
    input: 'Negotiate abc, realm=x',
    challenges: [ch('Negotiate', {}, 'abc')],
    error: { offset: 15, reason: 'auth-param after a token68' },
  },
  {
    // AWS API Gateway / ALB style: the spaces are there, the commas are not. The error points at the
    // first one missed, and the params after it are read on, so a check still sees error="invalid_token".
    name: 'auth-params without commas (AWS style)',
    input: 'Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
    challenges: [
      ch('Bearer', {
        scope: '',
        error: 'invalid_token',
        error_description: 'the token does not have a valid audience',
      }),
    ],
    error: { offset: 16, reason: 'expected "," after auth-param', recovered: true },
  },
  {
    name: 'second challenge missing a comma',
    input: 'Basic realm="a", Bearer error="invalid_token" error_description="x"',
    challenges: [ch('Basic', { realm: 'a' }), ch('Bearer', { error: 'invalid_token', error_description: 'x' })],
    error: { offset: 46, reason: 'expected "," after auth-param', recovered: true },
  },
  {
    name: 'two tokens, no "="',
    input: 'Negotiate abc def',
    challenges: [ch('Negotiate')],
    error: { offset: 14, reason: 'expected "=" after auth-param name' },
  },
  {
    name: 'quoted-string where a scheme should be',
    input: '"Bearer"',
    challenges: [],
    error: { offset: 0, reason: 'expected auth-scheme' },
  },
  {
    name: 'quoted-string where a token68 or auth-param should be',
    input: 'Bearer "x"',
    challenges: [ch('Bearer')],
    error: { offset: 7, reason: 'expected token68 or auth-param after auth-scheme' },
  },
  {
    name: 'quoted-string as a list element',
    input: 'Basic realm="a", "b"',
    challenges: [ch('Basic', { realm: 'a' })],
    error: { offset: 17, reason: 'expected auth-scheme or auth-param' },
  },
  {
    name: 'illegal character in a scheme',
    input: 'Bea@rer realm="x"',
    challenges: [],
    error: { offset: 3, reason: 'expected whitespace or "," after auth-scheme' },
  },
  {
    name: 'illegal character in a parameter name',
    input: 'Bearer rea@lm="x"',
    challenges: [ch('Bearer')],
    error: { offset: 10, reason: 'expected "=" after auth-param name' },
  },
  {
    name: 'non-ASCII in a scheme',
    input: 'Bearér realm="x"',
    challenges: [],
    error: { offset: 4, reason: 'non-ASCII character outside a quoted-string' },
  },
  {
    name: 'non-ASCII in a token value',
    input: 'Bearer realm=ä',
    challenges: [ch('Bearer')],
    error: { offset: 13, reason: 'non-ASCII character outside a quoted-string' },
  },
  {
    name: 'control character outside a quoted-string',
    input: 'Bearer realm="x",\u0000',
    challenges: [ch('Bearer', { realm: 'x' })],
    error: { offset: 17, reason: 'control character outside a quoted-string' },
  },
  {
    name: 'control character in a quoted-string',
    input: 'Bearer realm="a\u0001b"',
    challenges: [ch('Bearer')],
    error: { offset: 15, reason: 'control character in quoted-string' },
  },
  {
    name: 'DEL in a quoted-pair',
    input: 'Bearer realm="a\\\u007f"',
    challenges: [ch('Bearer')],
    error: { offset: 16, reason: 'control character in quoted-string' },
  },
];

describe('parseChallenges', () => {
  describe('greenbytes httpauth suite', () => {
    it.each(greenbytes)('$name', check);

    it('multibasicunknown2mf: two field lines are parsed one by one, or combined with a comma', () => {
      const lines = ['Newauth realm="newauth"', 'Basic realm="basic"'];
      const expected = [ch('Newauth', { realm: 'newauth' }), ch('Basic', { realm: 'basic' })];
      expect(lines.flatMap((line) => parseChallenges(line).challenges)).toEqual(expected);
      expect(parseChallenges(lines.join(', '))).toEqual({ challenges: expected, error: null });
    });
  });

  describe('KDE KIO extra cases', () => {
    it.each(kio)('$name', check);
  });

  describe('real-world challenges', () => {
    it.each(realWorld)('$name', check);
  });

  describe('token68 or auth-params', () => {
    it.each(token68VsParams)('$name', check);
  });

  describe('errors stop parsing and keep what was read', () => {
    it.each(errors)('$name', check);
  });

  it('returns params without a prototype, so an absent name is not found on Object.prototype', () => {
    const params = parseChallenges('Bearer realm="x"').challenges[0]?.params ?? {};
    expect('constructor' in params).toBe(false);
    expect('toString' in params).toBe(false);
  });
});

describe('parseChallenges on hostile input', () => {
  const MB = 1 << 20;

  /** Deterministic PRNG (mulberry32), so a failure reproduces. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function randomString(length: number, alphabet: string, seed: number): string {
    const next = random(seed);
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(alphabet[Math.floor(next() * alphabet.length)] ?? '');
    return out.join('');
  }

  function randomCodeUnits(length: number, seed: number): string {
    const next = random(seed);
    const units = new Uint16Array(length);
    for (let i = 0; i < length; i++) units[i] = Math.floor(next() * 0x10000);
    return new TextDecoder('utf-16le').decode(units);
  }

  const hostile: [string, string][] = [
    ['random code units', randomCodeUnits(MB, 1)],
    ['random header syntax', randomString(MB, 'aB9 ,,==""\\\\\t/+-.~!', 2)],
    ['random tokens and spaces', randomString(MB, 'ab ', 3)],
    ['a run of quotes', '"'.repeat(MB)],
    ['a run of commas', ','.repeat(MB)],
    ['a run of "="', '='.repeat(MB)],
    ['an unterminated quoted-string of escaped quotes', `Basic realm="${'\\"'.repeat(MB / 2)}`],
    ['a long quoted-string of escapes', `Basic realm="${'\\a'.repeat(MB / 2)}"`],
    ['many auth-params', `Basic ${'a=b, '.repeat(MB / 5)}`],
    ['many distinct auth-params', `Basic ${Array.from({ length: MB / 16 }, (_, i) => `p${i}="v"`).join(',')}`],
    ['many bare challenges', 'A, '.repeat(MB / 3)],
    ['many token68 challenges', 'N abc=, '.repeat(MB / 8)],
    ['a huge token68', `Negotiate ${'A'.repeat(MB)}==`],
    ['a huge token68 that turns out not to be one', `Negotiate ${'A'.repeat(MB)} x`],
    ['whitespace before a missing "="', `Basic a${' '.repeat(MB)}x`],
    ['a huge scheme', 'B'.repeat(MB)],
  ];

  it.each(hostile)('%s: returns in linear time (loose bound: 5 s)', (_name, input) => {
    const started = performance.now();
    const result = parseChallenges(input);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(5000);
    expect(Array.isArray(result.challenges)).toBe(true);
    if (result.error) {
      expect(result.error.offset).toBeGreaterThanOrEqual(0);
      expect(result.error.offset).toBeLessThanOrEqual(input.length);
    }
  });
});

describe('parseChallenges properties', () => {
  const TCHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const TOKEN68_CHARS = '-._~+/0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const token = fc.string({ unit: fc.constantFrom(...TCHARS), minLength: 1, maxLength: 6 });
  const token68 = fc
    .tuple(fc.string({ unit: fc.constantFrom(...TOKEN68_CHARS), minLength: 1, maxLength: 8 }), fc.nat(2))
    .map(([body, pad]) => body + '='.repeat(pad));
  const quotedText = fc.string({ unit: fc.constantFrom('a', ' ', '\t', ',', '=', '"', '\\', 'é', '🔑'), maxLength: 6 });
  const ows = fc.constantFrom('', ' ', '\t', '  ', '\r\n ');
  const param = fc.oneof(
    fc.record({ name: token, value: token, quoted: fc.boolean() }),
    fc.record({ name: token, value: quotedText, quoted: fc.constant(true) }),
  );
  const challenge = fc.record({
    scheme: token,
    body: fc.oneof(
      fc.constant(null),
      token68,
      fc.uniqueArray(param, { selector: (p) => p.name.toLowerCase(), minLength: 1, maxLength: 4 }),
    ),
  });

  it('reads back any well-formed field value it is given', () => {
    fc.assert(
      fc.property(fc.array(challenge, { maxLength: 4 }), ows, ows, (challenges, sp, sep) => {
        const comma = `${sep},${sp}`;
        const text = challenges
          .map(({ scheme, body }) => {
            if (body === null) return scheme;
            if (typeof body === 'string') return `${scheme} ${sp}${body}`;
            const params = body.map(({ name, value, quoted }) =>
              quoted ? `${name}${sp}=${sp}"${value.replace(/["\\]/g, '\\$&')}"` : `${name}=${value}`,
            );
            return `${scheme} ${sp}${params.join(comma)}`;
          })
          .join(comma);
        const expected = challenges.map(({ scheme, body }) => {
          if (body === null) return ch(scheme);
          if (typeof body === 'string') return ch(scheme, {}, body);
          return ch(scheme, Object.fromEntries(body.map(({ name, value }) => [name.toLowerCase(), value])));
        });
        expect(parseChallenges(text)).toEqual({ challenges: expected, error: null });
      }),
    );
  });

  it('never throws, and reports an error offset inside the input', () => {
    const syntax = fc.string({
      unit: fc.constantFrom('a', 'B', '1', ' ', '\t', '\r', '\n', ',', '=', '"', '\\', '/', '@', 'ä', '\u0000'),
    });
    fc.assert(
      fc.property(fc.oneof(syntax, fc.string({ unit: 'binary' })), (text) => {
        const { challenges, error } = parseChallenges(text);
        for (const c of challenges) expect(c.scheme).toMatch(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/);
        if (error) {
          expect(error.offset).toBeGreaterThanOrEqual(0);
          expect(error.offset).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });
});
