/**
 * Platform token mix-ups, continued. Firebase: a custom token (Identity Toolkit's audience) where verifyIdToken()
 * wants an ID token (firebase-admin-node src/auth/token-verifier.ts: "verifyIdToken() expects an ID token, but was
 * given a custom token."), read as token.type-mismatch with proof firebase-custom-token. Supabase: the project's anon
 * and service_role keys (JWTs naming a role, no sub: supabase.com/docs/guides/api/api-keys) refused where a user's
 * session goes (Auth's bad_jwt "invalid claim: missing sub claim", supabase/supabase-js#702), and another project's
 * token (PostgREST's PGRST301 "JWSError JWSInvalidSignature", supabase/supabase#177). Cloud Run: a Google ID token whose
 * aud is another service's *.run.app URL (cloud.google.com/run/docs/configuring/custom-audiences). The last group of
 * each holds the near-misses that must stay as they were.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, JSON_CT, QUIET, REFUSED, S200, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { hs256, rs256 } from '../helpers/tokens.js';

const sig = (t: string) => t.split('.')[2] as string;
const TIMES = { iat: NOW - 600, exp: NOW + 3000 };
const A403 = { status: 403, classification: 'authentication' } as const;

const FIREBASE_AUD = 'https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit';
const SA = 'firebase-adminsdk-x1y2z@shop-prod.iam.gserviceaccount.com';
/** What createCustomToken() signs with the service account's key: no kid, Identity Toolkit's audience. */
const CUSTOM = rs256({ aud: FIREBASE_AUD, ...TIMES, iss: SA, sub: SA, uid: 'user-42' }, {});
/** An ID token of the same project, for the near-misses. */
const ID_TOKEN = rs256(
  {
    iss: 'https://securetoken.google.com/shop-prod',
    aud: 'shop-prod',
    auth_time: NOW - 900,
    user_id: 'u',
    sub: 'u',
    ...TIMES,
  },
  { kid: 'f1' },
);
const CUSTOM_MSG =
  'verifyIdToken() expects an ID token, but was given a custom token. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.';

const FIREBASE_ROWS: Row[] = [
  {
    name: 'firebase-admin refusing a custom token, the message alone (was input.empty)',
    input: `Error: ${CUSTOM_MSG}`,
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'firebase-admin',
  },
  {
    name: 'the FirebaseAuthError with its code, beside the custom token it refused',
    input: [`FirebaseAuthError: ${CUSTOM_MSG}`, '    at FirebaseTokenVerifier.verifyContent', `token: ${CUSTOM}`].join(
      '\n',
    ),
    ...REFUSED,
    top: 'token.type-mismatch',
    excludes: ['claim.aud-mismatch', 'claim.sub-missing'],
  },
  {
    name: 'verifySessionCookie() given a legacy custom token',
    input:
      'Error: verifySessionCookie() expects a session cookie, but was given a legacy custom token. See https://firebase.google.com/docs/auth/admin/manage-cookies for details on how to retrieve a session cookie.',
    ...REFUSED,
    top: 'token.type-mismatch',
  },
  {
    name: 'a custom token sent as the bearer token to one’s own API (no message)',
    input: [`curl -H "Authorization: Bearer ${CUSTOM}" https://api.shop.example/me`, S401].join('\n'),
    ...A401,
    top: 'token.type-mismatch',
  },
];

const FIREBASE_NOT: Row[] = [
  {
    name: 'an ID token refused for its issuer stays claim.iss-mismatch',
    input: [
      'FirebaseAuthError: Firebase ID token has incorrect "iss" (issuer) claim. Expected "https://securetoken.google.com/shop-prod" but got "https://securetoken.google.com/shop-dev". Make sure the ID token comes from the same Firebase project as the service account used to authenticate this SDK.',
      `token: ${ID_TOKEN}`,
    ].join('\n'),
    ...REFUSED,
    top: 'claim.iss-mismatch',
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'a custom token pasted alone with no refusal is not read as sent anywhere',
    input: `createCustomToken returned: ${CUSTOM}`,
    ...QUIET,
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'prose about custom tokens is no refusal',
    input: 'Should the backend accept a custom token, or exchange it for an ID token first?',
    ...QUIET,
    excludes: ['token.type-mismatch'],
  },
];

