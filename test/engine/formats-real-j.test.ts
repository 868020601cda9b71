/**
 * Round real-j: platforms' and SaaS front doors' own refusals (sources beside each paste, and in
 * parse/proxy-texts.ts and parse/verifier-messages/platforms.ts). Each group ends with the same words out of place.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const UNDETERMINED = { status: null, classification: 'undetermined' } as const;

// Symfony's LexikJWTAuthenticationBundle: JWTAuthenticationFailureResponse's `{"code":401,"message":"…"}` with a bare
// `WWW-Authenticate: Bearer` (Response/JWTAuthenticationFailureResponse.php; the messages in
// Security/Authenticator/JWTAuthenticator.php and Exception/ExpiredTokenException.php).
const lexik = (message: string) =>
  `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer\n\n{"code":401,"message":"${message}"}`;

const LEXIK: Row[] = [
  { name: 'an expired token', input: lexik('Expired JWT Token'), ...A401, top: 'time.expired', via: 'lexik-jwt' },
  {
    name: 'a token that failed to decode',
    input: lexik('Invalid JWT Token'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'lexik-jwt',
  },
  {
    name: 'no token (the entry point)',
    input: lexik('JWT Token not found'),
    ...A401,
    includes: ['token.missing'],
  },
  {
    name: 'out of shape: an app’s own lower-case words',
    input: lexik('Invalid JWT token'),
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
];

describe('Symfony’s LexikJWTAuthenticationBundle', () => {
  for (const row of LEXIK) it(row.name, () => expectPasteRow(row));
  it('names Lexik as who said no token was found', async () => {
    const report = await expectPasteRow(LEXIK[2] as Row);
    expect(report.findings.find((f) => f.code === 'token.missing')?.args.via).toBe('lexik-jwt');
  });
});

// AWS AppSync's own refusals, before any resolver: aws-amplify/amplify-js#4373 ("Valid authorization header not
// provided."), aws-amplify/amplify-js#2645 ("Unable to parse JWT token."), aws/aws-appsync-community#372 and
// aws-amplify/amplify-js#9513 ("You are not authorized to make this call.", a Lambda authorizer's isAuthorized: false).
const appsync = (message: string, headers = true) =>
  `${headers ? 'HTTP/1.1 401 Unauthorized\nContent-Type: application/json;charset=UTF-8\nx-amzn-ErrorType: UnauthorizedException\n\n' : ''}{\n  "errors" : [ {\n    "errorType" : "UnauthorizedException",\n    "message" : "${message}"\n  } ]\n}`;

const APPSYNC: Row[] = [
  {
    name: 'no usable Authorization header: AppSync, not API Gateway',
    input: appsync('Valid authorization header not provided.'),
    ...A401,
    top: 'token.missing',
    via: 'aws-appsync',
    product: 'AWS AppSync',
  },
  {
    name: 'the Lambda authorizer said no',
    input: appsync('You are not authorized to make this call.'),
    ...A401,
    top: 'proxy.authorizer-deny',
    product: 'AWS AppSync',
  },
  {
    name: 'the body alone, as Amplify logs it',
    input: appsync('Unable to parse JWT token.', false),
    status: null,
    classification: 'authentication',
    top: 'token.malformed',
    via: 'aws-appsync',
  },
  {
    name: 'out of shape: the words with no error type',
    input: '{"message":"You are not authorized to make this call."}',
    ...UNDETERMINED,
    excludes: ['proxy.authorizer-deny'],
  },
];

describe('AWS AppSync’s authorization modes', () => {
  for (const row of APPSYNC) it(row.name, () => expectPasteRow(row));
  it('sends the reader to the authorizer’s log, in English and Japanese', async () => {
    const en = await expectPasteRow(APPSYNC[1] as Row);
    expect(en.findings[0]?.detail).toContain('isAuthorized: false');
    expect(en.nextSteps.join('\n')).toContain('ttlOverride');
    const ja = await expectPasteRow(APPSYNC[1] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('isAuthorized: false');
  });
});

// A Lambda function URL's own 403 (awsdocs/aws-lambda-developer-guide#494, brikis98/devops-book#12), and the bare
// `{"Message":"Forbidden"}` from a function URL's host; API Gateway's own x-amzn-ErrorType stays API Gateway's.
const LAMBDA_URL_403 =
  'HTTP/1.1 403 Forbidden\nx-amzn-ErrorType: AccessDeniedException\nContent-Type: application/json\n\n{"Message":"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"}';

const LAMBDA_URL: Row[] = [
  {
    name: 'the function URL’s 403 with its troubleshooting link',
    input: LAMBDA_URL_403,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'AWS Lambda function URL',
  },
  {
    name: 'a bare Forbidden from a lambda-url host',
    input:
      '$ curl -i https://abcdefg123.lambda-url.us-east-1.on.aws/\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-ErrorType: AccessDeniedException\n\n{"Message":"Forbidden"}',
    ...A403,
    includes: ['proxy.gateway-response'],
    product: 'AWS Lambda function URL',
  },
  {
    name: 'out of shape: API Gateway’s own Forbidden stays API Gateway’s',
    input:
      '$ curl -i https://abc123.execute-api.us-east-1.amazonaws.com/prod/orders\nHTTP/1.1 403 Forbidden\nx-amzn-ErrorType: ForbiddenException\n\n{"message":"Forbidden"}',
    ...A403,
    product: 'AWS API Gateway',
  },
];

describe('Lambda function URLs’ own authorization', () => {
  for (const row of LAMBDA_URL) it(row.name, () => expectPasteRow(row));
  it('says what the function URL checks, in English and Japanese', async () => {
    const en = await expectPasteRow(LAMBDA_URL[0] as Row);
    expect(en.nextSteps.join('\n')).toContain('lambda:InvokeFunction');
    const ja = await expectPasteRow(LAMBDA_URL[0] as Row, [], { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('SigV4');
  });
});

// Cloudflare Access's 403 page (its json_data, renauld94/admins deploy/cloudflare_access_remediation.md) and Vercel's
// Deployment Protection page with its _vercel_sso_nonce cookie (adrianstanca1/cortexbuild-final
// DEPLOYMENT_PROTECTION_TROUBLESHOOTING.md, JohnConnorCode/accelerate-automation-demo docs/archive/VERCEL_SSO_FIX.md).
const CF_ACCESS_403 = [
  'HTTP/2 403',
  'content-type: text/html',
  'cf-ray: 9927494edd3304f4-FRA',
  'server: cloudflare',
  '',
  `<input type="hidden" name="json_data" value='{"message":"Forbidden. You don't have permission to view this. Please contact your system administrator.","status_code":403,"aud":"78ccb3aa7b28b647cd8862a27e498ed9d0944456dd3352111d5797f466137384","ray_id":"9927494edd3304f4"}'>`,
].join('\n');
const VERCEL_401 = [
  '$ curl -i https://myapp-git-feature-acme.vercel.app/api/orders',
  'HTTP/2 401',
  'content-type: text/html; charset=utf-8',
  'server: Vercel',
  'set-cookie: _vercel_sso_nonce=Zm9vYmFy; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax',
  'x-robots-tag: noindex',
  'x-vercel-id: iad1::abcde-1700000000000-123456789abc',
  '',
  '<!doctype html><html lang=en><meta charset=utf-8><title>Authentication Required</title>',
].join('\n');

const FRONT_DOORS: Row[] = [
  {
    name: 'Cloudflare Access’s 403',
    input: CF_ACCESS_403,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'Cloudflare Access',
  },
  {
    name: 'Vercel’s Deployment Protection page',
    input: VERCEL_401,
    ...A401,
    includes: ['proxy.gateway-response'],
    product: 'Vercel Deployment Protection',
  },
  {
    name: 'out of shape: the Access sentence in a chat message, no status',
    input: "Access says Forbidden. You don't have permission to view this. Please contact your system administrator.",
    ...QUIET,
    excludes: ['proxy.gateway-response'],
  },
  {
    name: 'out of shape: Vercel’s cookie on a 200',
    input: 'HTTP/2 200\nserver: Vercel\nset-cookie: _vercel_sso_nonce=Zm9vYmFy; Path=/\n\nok',
    status: 200,
    classification: 'undetermined',
    excludes: ['proxy.gateway-response'],
  },
];

describe('Cloudflare Access and Vercel’s Deployment Protection', () => {
  for (const row of FRONT_DOORS) it(row.name, () => expectPasteRow(row));
  it('names what to send instead, in English and Japanese', async () => {
    const cf = await expectPasteRow(FRONT_DOORS[0] as Row);
    expect(cf.nextSteps.join('\n')).toContain('CF-Access-Client-Id');
    const vercel = await expectPasteRow(FRONT_DOORS[1] as Row);
    expect(vercel.nextSteps.join('\n')).toContain('x-vercel-protection-bypass');
    const ja = await expectPasteRow(FRONT_DOORS[1] as Row, [], { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('x-vercel-protection-bypass');
  });
});

// Firestore's security rules: the web SDK's error (firebase/firebase-js-sdk#4237; its older `[code=permission-denied]`
// form, AnthonyNahas/ngx-auth-firebaseui#288) read input.empty before; the Android log's Status form
// (iamshaunjp/flutter-firebase#26) read policy.deny via grpc and now names Firestore.
const FIRESTORE: Row[] = [
  {
    name: 'the web SDK’s error',
    input: 'Uncaught (in promise) FirebaseError: Missing or insufficient permissions.',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'firestore',
  },
  {
    name: 'the Android SDK’s log line',
    input:
      'W/Firestore(22296): (22.1.1) [Firestore]: Write failed at brews/abc: Status{code=PERMISSION_DENIED, description=Missing or insufficient permissions., cause=null}',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'firestore',
  },
  {
    name: 'out of shape: the words in lower case, in prose',
    input: 'is "missing or insufficient permissions" a rules problem or an auth one?',
    ...UNDETERMINED,
    excludes: ['policy.deny'],
  },
];

describe('Firestore’s security rules', () => {
  for (const row of FIRESTORE) it(row.name, () => expectPasteRow(row));
});
