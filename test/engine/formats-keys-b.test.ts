/**
 * Round keys-b: a refused key's finding is titled for the key ("Stripe refused the API key"), more of the API-key family
 * (sources beside each row in parse/verifier-messages/api-keys.ts), and GitHub's push denial's own step.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a refused key’s title names the product and the key', () => {
  const cases: [paste: string, en: string, ja: string][] = [
    [
      'stripe.error.AuthenticationError: Invalid API Key provided: sk_live_****abcd',
      'Stripe refused the API key',
      'Stripe が API キーを拒否しています',
    ],
    [
      'An error occurred (UnrecognizedClientException) when calling the ListTables operation: The security token included in the request is invalid.',
      'AWS does not know the access key',
      'AWS がこのアクセスキーを認識していません',
    ],
  ];
  for (const [paste, en, ja] of cases) {
    it(`titles: ${en}`, async () => {
      const f = (await run(paste)).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(f?.title).toBe(en);
      const j = (await run(paste, { locale: 'ja' })).findings.find((x) => x.code === 'challenge.invalid-token');
      expect(j?.title).toBe(ja);
    });
  }
  it('keeps invalid_token’s title for a bearer token’s refusal', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “The access token expired”');
  });
});

const REFUSED: [name: string, paste: string, via: string, credential: string, title: string][] = [
  [
    'SendGrid v3 reply',
    'HTTP/1.1 401 Unauthorized\nServer: nginx\nContent-Type: application/json\n\n{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}',
    'sendgrid',
    'sendgrid-api-key',
    'SendGrid refused the API key',
  ],
  [
    '@sendgrid/mail’s ResponseError',
    "ResponseError: Unauthorized\n  code: 401,\n  response: {\n    body: { errors: [ { message: 'The provided authorization grant is invalid, expired, or revoked', field: null, help: null } ] }\n  }",
    'sendgrid',
    'sendgrid-api-key',
    'SendGrid refused the API key',
  ],
  [
    'SendGrid SMTP relay',
    'Error: Invalid login: 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked',
    'sendgrid',
    'sendgrid-api-key',
    'SendGrid refused the API key',
  ],
  [
    'huggingface_hub 401',
    'huggingface_hub.errors.HfHubHTTPError: 401 Client Error: Unauthorized for url: https://huggingface.co/api/models/black-forest-labs/FLUX.1-dev/revision/main (Request ID: Root=1-68a3ff5e-10e4d1e1466c791270052ddc)\n\nInvalid credentials in Authorization header',
    'hugging-face',
    'hugging-face-token',
    'Hugging Face refused the access token',
  ],
  [
    'Hugging Face reply (curl)',
    '< HTTP/2 401\n{"error":"Invalid credentials in Authorization header"}',
    'hugging-face',
    'hugging-face-token',
    'Hugging Face refused the access token',
  ],
  [
    'Cloudflare v4 reply',
    '{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}',
    'cloudflare',
    'cloudflare-api-token',
    'Cloudflare refused the API token or key (10000)',
  ],
  [
    'wrangler',
    '✘ [ERROR] A request to the Cloudflare API (/zones/abc/workers/routes) failed.\n\n  Authentication error [code: 10000]',
    'cloudflare',
    'cloudflare-api-token',
    'Cloudflare refused the API token or key (10000)',
  ],
  [
    'Cloudflare Terraform provider',
    '│ Error: Authentication error (10000)',
    'cloudflare',
    'cloudflare-api-token',
    'Cloudflare refused the API token or key (10000)',
  ],
  [
    'Azure Storage XML reply',
    '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nRequestId:0f68c108-601e-0098-4dc6-2d49fc000000\nTime:2018-08-06T20:49:15.4072258Z</Message><AuthenticationErrorDetail>Signature did not match.</AuthenticationErrorDetail></Error>',
    'azure-storage',
    'azure-storage-credentials',
    'Azure Storage could not authenticate the request (AuthenticationFailed)',
  ],
  [
    'Google API JSON reply',
    '{\n  "error": {\n    "code": 400,\n    "message": "API key not valid. Please pass a valid API key.",\n    "status": "INVALID_ARGUMENT",\n    "details": [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]\n  }\n}',
    'google-api-key',
    'google-api-key',
    'Google refused the API key (API_KEY_INVALID)',
  ],
  [
    'Gemini JS SDK',
    '[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1/models/gemini-pro:generateContent: [400 Bad Request] API key not valid. Please pass a valid API key. [{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"API_KEY_INVALID","domain":"googleapis.com"}]',
    'google-api-key',
    'google-api-key',
    'Google refused the API key (API_KEY_INVALID)',
  ],
  [
    'Shopify Admin API (shopify_app)',
    '401. Response message = Unauthorized ([API] Invalid API key or access token (unrecognized login or wrong password))',
    'shopify',
    'shopify-access-token',
    'Shopify refused the access token or API key',
  ],
];

describe('more of the API-key family', () => {
  for (const [name, paste, via, credential, title] of REFUSED) {
    it(`catches: ${name}`, async () => {
      const f = await catches('challenge.invalid-token', paste);
      expect(f.args).toMatchObject({ via, credential });
      expect(f.title).toBe(title);
    });
    it(`catches not: ${name} is no missing token`, async () => {
      await catchesNot('token.missing', paste);
    });
  }
});

describe('the same words elsewhere state nothing', () => {
  const NOT: [name: string, paste: string][] = [
    ['prose about SendGrid', 'SendGrid keeps rejecting our API key since the rotation, any idea?'],
    [
      'SendGrid’s words in prose, with no reply around them',
      'the docs say The provided authorization grant is invalid, expired, or revoked means a bad key',
    ],
    [
      'another OAuth server’s invalid_grant wording',
      '{"error":"invalid_grant","error_description":"The provided grant is invalid, expired, or revoked"}',
    ],
    ['prose about Hugging Face', 'Hugging Face says my token has invalid credentials in the Authorization header'],
    [
      'Hugging Face’s words inside a sentence',
      'we log Invalid credentials in Authorization header whenever the gateway sees a bad key',
    ],
    ['"Authentication error" with no Cloudflare code', 'Error: Authentication error\nstatus: 401'],
    [
      'Cloudflare’s 10000 for a valid token',
      '{"result":{"id":"6247ac8d","status":"active"},"success":true,"errors":[],"messages":[{"code":10000,"message":"This API Token is valid and active","type":null}]}',
    ],
    ['prose about Azure Storage', 'Azure Storage failed to authenticate the request, the signature looks wrong'],
    ['prose about Shopify', 'Shopify says the access token is invalid, wrong password maybe'],
    [
      'Shopify’s words without its "[API] " prefix',
      'Error: Invalid API key or access token (unrecognized login or wrong password)',
    ],
    ['prose about a Google API key', 'Google says the API key not valid, please pass a valid API key they said'],
  ];
  for (const [name, paste] of NOT)
    it(`catches not: ${name}`, async () => {
      await catchesNot('challenge.invalid-token', paste);
    });
  it('leaves ESPv2’s own body to its gateway reading', async () => {
    const paste = '{"message":"INVALID_ARGUMENT:API key not valid. Please pass a valid API key.","code":400}';
    await catches('proxy.gateway-response', paste);
    await catchesNot('challenge.invalid-token', paste);
  });
});

describe('a key quoted near the words is never echoed', () => {
  const sendgridKey = 'SG.Zk3pQ9rT2vXw8yB1nM4cLd.Hj7Ks2Fq9Wx3Lp8Rt6Vb1Nm5Cz0Qa4Ye7Ui2Oo9Pp3Ss';
  const hfToken = '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';
  const googleKey = 'AIzaSyD3x9Kq7LmN2pR5tV8wY1zB4cF6hJ0kM3Q';
  const cases: [paste: string, secret: string][] = [
    [
      `curl -H "Authorization: Bearer ${sendgridKey}" https://api.sendgrid.com/v3/mail/send\n{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`,
      sendgridKey,
    ],
    [
      `curl -H "Authorization: Bearer ${hfToken}" https://huggingface.co/api/whoami-v2\n{"error":"Invalid credentials in Authorization header"}`,
      hfToken,
    ],
    [
      `GET https://generativelanguage.googleapis.com/v1/models?key=${googleKey}\n{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","details":[{"reason":"API_KEY_INVALID"}]}}`,
      googleKey,
    ],
  ];
  for (const [paste, secret] of cases)
    it(`never echoes ${secret.slice(0, 3)}…`, async () => {
      const report = JSON.stringify(await run(paste));
      for (let i = 0; i + 16 <= secret.length; i += 4) expect(report).not.toContain(secret.slice(i, i + 16));
    });
});

describe('the key beside the refusal', () => {
  it('catches not: token.malformed for a SendGrid key (SG.<id>.<secret>) in the request', async () => {
    const paste =
      'curl -i -H "Authorization: Bearer SG.Zk3pQ9rT2vXw8yB1nM4cLd.Hj7Ks2Fq9Wx3Lp8Rt6Vb1Nm5Cz0Qa4Ye7Ui2Oo9Pp3Ss" https://api.sendgrid.com/v3/mail/send\nHTTP/1.1 401 Unauthorized\n\n{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}';
    await catches('challenge.invalid-token', paste);
    await catchesNot('token.malformed', paste);
  });
  it('catches: token.malformed still for a three-part token that is no SendGrid key', async () => {
    await catches('token.malformed', 'Authorization: Bearer hG5k2.Qx9mB.zR7wP');
  });
  it('titles Stripe’s JSON reply for the key, as its SDKs’ lines', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\n{"error":{"message":"Invalid API Key provided: sk_live_****lmno","type":"invalid_request_error"}}',
    );
    expect(f.args).toMatchObject({ via: 'stripe', credential: 'stripe-api-key' });
    expect(f.title).toBe('Stripe refused the API key');
  });
});

describe('Azure Storage’s AuthenticationFailed', () => {
  const head =
    'com.azure.storage.blob.models.BlobStorageException: Status code 403, "<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nRequestId:3b6c6db3-201e-0019-462f-f0cc84000000\nTime:2026-05-28T14:09:58.3649912Z</Message>';
  it('catches: a signature refused with a 403 is no status contradiction', async () => {
    const paste = `${head}<AuthenticationErrorDetail>Signature did not match.</AuthenticationErrorDetail></Error>"`;
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'azure-storage', credential: 'azure-storage-credentials' });
    await catchesNot('status.mismatch', paste);
  });
  it('catches not: an Entra ID token’s expiry under the same words is time.expired alone', async () => {
    const paste = `${head}<AuthenticationErrorDetail>Lifetime validation failed. The token is expired.</AuthenticationErrorDetail></Error>"`;
    await catches('time.expired', paste);
    await catchesNot('challenge.invalid-token', paste);
  });
});

describe('GitHub refusing a push to an authenticated account', () => {
  const paste =
    "remote: Permission to acme/repo.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/acme/repo.git/': The requested URL returned error: 403";
  it('steps: GITHUB_TOKEN’s contents: write, a fine-grained token’s Contents, a deploy key, a cached login', async () => {
    const report = await run(paste);
    expect(report.findings.map((f) => f.code)).toContain('policy.deny');
    const step = report.nextSteps.join('\n');
    expect(step).toContain('permissions: contents: write');
    expect(step).toContain('Contents: Read and write');
    expect(step).toContain('git credential-osxkeychain erase');
    const ja = (await run(paste, { locale: 'ja' })).nextSteps.join('\n');
    expect(ja).toContain('permissions: contents: write');
  });
  it('catches not: another product’s stated denial gets GitHub’s step', async () => {
    const report = await run(
      'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "prod"',
    );
    expect(report.nextSteps.join('\n')).not.toContain('contents: write');
  });
});

describe('Stripe’s reply to an expired key (coordinator, stop 25)', () => {
  it('api_key_expired reads as Stripe refusing its key, not nothing', async () => {
    const r = await run(
      '{"error":{"code":"api_key_expired","doc_url":"https://stripe.com/docs/error-codes/api-key-expired","message":"Expired API Key provided: rk_test_***123","type":"invalid_request_error"}}',
    );
    const f = r.findings.find((x) => x.code === 'challenge.invalid-token');
    expect(f?.args).toMatchObject({ via: 'stripe' });
  });

  it('another server’s “Expired API Key provided” words outside Stripe’s error object are not Stripe’s', async () => {
    const r = await run('{"message":"Expired API Key provided"}');
    expect(r.findings.some((x) => x.args.via === 'stripe')).toBe(false);
  });
});