describe('formats, Firebase: a custom token where an ID token goes', () => {
  it.each(FIREBASE_ROWS)('$name', async (row) => {
    await expectPasteRow(row, [sig(CUSTOM)]);
  });
  it.each(FIREBASE_NOT)('not: $name', async (row) => {
    await expectPasteRow(row, [sig(CUSTOM), sig(ID_TOKEN)]);
  });

  it('names the custom token and the sign-in step, in English and Japanese', async () => {
    const en = await run(`Error: ${CUSTOM_MSG}\ntoken: ${CUSTOM}`);
    const f = en.findings[0];
    expect(f?.args).toMatchObject({ via: 'firebase-admin', proof: 'firebase-custom-token', typ: 'JWT' });
    expect(f?.title).toContain('Firebase custom token');
    expect(en.nextSteps[0]).toContain('signInWithCustomToken');
    const ja = await run(`Error: ${CUSTOM_MSG}`, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('カスタムトークン');
    expect(ja.nextSteps[0]).toContain('signInWithCustomToken');
  });
});

const REF = 'abcdefghijklmnopqrst';
const OTHER_REF = 'zyxwvutsrqponmlkjihg';
const keyOf = (role: string, ref = REF) =>
  hs256(
    { iss: 'supabase', ref, role, iat: NOW - 86_400, exp: NOW + 315_000_000 },
    'project-secret-project-secret-0001',
  );
const ANON = keyOf('anon');
const SERVICE = keyOf('service_role');
const OTHER_ANON = keyOf('anon', OTHER_REF);
/** A signed-in user's session token, as the project's Auth issues it. */
const SESSION = hs256(
  {
    iss: `https://${REF}.supabase.co/auth/v1`,
    sub: '5f1c0d2e',
    aud: 'authenticated',
    role: 'authenticated',
    ...TIMES,
    session_id: 's',
  },
  'project-secret-project-secret-0001',
  { kid: 'x1' },
);
const BAD_JWT_SUB = '{"code":403,"error_code":"bad_jwt","msg":"invalid claim: missing sub claim"}';

const SUPABASE_ROWS: Row[] = [
  {
    name: 'the anon key sent to /auth/v1/user (getUser() before sign-in): the anon key is named',
    input: [
      `curl -i https://${REF}.supabase.co/auth/v1/user -H "apikey: ${ANON}" -H "Authorization: Bearer ${ANON}"`,
      'HTTP/2 403',
      JSON_CT,
      '',
      BAD_JWT_SUB,
    ].join('\n'),
    ...A403,
    top: 'claim.sub-missing',
    excludes: ['claim.aud-missing', 'time.long-lifetime'],
  },
  {
    name: 'the service_role key sent to /auth/v1/user',
    input: [
      `GET https://${REF}.supabase.co/auth/v1/user`,
      `Authorization: Bearer ${SERVICE}`,
      'HTTP/2 403',
      '',
      BAD_JWT_SUB,
    ].join('\n'),
    ...A403,
    top: 'claim.sub-missing',
  },
  {
    name: 'another project’s anon key refused by PostgREST (PGRST301 JWSInvalidSignature)',
    input: [
      `curl -i https://${REF}.supabase.co/rest/v1/todos -H "apikey: ${OTHER_ANON}" -H "Authorization: Bearer ${OTHER_ANON}"`,
      S401,
      '',
      '{"code":"PGRST301","details":null,"hint":null,"message":"JWSError JWSInvalidSignature"}',
    ].join('\n'),
    ...A401,
    top: 'signature.invalid',
    via: 'postgrest',
    excludes: ['claim.aud-missing'],
  },
  {
    name: 'a user’s session from another project refused by Auth: signature is invalid',
    input: [
      `curl -i https://${OTHER_REF}.supabase.co/auth/v1/user -H "Authorization: Bearer ${SESSION}"`,
      'HTTP/2 403',
      '',
      '{"code":403,"error_code":"bad_jwt","msg":"invalid JWT: unable to parse or verify signature, signature is invalid"}',
    ].join('\n'),
    ...A403,
    top: 'signature.invalid',
  },
];

const SUPABASE_NOT: Row[] = [
  {
    name: 'the anon key as apikey with a user’s session as the bearer, answered 200',
    input: [
      `curl -i https://${REF}.supabase.co/auth/v1/user -H "apikey: ${ANON}" -H "Authorization: Bearer ${SESSION}"`,
      S200,
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['claim.sub-missing', 'signature.invalid'],
  },
  {
    name: 'a PostgREST JWT with role anon and no Supabase issuer or ref: sub-missing stays plain',
    input: [`Authorization: Bearer ${hs256({ role: 'anon', ...TIMES })}`, S401].join('\n'),
    ...A401,
  },
  {
    // Round left-o: quoted whole the words are the error itself (they count, formats-left-o); unquoted prose does not.
    name: 'JWSInvalidSignature without a PGRST code, unquoted in prose, is not PostgREST’s',
    input: 'I googled JWSError JWSInvalidSignature and found nothing useful',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
];

describe('formats, Supabase: project keys where a user’s session goes, and another project’s tokens', () => {
  it.each(SUPABASE_ROWS)('$name', async (row) => {
    await expectPasteRow(row, [sig(ANON), sig(SERVICE), sig(OTHER_ANON), sig(SESSION)]);
  });
  it.each(SUPABASE_NOT)('not: $name', async (row) => {
    await expectPasteRow(row, [sig(ANON), sig(SESSION)]);
  });

  it('the anon key: args, words and step', async () => {
    const report = await run(`Authorization: Bearer ${ANON}\nHTTP/2 403\n\n${BAD_JWT_SUB}`);
    const f = report.findings[0];
    expect(f?.args).toEqual({ via: 'supabase-auth', supabaseKey: 'anon' });
    expect(f?.title).toContain('anon key');
    expect(report.nextSteps[0]).toContain('access_token');
  });

  it('a key with no refusal beside it: sub-missing is info and names the key; plain role tokens do not', async () => {
    const keyed = await run(`Authorization: Bearer ${SERVICE}`);
    const f = keyed.findings.find((x) => x.code === 'claim.sub-missing');
    expect(f?.args.supabaseKey).toBe('service_role');
    expect(f?.severity).toBe('info');
    const plain = await run(`Authorization: Bearer ${hs256({ role: 'anon', ...TIMES })}`);
    expect(plain.findings.find((x) => x.code === 'claim.sub-missing')?.args.supabaseKey).toBeUndefined();
  });

  it('names both projects, and speaks Japanese', async () => {
    const input = `curl https://${REF}.supabase.co/rest/v1/todos -H "Authorization: Bearer ${OTHER_ANON}"\n${S401}\n\n{"code":"PGRST301","message":"JWSError JWSInvalidSignature"}`;
    const report = await run(input);
    expect(report.findings[0]?.args.supabaseProject).toEqual({ token: OTHER_REF, host: REF });
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('Supabase');
    const jaKey = await run(`Authorization: Bearer ${ANON}\nHTTP/2 403\n\n${BAD_JWT_SUB}`, { locale: 'ja' });
    expect(jaKey.findings[0]?.title).toContain('anon キー');
  });
});

const RUN_HOST = 'orders-x7k2p9q4ma-uc.a.run.app';
const googleId = (aud: string, iss = 'https://accounts.google.com') =>
  rs256(
    {
      aud,
      azp: '1029384756',
      email: 'caller@shop-prod.iam.gserviceaccount.com',
      email_verified: true,
      ...TIMES,
      iss,
      sub: '1029384756',
    },
    { kid: 'g1' },
  );
const BILLING_TOKEN = googleId('https://billing-x7k2p9q4ma-uc.a.run.app');

const CLOUD_RUN_ROWS: Row[] = [
  {
    name: 'an ID token for the billing service sent to the orders service',
    input: [`curl -i https://${RUN_HOST}/v1/orders -H "Authorization: Bearer ${BILLING_TOKEN}"`, S401].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
  },
  {
    name: 'the same with the issuer written without its scheme',
    input: [
      `curl -i https://${RUN_HOST}/ -H "Authorization: Bearer ${googleId('https://billing-x7k2p9q4ma-uc.a.run.app/', 'accounts.google.com')}"`,
      S403,
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'claim.aud-mismatch',
  },
];

const CLOUD_RUN_NOT: Row[] = [
  {
    name: 'the token’s aud is the receiving service’s own URL',
    input: [`curl -i https://${RUN_HOST}/v1 -H "Authorization: Bearer ${googleId(`https://${RUN_HOST}`)}"`, S401].join(
      '\n',
    ),
    ...A401,
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: 'a custom audience (no run.app URL): the service may accept it',
    input: [`curl -i https://${RUN_HOST}/v1 -H "Authorization: Bearer ${googleId('orders-api')}"`, S401].join('\n'),
    ...A401,
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: 'the other URL shape may be the same service’s',
    input: [
      `curl -i https://${RUN_HOST}/v1 -H "Authorization: Bearer ${googleId('https://orders-123456789012.us-central1.run.app')}"`,
      S401,
    ].join('\n'),
    ...A401,
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: 'answered 200: nothing was refused',
    input: [`curl -i https://${RUN_HOST}/v1 -H "Authorization: Bearer ${BILLING_TOKEN}"`, S200].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: 'a non-Google token sent to Cloud Run is not judged by this rule',
    input: [
      `curl -i https://${RUN_HOST}/v1 -H "Authorization: Bearer ${rs256({ iss: 'https://auth.shop.example/', aud: 'https://billing-x7k2p9q4ma-uc.a.run.app', sub: 's', ...TIMES })}"`,
      S401,
    ].join('\n'),
    ...A401,
    excludes: ['claim.aud-mismatch'],
  },
];

describe('formats, Cloud Run: a Google ID token for another service', () => {
  it.each(CLOUD_RUN_ROWS)('$name', async (row) => {
    await expectPasteRow(row, [sig(BILLING_TOKEN)]);
  });
  it.each(CLOUD_RUN_NOT)('not: $name', async (row) => {
    await expectPasteRow(row, [sig(BILLING_TOKEN)]);
  });

  it('infers the expected audience from the request and says how to fetch it, in English and Japanese', async () => {
    const input = `curl -i https://${RUN_HOST}/v1/orders -H "Authorization: Bearer ${BILLING_TOKEN}"\n${S401}`;
    const report = await run(input);
    const f = report.findings[0];
    expect(f?.args).toEqual({
      aud: ['https://billing-x7k2p9q4ma-uc.a.run.app'],
      expected: [`https://${RUN_HOST}`],
      receiver: 'cloud-run',
    });
    expect(report.nextSteps[0]).toContain('print-identity-token');
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('Cloud Run');
  });
});

const POOL_ISS = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123';
const CLIENT = '4p1b2c3d4e5f6g7h8i9j0k1l2m';
const COGNITO_ACCESS = rs256(
  {
    sub: 'u1',
    iss: POOL_ISS,
    client_id: CLIENT,
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    ...TIMES,
    jti: 'j',
    username: 'u1',
  },
  { kid: 'c1' },
);
const COGNITO_ID = rs256(
  { sub: 'u1', aud: CLIENT, iss: POOL_ISS, 'cognito:username': 'u1', token_use: 'id', auth_time: NOW - 600, ...TIMES },
  { kid: 'c1' },
);
/** Another issuer's token that says token_use too. */
const CLAIMS_OTHER = { iss: 'https://auth.shop.example/', sub: 's', aud: 'orders', token_use: 'access' };
/** A REST API's UNAUTHORIZED gateway response (API Gateway's own: x-amzn-ErrorType and {"message":"Unauthorized"}). */
const restRefusal = (token: string) =>
  [
    `curl -i https://abc123.execute-api.us-east-1.amazonaws.com/prod/orders -H "Authorization: Bearer ${token}"`,
    'HTTP/2 401',
    JSON_CT,
    'x-amzn-ErrorType: UnauthorizedException',
    '',
    '{"message":"Unauthorized"}',
  ].join('\n');

describe('formats, Cognito: user-pool tokens refused by a REST API’s Cognito authorizer', () => {
  it('an access token: the gateway response says the authorizer takes the ID token unless the method has scopes', async () => {
    const report = await expectPasteRow(
      { name: 'access token', input: restRefusal(COGNITO_ACCESS), ...A401, top: 'proxy.gateway-response' },
      [sig(COGNITO_ACCESS)],
    );
    expect(report.findings[0]?.args.cognitoToken).toBe('access');
    expect(report.findings[0]?.detail).toContain('OAuth scopes');
    expect(report.nextSteps[0]).toContain('AuthorizationScopes');
    const ja = await run(restRefusal(COGNITO_ACCESS), { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('Cognito');
  });

  it('an ID token: token.id-token stays first, the gateway response adds the scopes condition', async () => {
    const report = await expectPasteRow(
      {
        name: 'id token',
        input: restRefusal(COGNITO_ID),
        ...A401,
        top: 'token.id-token',
        includes: ['proxy.gateway-response'],
      },
      [sig(COGNITO_ID)],
    );
    const gw = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(gw?.args.cognitoToken).toBe('id');
  });

  it('not: another issuer’s token, an HTTP API’s JWT authorizer challenge, or no errortype header', async () => {
    const other = await run(restRefusal(rs256({ ...CLAIMS_OTHER, ...TIMES })));
    expect(other.findings.find((f) => f.code === 'proxy.gateway-response')?.args.cognitoToken).toBeUndefined();
    const httpApi = await run(
      [
        `curl -i https://abc123.execute-api.us-east-1.amazonaws.com/orders -H "Authorization: Bearer ${COGNITO_ACCESS}"`,
        'HTTP/2 401',
        'apigw-requestid: Zx1abc=',
        'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
        '',
        '{"message":"Unauthorized"}',
      ].join('\n'),
    );
    expect(httpApi.findings.find((f) => f.code === 'proxy.gateway-response')?.args.cognitoToken).toBeUndefined();
    const plain = await run(`Authorization: Bearer ${COGNITO_ACCESS}\n${S401}\n\n{"message":"Unauthorized"}`);
    expect(plain.findings.find((f) => f.code === 'proxy.gateway-response')?.args.cognitoToken).toBeUndefined();
  });
});
