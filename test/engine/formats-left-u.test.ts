/**
 * Round left-u: readings the last stop left (docs/operations.md), each with the real paste's shape, its near misses,
 * and the source beside the reader.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

async function textOf(input: string, locale: 'en' | 'ja' = 'en'): Promise<string> {
  return renderText(await run(input, { locale }));
}

describe("Slack's missing_scope without `needed`", () => {
  const STEP_EN = 'x-accepted-oauth-scopes';
  it('catches: the bare JSON reply, with the step to its needed/provided fields and scope headers', async () => {
    const input = '{"ok":false,"error":"missing_scope"}';
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ via: 'slack', scope: null });
    const en = await textOf(input);
    expect(en).toContain(STEP_EN);
    expect(en).toContain('reinstall the app');
    expect(en).not.toContain('Request a token with the required scope');
    const ja = await textOf(input, 'ja');
    expect(ja).toContain('x-accepted-oauth-scopes');
    expect(ja).toContain('再インストール');
  });
  it('catches: the reply with `needed` names the scope in the Slack step', async () => {
    const input = '{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"identify"}';
    await catches('challenge.insufficient-scope', input);
    const en = await textOf(input);
    expect(en).toContain('Add "chat:write" to the Slack app’s OAuth & Permissions');
    expect(await textOf(input, 'ja')).toContain('"chat:write" を Slack アプリ');
  });
  it("catches: @slack/web-api's 'An API error occurred: missing_scope' (slackapi/bolt-js#1748)", async () => {
    const input =
      '[ERROR]  socket-mode:SocketModeClient:0 Failed to retrieve a new WSS URL for reconnection (error: Error: An API error occurred: missing_scope)';
    const f = await catches('scope.insufficient', input);
    expect(f.args).toMatchObject({ via: 'slack' });
    expect(await textOf(input)).toContain(STEP_EN);
  });
  it("catches: slacker's and slack-ruby-client's prints (regisb/slack-cli#7, slack-ruby/slack-ruby-client#432)", async () => {
    await catches('scope.insufficient', 'slacker.Error: missing_scope');
    await catches(
      'scope.insufficient',
      "ruby/gems/3.1.0/gems/slack-ruby-client-1.0.0/lib/slack/web/faraday/response/raise_error.rb:21:in `on_complete': missing_scope (Slack::Web::Api::Errors::MissingScope)",
    );
    await catches('scope.insufficient', 'Slack::Web::Api::Errors::MissingScope: missing_scope');
    // The same Ruby suffix after invalid_auth is the token refused.
    await catches(
      'challenge.invalid-token',
      "raise_error.rb:21:in `on_complete': invalid_auth (Slack::Web::Api::Errors::InvalidAuth)",
    );
  });
  it("catches-not: missing_scope in a sentence, a variable or another product's error", async () => {
    await catchesNot('scope.insufficient', 'if (err.data.error === "missing_scope") retry()');
    await catchesNot('scope.insufficient', 'Error: missing_scope_handler is not defined');
    await catchesNot('scope.insufficient', 'We return missing_scope when the key lacks a scope.');
    // GitHub's scope refusal keeps its own step.
    const gh = await textOf(
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="repo"',
    );
    expect(gh).not.toContain('x-accepted-oauth-scopes');
  });
});

describe('AppSync\'s "Permission denied" (its AWS_IAM mode)', () => {
  const STEP = 'appsync:GraphQL to the IAM principal that signed';
  it('catches: the realtime WebSocket frame, connection_error and error', async () => {
    for (const type of ['connection_error', 'error']) {
      const input = `{"type":"${type}","payload":{"errors":[{"errorType":"UnauthorizedException","message":"Permission denied"}]}}`;
      const f = await catches('policy.deny', input);
      expect(f.args).toMatchObject({ via: 'aws-appsync', signedRequest: 'aws-sigv4', permission: 'appsync:GraphQL' });
      expect(await textOf(input)).toContain(STEP);
      expect(await textOf(input, 'ja')).toContain('appsync:GraphQL を許可');
    }
  });
  it("catches: DataStore's escaped print (aws-amplify/amplify-js#5601), util.inspect (amplify-cli#13712), pretty JSON, Android's (amplify-android#1369)", async () => {
    for (const input of [
      'DataStore - Sync error – "subscription failed Connection failed: {\\"errors\\":[{\\"errorType\\":\\"UnauthorizedException\\",\\"message\\":\\"Permission denied\\"}]}"',
      "{ errorType: 'UnauthorizedException', message: 'Permission denied' }",
      '{\n  "errors" : [ {\n    "errorType" : "UnauthorizedException",\n    "message" : "Permission denied"\n  } ]\n}',
      "GraphQLResponseException{message=Subscription error for Todo: [GraphQLResponse.Error{message='Permission denied', locations='null', path='null', extensions='{errorType=UnauthorizedException}'}]",
    ]) {
      const f = await catches('policy.deny', input);
      expect(f.args).toMatchObject({ via: 'aws-appsync', signedRequest: 'aws-sigv4' });
    }
  });
  it("catches-not: AppSync's other messages keep their codes; the words without its error type are no AppSync's", async () => {
    const lambda = await catches(
      'proxy.authorizer-deny',
      '{"errors":[{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}]}',
    );
    expect(lambda.args).toMatchObject({ via: 'aws-appsync' });
    const r = await run('{"errors":[{"errorType":"Forbidden","message":"Permission denied"}]}');
    expect(r.findings.some((f) => f.args.via === 'aws-appsync')).toBe(false);
    const bare = await run('UnauthorizedException\nopen /etc/app.conf: Permission denied');
    expect(bare.findings.some((f) => f.args.via === 'aws-appsync')).toBe(false);
    const other = await run('{"errorType":"UnauthorizedException","message":"Permission denied for user"}');
    expect(other.findings.some((f) => f.args.via === 'aws-appsync')).toBe(false);
  });
});

describe("Shopify's ACCESS_DENIED printed by Node's util.inspect", () => {
  it('catches: the field denial without a scope (Shopify/shopify-api-js#739): a denial, as its JSON body reads', async () => {
    const input =
      "{ errors: [ { message: 'Access denied for orders field.', extensions: { code: 'ACCESS_DENIED', documentation: 'https://shopify.dev/api/usage/access-scopes' } } ] }";
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'graphql', stated: true });
    const json = await catches(
      'policy.deny',
      '{"errors":[{"message":"Access denied for orders field.","extensions":{"code":"ACCESS_DENIED","documentation":"https://shopify.dev/api/usage/access-scopes"}}]}',
    );
    expect(json.args).toMatchObject({ via: 'graphql' });
  });
  it("catches: the Storefront API's empty message (vercel/commerce#1220)", async () => {
    await catches(
      'policy.deny',
      "⨯ {\n  error: { message: '', extensions: { code: 'ACCESS_DENIED' } },\n  query: 'query getMenu'\n}",
    );
  });
  it('catches: the multi-line inspect naming the scope: challenge.insufficient-scope with it', async () => {
    const input = [
      '  errors: [',
      '    {',
      "      message: 'Access denied for orders field. Required access: `read_orders` access scope.',",
      '      locations: [ { line: 2, column: 3 } ],',
      "      path: [ 'orders' ],",
      '      extensions: {',
      "        code: 'ACCESS_DENIED',",
      "        documentation: 'https://shopify.dev/api/usage/access-scopes',",
      "        requiredAccess: '`read_orders` access scope.'",
      '      }',
      '    }',
      '  ]',
    ].join('\n');
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ scope: 'read_orders', via: 'graphql' });
    const r = await run(input);
    expect(r.findings.filter((x) => x.code === 'policy.deny')).toHaveLength(0);
  });
  it('catches-not: the code outside an extensions object, or in code that tests it', async () => {
    await catchesNot('policy.deny', "{ code: 'ACCESS_DENIED', message: 'The file is locked' }");
    await catchesNot('policy.deny', "if (err.extensions.code === 'ACCESS_DENIED') return retry()");
    await catchesNot('policy.deny', "const codes = { denied: 'ACCESS_DENIED' }");
  });
});

describe("Strapi's 403: the role's or API token's permissions", () => {
  const STEP = 'Users & Permissions plugin → Roles';
  it('catches: v4/v5 ForbiddenError in its envelope, with the roles step (en+ja)', async () => {
    const input =
      'HTTP/1.1 403 Forbidden\n\n{"data":null,"error":{"status":403,"name":"ForbiddenError","message":"Forbidden","details":{}}}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'strapi', stated: true });
    expect(await textOf(input)).toContain(STEP);
    expect(await textOf(input, 'ja')).toContain('Users & Permissions plugin → Roles');
  });
  it("catches: v3's Boom 403 wrapped by its GraphQL plugin, in Apollo's ApolloError (strapi/community-content#20)", async () => {
    const input =
      'Error: {"graphQLErrors":[{"message":"Forbidden","locations":[{"line":2,"column":3}],"path":["categories"],"extensions":{"code":"INTERNAL_SERVER_ERROR","exception":{"data":null,"isBoom":true,"isServer":false,"output":{"statusCode":403,"payload":{"statusCode":403,"error":"Forbidden","message":"Forbidden"},"headers":{}},"message":"Forbidden","stacktrace":["Error: Forbidden"," at handleErrors (C:\\\\app\\\\node_modules\\\\strapi-plugin-users-permissions\\\\config\\\\policies\\\\permissions.js:116:54)"]}}}],"networkError":null,"message":"GraphQL error: Forbidden"}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'strapi' });
  });
  it("catches: Apollo's graphQLErrors are read as a reply's errors", async () => {
    const f = await catches(
      'policy.deny',
      '{"graphQLErrors":[{"message":"Not allowed","extensions":{"code":"FORBIDDEN"}}],"networkError":null}',
    );
    expect(f.args).toMatchObject({ via: 'graphql' });
  });
  it("catches-not: another server's ForbiddenError, a Boom 403 without Strapi's stack, a 404 in Strapi's envelope", async () => {
    const other = await run('{"error":{"status":403,"name":"ForbiddenError","message":"Forbidden"}}');
    expect(other.findings.some((f) => f.args.via === 'strapi')).toBe(false);
    const boom = await run(
      '{"errors":[{"message":"Forbidden","extensions":{"code":"INTERNAL_SERVER_ERROR","exception":{"isBoom":true,"output":{"statusCode":403},"stacktrace":["Error: Forbidden","    at /app/src/guard.js:3:9"]}}}]}',
    );
    expect(boom.findings.some((f) => f.args.via === 'strapi')).toBe(false);
    await catchesNot(
      'policy.deny',
      '{"data":null,"error":{"status":404,"name":"NotFoundError","message":"Not Found","details":{}}}',
    );
  });
});

describe("Envoy's empty 403 (ext_authz, OPA behind it)", () => {
  const EMPTY = 'HTTP/1.1 403 Forbidden\ndate: Mon, 06 Dec 2021 15:44:38 GMT\nserver: envoy\ncontent-length: 0';
  it('catches: the reply alone (open-policy-agent/opa-envoy-plugin#646, opa#6757): ext_authz with its access-log step', async () => {
    const f = await catches('proxy.authorizer-deny', EMPTY);
    expect(f.args).toMatchObject({ product: 'Envoy', authorizer: 'ext-authz', emptyReply: true });
    expect(f.severity).toBe('warning');
    const en = await textOf(EMPTY);
    expect(en).toContain('ext_authz_denied');
    expect(en).toContain('ext_authz_error');
    expect(await textOf(EMPTY, 'ja')).toContain('ext_authz_denied');
  });
  it("catches: curl -v's istio-envoy with an x-envoy-decorator-operation", async () => {
    const input =
      '< HTTP/1.1 403 Forbidden\n< date: Thu, 28 May 2026 14:09:00 GMT\n< server: istio-envoy\n< content-length: 0\n< x-envoy-decorator-operation: api.default.svc.cluster.local:80/*';
    await catches('proxy.authorizer-deny', input);
  });
  it("catches: the access log's UAEX keeps its stated reading", async () => {
    const f = await catches(
      'proxy.authorizer-deny',
      `${EMPTY}\n[2026-05-28T14:09:00.000Z] "GET /people HTTP/1.1" 403 UAEX 0 0 4 - "-" "curl/8.5.0" "id" "example.com" "-"`,
    );
    expect(f.args.emptyReply).toBeUndefined();
  });
  it("catches-not: the service's own empty 403 (x-envoy-upstream-service-time), RBAC's body, a 401, a body, nginx", async () => {
    await catchesNot('proxy.authorizer-deny', `${EMPTY}\nx-envoy-upstream-service-time: 3`);
    await catchesNot(
      'proxy.authorizer-deny',
      'HTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 19\ncontent-type: text/plain\n\nRBAC: access denied',
    );
    await catchesNot('proxy.authorizer-deny', 'HTTP/1.1 401 Unauthorized\nserver: envoy\ncontent-length: 0');
    await catchesNot(
      'proxy.authorizer-deny',
      'HTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 27\n\n{"error":"not your project"}',
    );
    await catchesNot('proxy.authorizer-deny', 'HTTP/1.1 403 Forbidden\nserver: nginx\ncontent-length: 0');
  });
});

describe("Harbor's 'unauthorized to access repository' named", () => {
  const HARBOR =
    'Error response from daemon: unauthorized: unauthorized to access repository: project/foo, action: pull: unauthorized to access repository: project/foo, action: pull';
  it('catches: the docker CLI print (goharbor/harbor#13988): Harbor named, its project role / robot account step', async () => {
    const f = await catches('policy.deny', HARBOR);
    expect(f.args).toMatchObject({ via: 'harbor', stated: true });
    expect(f.severity).toBe('error');
    const en = await textOf(HARBOR);
    expect(en).toContain('Harbor refused this action on the repository to the account it saw');
    expect(en).toContain('robot$');
    expect(await textOf(HARBOR, 'ja')).toContain('Harbor');
  });
  it("catches: the registry's JSON body with Harbor's Basic challenge", async () => {
    await catches(
      'policy.deny',
      'HTTP/1.1 401 Unauthorized\nWww-Authenticate: Basic realm="harbor"\n\n{"errors":[{"code":"UNAUTHORIZED","message":"unauthorized to access repository: myproj/app, action: push: unauthorized to access repository: myproj/app, action: push"}]}',
    );
  });
  it('catches: beside a failed credential helper the helper leads and Harbor follows as a warning (audit-gg 24)', async () => {
    const input = `docker pull harbor.mycompany.com/project/foo\n${HARBOR}\n\nsubprocess.CalledProcessError: Command '['docker-credential-pass', 'get']' returned non-zero exit status 1.`;
    const r = await run(input);
    expect(r.findings[0]?.code).toBe('token.missing');
    const h = r.findings.find((f) => f.code === 'policy.deny');
    expect(h?.args).toMatchObject({ via: 'harbor' });
    expect(h?.severity).toBe('warning');
  });
  it('catches-not: the words without a repository and action, or in prose', async () => {
    const a = await run('we keep seeing unauthorized to access repository errors on the runners');
    expect(a.findings.some((f) => f.args.via === 'harbor')).toBe(false);
    const b = await run('Unauthorized to access repository: see the docs');
    expect(b.findings.some((f) => f.args.via === 'harbor')).toBe(false);
  });
});

describe('kubectl logs --prefix: the [pod/<pod>/<container>] prefix does not hide the line', () => {
  const CLOCK = { preferPastedDate: true } as const;
  const LINE_ISO = '2026-05-27T23:00:00Z';
  it('catches: the line time after the prefix (with --timestamps, and a bracketed or logfmt time)', async () => {
    for (const input of [
      `[pod/api-7d9f8c6b5-x2k4q/api] ${LINE_ISO} ERROR JwtAuthenticationFilter: Jwt expired at 2026-05-27T22:50:00Z`,
      `[pod/api-0/app] 2026-05-27T23:00:00.000000000Z {"level":"error","msg":"request failed","status":401}`,
      `[pod/api-7d9f8c6b5-x2k4q/api] [${LINE_ISO}] ERROR TokenExpiredError: jwt expired`,
    ]) {
      const r = await run(input, CLOCK);
      expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    }
  });
  it("catches: the line's JSON and its time member are read behind the prefix", async () => {
    const r = await run(
      `[pod/api-7d9f/api] {"level":"error","time":"${LINE_ISO}","msg":"auth failed","error":"jwt expired","status":401}`,
      CLOCK,
    );
    expect(r.status).toBe(401);
    expect(r.reference).toMatchObject({ now: LINE_ISO, nowSource: 'log-time' });
    expect(r.findings.map((f) => f.code)).toContain('time.expired');
  });
  it('catches-not: a bracket that is not kubectl’s prefix, or a time after the message', async () => {
    const a = await run(`[pods/api/api] ${LINE_ISO} ERROR TokenExpiredError: jwt expired`, CLOCK);
    expect(a.reference.nowSource).not.toBe('log-time');
    const b = await run(`[pod/api/api] ERROR TokenExpiredError: jwt expired at ${LINE_ISO}`, CLOCK);
    expect(b.reference.nowSource).not.toBe('log-time');
  });
});

describe("oauth.interaction-required: msal-node's own interactive calls", () => {
  const STACK =
    'InteractionRequiredAuthError: interaction_required: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.\n    at ResponseHandler.validateTokenResponse (/app/node_modules/@azure/msal-node/node_modules/@azure/msal-common/dist/response/ResponseHandler.mjs:83:23)';
  it('catches: @azure/msal-node in the stack: acquireTokenInteractive / acquireTokenByCode, no popup, no iframe step (en+ja)', async () => {
    const f = await catches('oauth.interaction-required', STACK);
    expect(f.args).toMatchObject({ msal: 'node' });
    const en = await textOf(STACK);
    expect(en).toContain('acquireTokenInteractive');
    expect(en).toContain('acquireTokenByCode');
    expect(en).not.toContain('acquireTokenPopup');
    expect(en).not.toContain('in its iframe');
    expect(await textOf(STACK, 'ja')).toContain('acquireTokenByCode');
  });
  it('catches: a require of @azure/msal-node beside the bare error', async () => {
    const f = await catches(
      'oauth.interaction-required',
      "const { ConfidentialClientApplication } = require('@azure/msal-node');\nInteractionRequiredAuthError: login_required",
    );
    expect(f.args).toMatchObject({ msal: 'node' });
  });
  it('catches-not: msal-browser, or the error alone, stays MSAL.js with its popup/redirect step', async () => {
    const browser = await catches(
      'oauth.interaction-required',
      'InteractionRequiredAuthError: login_required\n    at https://app.example.com/node_modules/@azure/msal-browser/dist/msal-browser.js:1:1',
    );
    expect(browser.args).toMatchObject({ msal: 'js' });
    const bare = await catches('oauth.interaction-required', 'InteractionRequiredAuthError: login_required');
    expect(bare.args).toMatchObject({ msal: 'js' });
    expect(await textOf('InteractionRequiredAuthError: login_required')).toContain('acquireTokenPopup');
  });
});

describe("MQTT's bare return code 5 / reason code 0x87, with MQTT named in the paste", () => {
  it("catches: PubSubClient's rc=5, paho's result code 5, esp32-mqtt's reason code: 5, an MQTT 5 CONNACK's 0x87", async () => {
    for (const input of [
      'Attempting MQTT connection...failed, rc=5 try again in 5 seconds',
      'def on_connect(client, userdata, flags, rc):\n    print("Connected with result code "+str(rc))\nclient = mqtt.Client()\n---\nConnected with result code 5',
      '[MQTT INFO] Reading MQTT CONNECT response message\n[MQTT WARN] Connection refuse, reason code: 5',
      'mosquitto broker: CONNACK reason code 0x87',
    ]) {
      const f = await catches('challenge.invalid-token', input);
      expect(f.args).toMatchObject({ via: 'mqtt' });
    }
  });
  it('catches-not: the same numbers without MQTT (SteamCMD, Windows, Aerospike, a UTF-8 decoder), or rc=55', async () => {
    for (const input of [
      'FAILED with result code 5',
      'Open file failed, rc=5 Error[5]:Access is denied.',
      'CreateOnly fails with result code 5 when the record is there',
      "UnicodeDecodeError: 'utf-8' codec can't decode byte 0x87 in position 3",
      'gemini CLI failed, rc=55: not running in a trusted directory (mqtt bridge)',
      'MQTT connection failed, rc=-2',
    ]) {
      const r = await run(input);
      expect(r.findings.some((f) => f.args.via === 'mqtt')).toBe(false);
    }
  });
});

describe("NestJS's ExceptionsHandler answering 500 for the guard's 401 (another @nestjs/common)", () => {
  const HANDLER = [
    '[Nest] 19607   - 05/10/2019, 6:52 PM   [ExceptionsHandler] Object:',
    '{',
    '  "statusCode": 401,',
    '  "error": "Unauthorized"',
    '}',
    ' +3861ms',
    'Error: [object Object]',
    '    at JwtAuthGuard.handleRequest (/home/app/node_modules/@nestjs/passport/dist/auth.guard.js:63:30)',
    '    at allFailed (/home/app/node_modules/passport/lib/middleware/authenticate.js:107:18)',
  ].join('\n');
  it('catches: nestjs/nest#2170: the guard refused, the client got 500; the one-@nestjs/common step first (en+ja)', async () => {
    const f = await catches('token.missing', HANDLER);
    expect(f.args).toMatchObject({ framework: 'nestjs', exceptionsHandler: true });
    const en = await textOf(HANDLER);
    expect(en).toContain('npm ls @nestjs/common');
    expect(en).toContain('got 500, not 401');
    expect(await textOf(HANDLER, 'ja')).toContain('peerDependencies');
  });
  it("catches-not: a guard that crashed (switchToHttp of undefined), Nest's DI error, AuthGuard's own 401 stack", async () => {
    const crash = await run(
      "[Nest] 1  - 05/28/2026, 2:09:00 PM   ERROR [ExceptionsHandler] Cannot read properties of undefined (reading 'switchToHttp')\nTypeError: Cannot read properties of undefined (reading 'switchToHttp')\n    at JwtAuthGuard.canActivate (/app/node_modules/@nestjs/passport/dist/auth.guard.js:53:37)",
    );
    expect(crash.findings.some((f) => f.args.exceptionsHandler === true)).toBe(false);
    const di = await run(
      "[Nest] 1  - ERROR [ExceptionHandler] Nest can't resolve dependencies of the JwtStrategy (?). Please make sure that the argument ConfigService at index [0] is available in the AuthModule context.",
    );
    expect(di.findings.some((f) => f.args.exceptionsHandler === true)).toBe(false);
    const own = await catches(
      'token.missing',
      'UnauthorizedException: Unauthorized\n    at JwtAuthGuard.handleRequest (/app/node_modules/@nestjs/passport/dist/auth.guard.js:68:30)',
    );
    expect(own.args).toMatchObject({ framework: 'nestjs' });
    expect(own.args.exceptionsHandler).toBeUndefined();
  });
});
