/**
 * Round audit-tt: the words of the reports the previous stop changed, read as an on-call engineer would. A product that
 * answered is named as its makers write it everywhere in a report, in the parentheses that say who said so as in the
 * sentences that name it; a gateway's signal cut from the middle of a sentence is shown without its stray bracket.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const DROPBOX =
  'Client error: `POST https://api.dropboxapi.com/2/users/get_current_account` resulted in a `401 Unauthorized` response: {"error_summary": "expired_access_token/.", "error": {".tag": "expired_access_token"}}';
const XERO =
  '{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthorizationUnsuccessful","Instance":"131d4a62-129d-4809-9cf0-6b4a7e1d2c3f","Extensions":{}}';
const AWS_HTTP_API =
  'HTTP/2 401\ncontent-type: application/json\nx-amzn-errortype: UnauthorizedException\n\n{"message":"The incoming token has expired"}';
// authelia/authelia internal/handlers/handler_authz_impl_*.go, the line its authz endpoint logs (authelia/authelia#9113).
const AUTHELIA =
  '{"level":"info","method":"GET","msg":"Access to https://app.example.com/api/items (method GET) is not authorized to user <anonymous>, responding with status code 401","path":"/api/authz/auth-request","remote_ip":"10.0.0.7","time":"2026-05-28T14:09:58Z"}';

describe('a product that answered is named in the parentheses that say who said so', () => {
  it('catches: Twitch’s "OAuth token is missing" reads "(Twitch)", not "(twitch)" (en), and ja names it too', async () => {
    const TWITCH = 'StatusCodeError: 401 - {"error":"Unauthorized","status":401,"message":"OAuth token is missing"}';
    const f = await catches('token.missing', TWITCH);
    expect(f.args).toMatchObject({ via: 'twitch' });
    expect(f.detail).toContain('(Twitch)');
    expect(f.detail).not.toContain('(twitch)');
    const ja = await catches('token.missing', TWITCH, { locale: 'ja' });
    expect(ja.detail).toContain('Twitch');
    expect(ja.detail).not.toContain('twitch');
  });
  it('catches: Xero’s AuthorizationUnsuccessful reads "(Xero)" in the policy sentence', async () => {
    const f = await catches('policy.deny', XERO);
    expect(f.detail).toContain('(Xero)');
  });
  it('catches not: a library keeps its id, which is how its users search for it', async () => {
    const f = await catches('time.expired', 'jsonwebtoken TokenExpiredError: jwt expired');
    expect(f.detail).toContain('(jsonwebtoken)');
  });
});

describe('one product, one name in a report', () => {
  it('catches: API Gateway’s own 401 names it the same in the gateway finding and the missing challenge', async () => {
    const f = await catches('challenge.missing', AWS_HTTP_API);
    expect(f.detail).toContain('in AWS API Gateway’s own words');
    const gw = await catches('proxy.gateway-response', AWS_HTTP_API);
    expect(gw.title).toContain('AWS API Gateway');
    const expired = await catches('time.expired', AWS_HTTP_API);
    expect(expired.detail).toContain('(AWS API Gateway)');
  });
  it('catches: the authorizer configuration error names API Gateway without its id', async () => {
    const f = await catches(
      'verifier.misconfigured',
      'HTTP/2 500\ncontent-type: application/json\nx-amzn-errortype: AuthorizerConfigurationException\n\n{"message":null}',
    );
    expect(f.detail).toMatch(/^API Gateway answers 500/);
    const ja = await catches(
      'verifier.misconfigured',
      'HTTP/2 500\ncontent-type: application/json\nx-amzn-errortype: AuthorizerConfigurationException\n\n{"message":null}',
      { locale: 'ja' },
    );
    expect(ja.detail).not.toContain('aws-apigateway');
  });
});

describe('a gateway signal cut from a sentence is shown without its stray bracket', () => {
  it('catches: Authelia’s "is not authorized to user" is shown as words, not ") is not authorized to user "', async () => {
    const f = await catches('proxy.gateway-response', AUTHELIA);
    expect(f.detail).toContain('Authelia’s signature (…is not authorized to user…)');
    expect(f.detail).not.toContain('()');
    // The args keep the text as it was matched: the session steps still read it.
    expect(f.args).toMatchObject({ signals: [') is not authorized to user '], ownSession: true });
  });
  it('catches not: a signal whose own bracket closes it (ESPv2’s "(callers without established identity)") stays whole', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"UNAUTHENTICATED:Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","code":401}',
    );
    expect(f.detail).toContain('(callers without established identity))');
    expect(f.args).toMatchObject({ apiKey: true });
  });
});

describe('Harbor’s refusal reads as a sentence', () => {
  it('catches: "Harbor refused this action on the repository to the account it saw"', async () => {
    const f = await catches(
      'policy.deny',
      'Error response from daemon: unauthorized: unauthorized to access repository: project/foo, action: pull: unauthorized to access repository: project/foo, action: pull',
    );
    expect(f.title).toBe('Harbor refused this action on the repository to the account it saw');
  });
});

// xcarpentier/react-native-linkedin#80: curl's request with the writer's words where the token goes, LinkedIn's 401.
const LINKEDIN_PLACEHOLDER =
  '> curl -X GET \\\n>   \'https://api.linkedin.com/v2/connections?q=viewer&count=50\' \\\n>   -H \'Authorization: Bearer [token returned by onSuccess]\' \\\n>   -H \'Host: api.linkedin.com\'\n\n{"serviceErrorCode":65600,"message":"Invalid access token","status":401}';
const LINKEDIN_OPAQUE =
  'curl -H "Authorization: Bearer AQVh7kLmN2pQrStUvWxYz0123456789abcdefGHIJKLmnopQRSTuvwxyz" https://api.linkedin.com/v2/me\n\n{"serviceErrorCode":65600,"message":"Invalid access token","status":401}';

describe('a SaaS API’s own token is not sent to an identity provider', () => {
  it('catches: LinkedIn refusing an opaque token gets LinkedIn’s step, not "request a JWT access token (with Auth0 …)"', async () => {
    const r = await catchesNot('token.opaque', LINKEDIN_OPAQUE);
    expect(r.findings[0]?.code).toBe('challenge.invalid-token');
    expect(r.nextSteps[0]).toMatch(/^Get a new access token from LinkedIn/);
    expect(r.nextSteps.join('\n')).not.toContain('Auth0');
    const ja = await run(LINKEDIN_OPAQUE, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('LinkedIn');
  });
  it('catches not: an opaque token refused by a JWT verifier keeps token.opaque', async () => {
    await catches(
      'token.opaque',
      'curl -H "Authorization: Bearer AQVh7kLmN2pQrStUvWxYz0123456789abcdefGHIJKLmnopQRSTuvwxyz" https://api.example.com/v2/me\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n',
    );
  });
});

describe('a writer’s bracketed words where the token goes are a stand-in, not an opaque token', () => {
  it('catches: "Bearer [token returned by onSuccess]" is masking, with LinkedIn’s step first', async () => {
    const f = await catches('input.masked', LINKEDIN_PLACEHOLDER);
    expect(f.args).toMatchObject({ markers: ['[…]'] });
    const r = await catchesNot('token.opaque', LINKEDIN_PLACEHOLDER);
    expect(r.nextSteps[0]).toMatch(/^Get a new access token from LinkedIn/);
  });
  it('catches: "Bearer <your token>"', async () => {
    const f = await catches(
      'input.masked',
      'curl -H "Authorization: Bearer <your token>" https://api.example.com/v2/me\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n',
    );
    expect(f.args).toMatchObject({ markers: ['<…>'] });
  });
  it('catches not: a bracketed value that is no phrase ("[abc123]") stays an opaque value', async () => {
    await catches(
      'token.opaque',
      'curl -H "Authorization: Bearer [abc123]" https://api.example.com/v2/me\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n',
    );
  });
  it('catches: a word in angle brackets ("<session>") is a stand-in too (left-v: no bearer token holds < or >, RFC 6750 §2.1)', async () => {
    await catches(
      'input.masked',
      'curl -H "Authorization: Bearer <session>" https://api.example.com/v2/me\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n',
    );
  });
});

describe('a SaaS API’s own expired token: no clocks to compare', () => {
  it('catches: Dropbox’s expired_access_token asks for a new token from Dropbox (en, ja)', async () => {
    const f = await catches('time.expired', DROPBOX);
    expect(f.detail).toMatch(/^Dropbox says the access token it issued has expired/);
    const r = await run(DROPBOX);
    expect(r.nextSteps[0]).toMatch(/^Get a new access token from Dropbox/);
    expect(r.nextSteps.join('\n')).not.toContain('clock');
    const ja = await run(DROPBOX, { locale: 'ja' });
    expect(ja.nextSteps[0]).toMatch(/^Dropbox から新しいアクセストークンを取得/);
  });
  it('catches not: a JWT library’s expired verdict keeps the clock comparison', async () => {
    const r = await run('jsonwebtoken TokenExpiredError: jwt expired');
    expect(r.nextSteps.join('\n')).toContain('compare the verifier’s clock with the issuer’s');
  });
});

describe('a SaaS API’s refusal is told in what it did, not in an RFC 6750 name it never wrote', () => {
  const META = '{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}';
  it('catches: Meta’s OAuthException 190 reads "The Meta Graph API refused the token", not "reports invalid_token" (en, ja)', async () => {
    const f = await catches('challenge.invalid-token', META);
    expect(f.detail).toMatch(/^The Meta Graph API refused the token: "Invalid OAuth access token\."/);
    const ja = await catches('challenge.invalid-token', META, { locale: 'ja' });
    expect(ja.detail).toMatch(/^Meta の Graph API がトークンを拒否しました/);
  });
  it('catches not: a server’s own RFC 6750 body keeps "reports invalid_token"', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_token","error_description":"The access token expired"}',
    );
    expect(f.detail).toMatch(/reports invalid_token|error="invalid_token"/);
  });
});

describe('a request sent by code is looked at in its client, not in DevTools', () => {
  const look = async (input: string) => (await run(input)).nextSteps[0] ?? '';
  it('catches: Feign’s FeignException (audit-pp 03), requests’ HTTPError (okpy/ok-client#452), PowerShell’s Invoke-RestMethod', async () => {
    for (const input of [
      'feign.FeignException$Unauthorized: [401 Unauthorized] during [GET] to [https://api.openweathermap.org/data/2.5/weather?lat=35&lon=139&appid]',
      'HTTPError: 401 Client Error: UNAUTHORIZED for url: https://okpy.org/api/v3/backups/?client_name=ok-client',
      'Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.',
    ]) {
      const f = await catches('token.missing', input);
      expect(f.args).toMatchObject({ requestUnseen: true, clientCode: true });
      const step = await look(input);
      expect(step).toMatch(/^Look at the request as the client’s code sent it/);
      expect(step).not.toContain('DevTools');
    }
    const ja = await run('Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.', {
      locale: 'ja',
    });
    expect(ja.nextSteps[0]).toMatch(/^クライアントのコードが送ったリクエストを見て/);
  });
  it('catches not: a server’s verifier stack in node_modules (express-jwt) and a browser console keep DevTools', async () => {
    for (const input of [
      "UnauthorizedError: No authorization token was found\n    at /app/node_modules/express-jwt/dist/index.js:104:31\n  code: 'credentials_required',\n  status: 401,",
      'GET https://api.example.com/v1/orders 401 (Unauthorized)\nUncaught (in promise) AxiosError: Request failed with status code 401',
      'HTTP/1.1 401 Unauthorized',
    ]) {
      const r = await run(input);
      expect(r.findings.find((f) => f.code === 'token.missing')?.args).not.toHaveProperty('clientCode');
    }
  });
});

describe('client prints that name no library class', () => {
  it('catches: aiohttp’s text (pimutils/vdirsyncer#1014), Symfony HttpClient’s "returned for", got’s HTTPError, OkHttp’s "<-- 401"', async () => {
    for (const input of [
      "error: Unknown error occurred: 401, message='Unauthorized', url=URL('https://example.de/dav.php')",
      'app.ERROR: HAFAS API error: HTTP/2 401  returned for\n"https://example.com/api"',
      'message: [getEnableBlocks] Error: HTTPError: Response code 401 (Unauthorized)',
      '<-- 401 Unauthorized https://example.com/refresh-user-token (559ms)',
    ]) {
      const f = await catches('token.missing', input);
      expect(f.args, input).toMatchObject({ clientCode: true });
    }
  });
});

describe('services named in the parentheses too, and a refresh refused reports who said so last', () => {
  it('catches: a Keycloak token endpoint reads "(Keycloak)", and gcloud is not called an identity provider', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}\n\n2026-05-28 14:09:58,120 WARN  [org.keycloak.events] (executor-thread-1) type="CLIENT_LOGIN_ERROR", realmId="acme", clientId="orders-api", error="invalid_client_credentials"',
    );
    expect(f.detail).not.toContain('(keycloak)');
    const r = await catches(
      'token.revoked',
      'ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request\nPlease run:\n\n  $ gcloud auth login',
    );
    expect(r.detail).not.toContain('identity provider (gcloud)');
    expect(r.detail).toMatch(/no new access token \(gcloud\)\.$/);
  });
});

describe('the client’s-code step is the same advice as attaching Authorization', () => {
  it('catches: AFNetworking’s 401 with a Bearer challenge and no error gives that advice once (audit-pp 19)', async () => {
    const input =
      'Request failure :Error Domain=AFNetworkingErrorDomain Code=-1011 "Expected status code in (200-299), got 401" UserInfo=0x7f9239f05ac0 {AFNetworkingOperationFailingURLResponseErrorKey=<NSHTTPURLResponse: 0x7f9239e4cd40> { URL: http://52.4.12.26:8888/users/update } { status code: 401, headers {\n Connection = "keep-alive";\n "Www-Authenticate" = "Bearer realm=\\"Users\\"";\n} }}';
    const r = await run(input);
    expect(r.findings.map((f) => f.code)).toContain('challenge.no-error');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('Check that the client attaches');
    expect(steps).not.toContain('Look at the request as the client’s code sent it');
  });
});
