/**
 * Round keys-a: API keys and other static credentials refused by SaaS APIs and developer tools (sources beside each
 * row in parse/verifier-messages/api-keys.ts, parse/client-errors.ts and parse/error-bodies.ts). A refused key is the
 * server judging the credential it got (invalid_token with the product as `via` and the key's own steps), never "no
 * token was sent"; an authenticated account without write access is a denial.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const REFUSED: [name: string, paste: string, via: string, credential: string][] = [
  [
    'AWS UnrecognizedClientException (botocore)',
    'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.',
    'aws',
    'aws-access-key',
  ],
  [
    'AWS InvalidClientTokenId (aws-sdk-go-v2)',
    'operation error STS: GetCallerIdentity, https response error StatusCode: 403, RequestID: 2dfd38a6, api error InvalidClientTokenId: The security token included in the request is invalid.',
    'aws',
    'aws-access-key',
  ],
  [
    'npm E401',
    'npm ERR! code E401\nnpm ERR! Unable to authenticate, your authentication token seems to be invalid.\nnpm ERR! To correct this please try logging in again with:\nnpm ERR!     npm login',
    'npm',
    'npm-token',
  ],
  [
    'stripe-python',
    'stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****************abcd',
    'stripe',
    'stripe-api-key',
  ],
  [
    'stripe-node',
    'StripeAuthenticationError: Invalid API Key provided: "sk_test********************************M6F"',
    'stripe',
    'stripe-api-key',
  ],
  [
    'OpenAI (Python SDK)',
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****abcd.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    'openai',
    'openai-api-key',
  ],
  [
    'Anthropic (JSON reply)',
    'Error: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}',
    'anthropic',
    'anthropic-api-key',
  ],
  [
    'Twilio (twilio-python)',
    'twilio.TwilioRestException: HTTP ERROR 401: 20003: Authenticate \n https://api.twilio.com/2010-04-01/Accounts/AC123/SMS/Messages.json',
    'twilio',
    'twilio-credentials',
  ],
  [
    'Twilio (twilio-node, code below)',
    "Error sending OTP: RestException [Error]: Authenticate\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23) {\n  status: 401,\n  code: 20003,\n  moreInfo: 'https://www.twilio.com/docs/errors/20003'\n}",
    'twilio',
    'twilio-credentials',
  ],
  [
    'PyPI via twine',
    'ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n         Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more\n         information.',
    'pypi',
    'pypi-token',
  ],
  [
    'Docker Hub login',
    'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    'docker-hub',
    'docker-hub-login',
  ],
];

describe('a SaaS API or developer tool refusing the key it was sent', () => {
  for (const [name, paste, via, credential] of REFUSED) {
    it(`catches: ${name}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via, credential });
    });
    it(`catches not: ${name} is no missing token`, async () => {
      await catchesNot('token.missing', paste);
    });
  }

  it('never echoes the key a message quotes (text and findings)', async () => {
    const key = 'sk_live_51HqLyjWDarjtT1zdp7dcXYZabcdefGHIJKLmnopQRSTuvwxYZ0123456789abcdEFGH';
    const report = await run(`stripe.error.AuthenticationError: Invalid API Key provided: ${key}`);
    expect(JSON.stringify(report)).not.toContain(key.slice(8, 24));
  });
});

describe('a 403 that is the product’s documented answer to a refused key is no contradiction', () => {
  it('catches not: status.mismatch on aws-sdk-java v2’s STS 403', async () => {
    const paste =
      'software.amazon.awssdk.services.sts.model.StsException: The security token included in the request is invalid. (Service: Sts, Status Code: 403, Request ID: a7e2e92e-5ebb-4343-87a1-21e4d64edcd4)';
    await catches('challenge.invalid-token', paste);
    await catchesNot('status.mismatch', paste);
  });
  it('catches not: status.mismatch on PyPI’s 403', async () => {
    await catchesNot('status.mismatch', REFUSED.find(([name]) => name === 'PyPI via twine')?.[1] ?? '');
  });
});

describe('the words elsewhere state nothing', () => {
  it('catches not: prose about an invalid API key', async () => {
    await catchesNot('challenge.invalid-token', 'I think the API key is invalid, Incorrect API key provided maybe?');
  });
  it('catches not: Stripe’s words with no SDK class before them', async () => {
    await catchesNot('challenge.invalid-token', 'the docs say Invalid API Key provided is returned for bad keys');
  });
  it('catches not: "Authenticate" without Twilio’s 20003', async () => {
    await catchesNot('challenge.invalid-token', 'Error: Authenticate\nstatus: 401');
  });
  it('catches not: "invalid x-api-key" outside Anthropic’s authentication_error', async () => {
    await catchesNot('challenge.invalid-token', 'our gateway logs invalid x-api-key when the header is empty');
  });
  it('catches not: npm’s 401 with no token ("need: Basic realm")', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm="Artifactory Realm"',
    );
  });
  it('catches not: AWS’s expired session is time.expired, not a refused key', async () => {
    const report = await run(
      'An error occurred (ExpiredTokenException) when calling the GetCallerIdentity operation: The security token included in the request is expired',
    );
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
    expect(report.findings.map((f) => f.code)).not.toContain('challenge.invalid-token');
  });
});

describe('Google’s status without the error envelope, and git’s push denial', () => {
  it('catches: a bare google.rpc.Status with code 16 and Google’s words', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '{"code":16,"message":"Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.","status":"UNAUTHENTICATED"}',
    );
    expect(f.args).toMatchObject({ via: 'google-api' });
  });
  it('catches not: another gateway’s code 16 with its own words', async () => {
    await catchesNot('challenge.invalid-token', '{"code":16,"message":"token is required","details":[]}');
  });
  it('catches: GitHub refusing a push to an authenticated account (policy.deny, not token.missing)', async () => {
    const paste =
      "remote: Permission to acme/repo.git denied to ci-bot.\nfatal: unable to access 'https://github.com/acme/repo.git/': The requested URL returned error: 403";
    const f = await catches('policy.deny', paste);
    expect(f.args).toMatchObject({ via: 'github' });
    await catchesNot('token.missing', paste);
  });
  it('catches not: "Permission to" in prose', async () => {
    await catchesNot('policy.deny', 'I asked for permission to push to the repo and was denied to be honest');
  });
});
