/**
 * Round "standards" of real-world pastes: how modern resource servers challenge beyond RFC 6750's three error codes.
 * RFC 9470 step-up (`insufficient_user_authentication` with `acr_values` / `max_age`) and Microsoft Entra ID's claims
 * challenge (`insufficient_claims` with a base64 `claims` request; Microsoft Graph's Continuous Access Evaluation body),
 * read as challenge.step-up (a project code: docs/codes/challenge.step-up.md); RFC 9728's `resource_metadata` on the
 * error-less challenges MCP servers send; WWW-Authenticate edge cases (a repeated parameter, an unregistered error,
 * several fields in curl -v, HTTP/2 and devtools copies, Proxy-Authenticate on a 407); and DPoP-bound tokens (the
 * `DPoP` proof header beside `Authorization: DPoP`, auth0/go-jwt-middleware's refusals of a Bearer-sent token).
 * Product strings are confirmed in the public captures named beside each row or in the rows that read them
 * (parse/verifier-messages/identity.ts). Readings: docs/findings.md, "Reading the rules". The quiet groups hold the same
 * words in prose, in code and in a success, which must not be read as a challenge.
 */
import { describe, expect, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, FRESH_MASKED, JSON_CT, MISREAD, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** A claims request as Graph's recorded CAE challenge carries it: {"access_token":{"nbf":{"essential":true,…}}}. */
const CAE_CLAIMS = 'eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYzNTUyNzc5MCJ9fX0=';
/** learn.microsoft.com's claims-challenge example: {"access_token":{"acrs":{"essential":true,"value":"cp1"}}}. */
const ACRS_CLAIMS = 'eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiY3AxIn19fQ==';
/** Graph's claims challenge (a Graph reply recorded in a nock fixture of a Microsoft 365 CLI-style test suite). */
const GRAPH_CHALLENGE = `WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${CAE_CLAIMS}"`;
const GRAPH_CAE_BODY =
  '{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp","innerError":{"date":"2021-10-29T17:16:30","request-id":"bf3e8b46-dc38-421e-949d-723a554d1ca9","client-request-id":"bf3e8b46-dc38-421e-949d-723a554d1ca9"}}}';

/** A DPoP-bound access token (RFC 9449 §6: cnf.jkt), signed, valid at NOW. */
const DPOP_BOUND = rs256(
  { ...CLAIMS, scope: 'read:orders', cnf: { jkt: '0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I' } },
  { kid: 'k1', typ: 'at+jwt' },
);
/** Its DPoP proof (RFC 9449 §4.2): a JWT too, signed, `typ: dpop+jwt`, the client's public key in `jwk`. */
const PROOF = rs256(
  {
    jti: 'e1j3V_bKic8-LAEB',
    htm: 'GET',
    htu: 'https://api.acme-corp.com/v1/orders',
    iat: NOW - 2,
    ath: 'fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo',
  },
  { typ: 'dpop+jwt', jwk: { kty: 'RSA', e: 'AQAB', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1Wl' } },
);
const SIGNATURES = [DPOP_BOUND, PROOF].map((t) => t.split('.')[2] as string);

const STEP_UP: Row[] = [
  {
    // RFC 9470 §3's first example (quoted by the RFC's Japanese readers, e.g. zenn.dev "RFC 9470 OAuth 2.0 Step Up …")
    name: 'RFC 9470: insufficient_user_authentication with acr_values',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="insufficient_user_authentication",',
      '  error_description="A different authentication level is required",',
      '  acr_values="myACR"',
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    excludes: ['challenge.no-error', 'challenge.invalid-token', ...MISREAD],
  },
  {
    // RFC 9470 §3's second example, as resource servers send it (a pytest asserting the exact header; a C# sample API)
    name: 'RFC 9470: insufficient_user_authentication with max_age, curl -i with the token sent',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/transfers -H "Authorization: Bearer ${FRESH_MASKED}"`,
      S401,
      'WWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="More recent authentication is required", max_age="5"',
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    excludes: ['challenge.invalid-token', 'time.expired', ...MISREAD],
  },
  {
    // The same challenge as a raw capture keeps it: CRLF line ends, continuation lines folded with a tab
    name: 'RFC 9470’s max_age challenge folded with tabs, CRLF',
    input:
      'HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Bearer error="insufficient_user_authentication",\r\n\terror_description="More recent authentication is required",\r\n\tmax_age="5"\r\n',
    ...A401,
    top: 'challenge.step-up',
    excludes: MISREAD,
  },
  {
    // A resource server's notes: "`DPoP` replaces `Bearer` when the request used DPoP" in its RFC 9470 challenge
    name: 'step-up under the DPoP scheme, the DPoP-bound token and its proof sent',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/transfers -H "Authorization: DPoP ${DPOP_BOUND}" -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: DPoP error="insufficient_user_authentication", error_description="More recent authentication is required", max_age="300"',
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    excludes: ['challenge.dpop-proof', 'challenge.scheme-mismatch', 'token.type-mismatch'],
  },
  {
    // Apache Camel's camel-oauth step-up (CAMEL-27123, as the issue quotes the consumer's answer): max_age unquoted
    name: 'camel-oauth: acr_values and an unquoted max_age, HTTP/1.1 401 with no reason phrase',
    input:
      'HTTP/1.1 401\nWWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="authentication level too low", acr_values="2", max_age=300',
    ...A401,
    top: 'challenge.step-up',
    excludes: ['challenge.malformed'],
  },
  {
    // an openEHR server's test asserting its challenge (ferroehr): a realm, several acr values
    name: 'a realm and several acr_values, in a Rust test’s assertion',
    input:
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="ferroehr", error="insufficient_user_authentication", error_description="patient data requires authentication at assurance level substantial or higher", acr_values="loa-high loa-substantial"',
    ...A401,
    top: 'challenge.step-up',
  },
  {
    // A server that sends RFC 9470's challenge on a 403 on purpose (a Crystal spec asserting `403` and
    // `Bearer realm="api", error="insufficient_user_authentication", max_age="300"`): RFC 9470 §3 names 401
    name: 'step-up on a 403: authentication, and the status contradicts it',
    input:
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_user_authentication", max_age="300"',
    status: 403,
    classification: 'authentication',
    top: 'challenge.step-up',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    // Graph's 401 under a CAE claims challenge, header and body as recorded (nock fixture: POST /v1.0/me/revokeSignInSessions)
    name: 'Microsoft Graph CAE: insufficient_claims header and the InvalidAuthenticationToken body',
    input: [
      'POST https://graph.microsoft.com/v1.0/me/revokeSignInSessions -> 401',
      GRAPH_CHALLENGE,
      JSON_CT,
      '',
      GRAPH_CAE_BODY,
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    via: 'microsoft-graph',
    excludes: ['challenge.invalid-token', ...NOT_MISSING, ...MISREAD],
  },
  {
    // learn.microsoft.com, "Claims challenges, claims requests and client capabilities": the documented example
    name: 'Entra ID’s documented claims challenge (acrs cp1), with a Japanese line above it',
    input: [
      'Graph を叩くと 401 になる。レスポンスヘッダーはこれ',
      S401,
      `www-authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${ACRS_CLAIMS}"`,
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    // msgraph-sdk-dotnet-core's CAE test header: authorization_uri unquoted (a URL is no RFC 9110 token, so the header
    // breaks there and its error is lost), errorDescription carrying Graph's words after it
    name: 'Graph’s challenge with an unquoted authorization_uri: malformed, and Graph’s words still say step-up',
    input: `${S401}\nWWW-Authenticate: Bearer realm="", authorization_uri=https://login.microsoftonline.com/common/oauth2/authorize, client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTY1NzgzNDQxNyJ9fX0=", errorDescription="Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp"`,
    ...A401,
    top: 'challenge.step-up',
    via: 'microsoft-graph',
    includes: ['challenge.malformed'],
    excludes: ['challenge.no-error', 'challenge.invalid-token'],
  },
  {
    // The challenge quoted in a Japanese sentence (docs/findings.md: "A challenge quoted in a sentence is the response's")
    name: 'Entra ID’s claims challenge quoted in a Japanese sentence',
    input: `Graph から 401。ヘッダーは WWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="${ACRS_CLAIMS}" でした`,
    ...A401,
    top: 'challenge.step-up',
    token: null,
    excludes: ['token.malformed', 'token.missing'],
  },
  {
    // …and in an English one, with an InCommon assurance profile as the acr asked for (as a gateway's README shows it)
    name: 'RFC 9470’s challenge quoted in an English question',
    input:
      'the API says WWW-Authenticate: Bearer error="insufficient_user_authentication", acr_values="urn:mace:incommon:iap:silver" after the 401, how do I ask Okta for that',
    ...A401,
    top: 'challenge.step-up',
  },
  {
    // The Graph SDK for .NET (Kiota) printing Graph's CAE 401 ("Microsoft.Graph.Models.ODataErrors.ODataError:
    // Continuous access evaluation resulted in challenge with result: InteractionRequired and code:
    // LocationConditionEvaluationSatisfied", an Entra troubleshooting note quoting its error)
    name: 'the Graph SDK’s ODataError for a CAE location challenge, alone',
    input:
      'Microsoft.Graph.Models.ODataErrors.ODataError: Continuous access evaluation resulted in challenge with result: InteractionRequired and code: LocationConditionEvaluationSatisfied\n   at Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter.ThrowIfFailedResponseAsync(HttpResponseMessage response, Dictionary`2 errorMapping, Activity activityForAttributes, CancellationToken cancellationToken)',
    ...REFUSED,
    top: 'challenge.step-up',
    via: 'microsoft-graph',
    excludes: ['challenge.invalid-token', ...NOT_MISSING],
  },
  {
    // Graph's body alone under the other wording ("… resulted in challenge with result: InteractionRequired and code:
    // TokenCreatedWithOutdatedPolicies", a test's "verbatim body returned by Graph under a CAE challenge")
    name: 'Graph’s CAE body alone, TokenCreatedWithOutdatedPolicies, after its status line',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenCreatedWithOutdatedPolicies"}}',
    ].join('\n'),
    ...A401,
    top: 'challenge.step-up',
    via: 'microsoft-graph',
    excludes: ['challenge.invalid-token', ...NOT_MISSING],
  },
];

const STEP_UP_QUIET: Row[] = [
  {
    // The Azure SDKs' CAE tests: ARM's revoked session is an invalid_token that carries a claims request; the server
    // states the token is rejected, and the claims parameter does not make it a step-up
    // (azure-sdk-for-js core-rest-pipeline, azure-sdk-for-python, azure-sdk-for-go): its words name the revocation
    name: 'ARM’s invalid_token with a claims parameter is no step-up: its revoked session is token.revoked',
    input: `${S401}\nWWW-Authenticate: Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="User session has been revoked", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="`,
    ...A401,
    top: 'token.revoked',
    via: 'azure-resource-manager',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.step-up', ...MISREAD],
  },
  {
    name: 'quiet: insufficient_claims on a success',
    input: `HTTP/1.1 200 OK\nWWW-Authenticate: Bearer error="insufficient_claims", claims="${ACRS_CLAIMS}"`,
    status: 200,
    classification: 'undetermined',
    excludes: ['challenge.step-up'],
  },
  {
    name: 'quiet: the error codes in a sentence',
    input:
      'the payments API answers insufficient_user_authentication when the user skipped MFA, and Graph answers insufficient_claims under CAE: do we handle both in the SPA?',
    ...QUIET,
    excludes: ['challenge.step-up'],
  },
  {
    // Microsoft's CAE samples catch the Graph SDK's exception on the words, without the result after them
    name: 'quiet: the CAE words in a catch clause',
    input:
      'catch (ServiceException svcex) when (svcex.Message.Contains("Continuous access evaluation resulted in claims challenge"))',
    ...QUIET,
    excludes: ['challenge.step-up'],
  },
  {
    name: 'quiet: the same in Japanese prose',
    input:
      'CAE のクレームチャレンジ（insufficient_claims）は MSAL の WithClaims で対応済み。acr_values の step-up は来週',
    ...QUIET,
    excludes: ['challenge.step-up'],
  },
];

/** The protected-resource metadata URL mcp-proxy's 401 names. */
const PRM = 'http://localhost:3000/.well-known/oauth-protected-resource';

const RESOURCE_METADATA: Row[] = [
  {
    // mcp-proxy's 401 for a request without a token (its README's "How It Works"), JSON-RPC body included
    name: 'mcp-proxy: Bearer resource_metadata with no error, and its JSON-RPC body',
    input: [
      S401,
      `WWW-Authenticate: Bearer resource_metadata="${PRM}"`,
      JSON_CT,
      '',
      '{',
      '  "error": {',
      '    "code": -32000,',
      '    "message": "Unauthorized: Missing Authorization header with Bearer token"',
      '  },',
      '  "id": 1,',
      '  "jsonrpc": "2.0"',
      '}',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    excludes: MISREAD,
  },
  {
    // an MCP server's deployment notes: an initialize POST without a token, HTTP/2 lower-case, a scope beside it
    name: 'an MCP server over HTTP/2: resource_metadata and scope, the curl sent no token',
    input: [
      `$ curl -i -X POST https://curvi.ai/api/mcp -H 'Content-Type: application/json' -d '{"jsonrpc":"2.0","id":1,"method":"initialize"}'`,
      'HTTP/2 401',
      'www-authenticate: Bearer resource_metadata="https://curvi.ai/.well-known/oauth-protected-resource/api/mcp", scope="openid email"',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    includes: ['authz-header.missing'],
  },
  {
    // Spring Security's resource server with RFC 9728 metadata (a deployment's table of its challenges: the JwtDecoder's
    // "An error occurred while attempting to decode the Jwt: Jwt expired at …", error_uri, resource_metadata)
    name: 'Spring Security: an expired Jwt, error_uri and resource_metadata beside it',
    input: `HTTP/1.1 401\nWWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1", resource_metadata="http://localhost:8081/.well-known/oauth-protected-resource"`,
    ...A401,
    top: 'time.expired',
    via: 'spring-security',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.no-error', ...MISREAD],
  },
  {
    // Spring Security's opaque-token introspector ("Provided token isn't active", its BadOpaqueTokenException, which its
    // own tests find in the WWW-Authenticate), folded over three lines as a write-up pasted it: the inactive token is
    // token.revoked by findings.md, which no row reads yet (leftover), so only what is right is asserted
    name: 'Spring Security: an introspected token that is not active, error_uri, folded',
    input: [
      S401,
      'www-authenticate: Bearer error="invalid_token",',
      `  error_description="Provided token isn't active",`,
      '  error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
      'content-length: 0',
    ].join('\n'),
    ...A401,
    excludes: ['challenge.no-error', ...MISREAD],
  },
  {
    // an MCP gateway's Go handler writes invalid_token with resource_metadata beside it
    name: 'an MCP gateway: invalid_token with resource_metadata stays invalid_token',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token is invalid or expired. Please re-authenticate and try again.", resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource/mcp"`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['challenge.no-error'],
  },
];

const CHALLENGE_EDGES: Row[] = [
  {
    // RFC 9110 §11.2: each auth-param name MUST occur once per challenge
    name: 'a parameter repeated in one challenge: the first error is read, and the header is malformed',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error="foo"`,
    ...A401,
    top: 'challenge.invalid-token',
    includes: ['challenge.malformed'],
  },
  {
    // An error value no OAuth specification defines: no code says what it means (leftover), so none may be made up
    name: 'an unregistered error value names no known cause',
    input: `${S401}\nWWW-Authenticate: Bearer realm="api", error="unknown_error_xyz", error_description="something odd"`,
    ...A401,
    excludes: ['challenge.invalid-token', 'challenge.no-error', 'challenge.malformed', 'challenge.step-up'],
  },
  {
    // ASP.NET Core's JwtBearer description ("The token expired at '…'", in many a project's notes), HTTP/2, a Basic
    // challenge beside it
    name: 'HTTP/2 curl -v: a Bearer and a Basic WWW-Authenticate field',
    input: [
      '< HTTP/2 401',
      '< content-type: application/problem+json',
      `< www-authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
      '< www-authenticate: Basic realm="acme"',
      '< date: Thu, 28 May 2026 14:09:58 GMT',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.scheme-mismatch', 'challenge.no-error', ...MISREAD],
  },
  {
    // IIS with Windows authentication in front of the API (curl -v against an IIS site: Negotiate and NTLM fields)
    name: 'curl -v: IIS answers a Bearer token with Negotiate and NTLM',
    input: [
      '> GET /api/orders HTTP/1.1',
      '> Host: intranet.acme-corp.com',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '> User-Agent: curl/7.68.0',
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< Content-Type: text/html',
      '< Server: Microsoft-IIS/10.0',
      '< WWW-Authenticate: Negotiate',
      '< WWW-Authenticate: NTLM',
      '< Date: Thu, 28 May 2026 14:09:58 GMT',
      '< Content-Length: 1293',
    ].join('\n'),
    ...A401,
    top: 'challenge.scheme-mismatch',
    excludes: ['challenge.no-error', ...MISREAD],
  },
  {
    // IIS in front of ASP.NET Core with Windows authentication on as well: its Negotiate and NTLM fields beside
    // JwtBearer's challenge ("The token expired at '…'"). The Bearer layer answered: no other layer is suggested
    name: 'curl -v: Negotiate, NTLM and a Bearer challenge that names the expiry',
    input: [
      '> GET /api/orders HTTP/1.1',
      '> Host: intranet.acme-corp.com',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< Server: Microsoft-IIS/10.0',
      `< WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
      '< WWW-Authenticate: Negotiate',
      '< WWW-Authenticate: NTLM',
      '< X-Powered-By: ASP.NET',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'aspnetcore',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.scheme-mismatch', 'challenge.no-error', ...MISREAD],
  },
  {
    // RFC 9449 §7.2: a server that takes both offers both; DPoP clients' tests pin `Bearer error="invalid_token",
    // DPoP algs="ES256"`. The error-less DPoP challenge is an offer, not "no credentials"
    name: 'Bearer invalid_token beside an error-less DPoP offer',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token", DPoP algs="ES256"`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['challenge.no-error', 'challenge.dpop-proof'],
  },
  {
    // Chrome devtools' Response Headers block copied (Kestrel), and the Request Headers under it
    name: 'devtools copy: Kestrel’s challenge in the Response Headers block',
    input: [
      'Status Code: 401 Unauthorized',
      'Response Headers',
      'content-length: 0',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'server: Kestrel',
      `www-authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
      'Request Headers',
      ':authority: api.acme-corp.com',
      ':method: GET',
      ':path: /v1/orders',
      `authorization: Bearer ${FRESH_MASKED}`,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'aspnetcore',
    excludes: ['challenge.no-error', ...NOT_MISSING, ...MISREAD],
  },
  {
    // azcopy's log of Azure Storage's 401 (azure-storage-azcopy's source quotes it): its challenge has unquoted URLs
    // and no comma, which RFC 9110 does not allow (malformed, a warning), yet both are read whole; the body names why
    name: 'Azure Storage via azcopy: the unquoted challenge and an expired token',
    input: [
      'RESPONSE Status: 401 Server failed to authenticate the request. Please refer to the information in the www-authenticate header.',
      'Www-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize resource_id=https://storage.azure.com',
      'X-Ms-Error-Code: InvalidAuthenticationInfo',
      '<?xml version="1.0" encoding="utf-8"?><Error><Code>InvalidAuthenticationInfo</Code><Message>Server failed to authenticate the request. Please refer to the information in the www-authenticate header.</Message><AuthenticationErrorDetail>Lifetime validation failed. The token is expired.</AuthenticationErrorDetail></Error>',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'azure-storage',
    includes: ['challenge.malformed'],
  },
  {
    // Azure Storage's 401 to a request with no Authorization (x-ms-error-code NoAuthenticationInformation, the code the
    // Azure SDKs' error-code enums and azure-sdk-for-net's Data Lake tests name; the challenge as in their recordings):
    // the unquoted challenge is read to its end, so its missing error says no token came
    name: 'Azure Storage: NoAuthenticationInformation under the same challenge',
    input: [
      'HTTP/1.1 401 Server failed to authenticate the request. Please refer to the information in the www-authenticate header.',
      'Content-Length: 302',
      'Content-Type: application/xml',
      'Server: Microsoft-HTTPAPI/2.0',
      'x-ms-error-code: NoAuthenticationInformation',
      'WWW-Authenticate: Bearer authorization_uri=https://login.microsoftonline.com/aaaaa/oauth2/authorize resource_id=https://storage.azure.com',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    includes: ['token.missing', 'challenge.malformed'],
  },
  {
    // Squid's 407 (its default realm, X-Squid-Error ERR_CACHE_ACCESS_DENIED), curl -v through the proxy
    name: 'a forward proxy’s 407: Proxy-Authenticate is not the API’s challenge',
    input: [
      '> GET http://api.acme-corp.com/v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: Bearer ${FRESH_MASKED}`,
      '> Proxy-Connection: Keep-Alive',
      '>',
      '< HTTP/1.1 407 Proxy Authentication Required',
      '< Server: squid/3.5.27',
      '< Content-Type: text/html;charset=utf-8',
      '< X-Squid-Error: ERR_CACHE_ACCESS_DENIED 0',
      '< Proxy-Authenticate: Basic realm="Squid proxy-caching web server"',
      '< Via: 1.1 65d2e3c7997a (squid/3.5.27)',
    ].join('\n'),
    status: 407,
    classification: 'undetermined',
    includes: ['status.not-auth'],
    excludes: ['challenge.scheme-mismatch', 'challenge.missing', 'challenge.malformed'],
  },
];

const DPOP: Row[] = [
  {
    // RFC 9449 §7.1's challenge (the dpop-proof row's example) to curl sending `Authorization: DPoP` and the proof,
    // as Okta's DPoP guide writes the request
    name: 'Authorization: DPoP with its DPoP proof header: the access token is the one judged',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: DPoP ${DPOP_BOUND}" -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: DPoP algs="ES256 PS256", error="invalid_dpop_proof", error_description="Invalid DPoP key binding"',
    ].join('\n'),
    ...A401,
    top: 'challenge.dpop-proof',
    token: { header: { alg: 'RS256', typ: 'at+jwt', kid: 'k1' } },
    excludes: ['token.type-mismatch', 'authz-header.scheme', 'challenge.scheme-mismatch', ...MISREAD],
  },
  {
    // RFC 9449 §9's nonce request, curl -v with the proof sent
    name: 'use_dpop_nonce with DPoP-Nonce, curl -v with the proof',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: DPoP ${DPOP_BOUND}`,
      `> DPoP: ${PROOF}`,
      '>',
      '< HTTP/1.1 401 Unauthorized',
      '< WWW-Authenticate: DPoP error="use_dpop_nonce", error_description="Resource server requires nonce in DPoP proof"',
      '< DPoP-Nonce: eyJ7S_zG.eyJH0-Z.HX4w-7v',
    ].join('\n'),
    ...A401,
    top: 'challenge.dpop-proof',
    token: { header: { alg: 'RS256', typ: 'at+jwt', kid: 'k1' } },
    excludes: ['token.type-mismatch', 'token.malformed'],
  },
  {
    // auth0/go-jwt-middleware in DPoP-required mode (examples/http-dpop-required/README.md: 400, the DPoP challenge
    // and the body with error_code bearer_not_allowed): the resource server itself wants the DPoP scheme
    name: 'go-jwt-middleware: Bearer tokens are not allowed (DPoP required)',
    input: [
      `$ curl -v -H "Authorization: Bearer ${DPOP_BOUND}" http://localhost:3001/`,
      '> GET / HTTP/1.1',
      '> Host: localhost:3001',
      `> Authorization: Bearer ${DPOP_BOUND}`,
      '>',
      '< HTTP/1.1 400 Bad Request',
      '< Www-Authenticate: DPoP error="invalid_request", error_description="Bearer tokens are not allowed (DPoP required)"',
      '< Content-Type: application/json',
      '<',
      '{"error":"invalid_request","error_description":"Bearer tokens are not allowed (DPoP required)","error_code":"bearer_not_allowed"}',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    // The token shown is DPoP-bound (cnf.jkt): sent as Bearer, its binding is the cause (token.sender-constrained)
    top: 'token.sender-constrained',
    includes: ['challenge.invalid-request'],
    excludes: ['challenge.scheme-mismatch', ...MISREAD],
  },
  {
    // go-jwt-middleware's missing-proof refusal (its DPoP error docs: invalid_dpop_proof, "DPoP proof is required for
    // DPoP-bound tokens", error_code dpop_proof_missing)
    name: 'go-jwt-middleware: DPoP proof is required for DPoP-bound tokens',
    input: [
      S401,
      'WWW-Authenticate: DPoP error="invalid_dpop_proof"',
      JSON_CT,
      '',
      '{"error":"invalid_dpop_proof","error_description":"DPoP proof is required for DPoP-bound tokens","error_code":"dpop_proof_missing"}',
    ].join('\n'),
    ...A401,
    // The words say the token is DPoP-bound and came without a proof: the binding, which absorbs invalid_dpop_proof
    top: 'token.sender-constrained',
    via: 'go-jwt-middleware',
    excludes: ['challenge.dpop-proof', ...NOT_MISSING, ...MISREAD],
  },
  {
    // go-jwt-middleware's invalid_token for a cnf-bound token sent as Bearer (its core tests; the words Auth0's SDKs
    // share): the stated binding leads, invalid_token is its envelope
    name: 'go-jwt-middleware: a DPoP-bound token sent as Bearer is an invalid_token',
    input: [
      `$ curl -i -H "Authorization: Bearer ${DPOP_BOUND}" https://api.acme-corp.com/v1/orders`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="DPoP-bound token requires the DPoP authentication scheme, not Bearer"',
    ].join('\n'),
    ...A401,
    top: 'token.sender-constrained',
    via: 'auth0-sdk',
    includes: ['challenge.invalid-token'],
    token: { header: { alg: 'RS256', typ: 'at+jwt', kid: 'k1' } },
    excludes: ['challenge.dpop-proof', ...MISREAD],
  },
  {
    // The proof sent without the access token: the server saw no credentials (RFC 9449 §7.1's error-less DPoP
    // challenge). The proof is judged as the paste's token, and its missing iss/aud/exp reported (leftover); what is
    // right is asserted, and its signature must not be echoed
    name: 'a DPoP proof header without Authorization: no credentials',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: DPoP algs="ES256 PS256"',
    ].join('\n'),
    ...A401,
    top: 'challenge.no-error',
    includes: ['authz-header.missing'],
    excludes: ['challenge.dpop-proof', 'token.malformed'],
  },
  {
    name: 'quiet: a DPoP request that succeeded',
    input: [
      '> GET /v1/orders HTTP/1.1',
      '> Host: api.acme-corp.com',
      `> Authorization: DPoP ${DPOP_BOUND}`,
      `> DPoP: ${PROOF}`,
      '>',
      '< HTTP/1.1 200 OK',
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    token: { header: { alg: 'RS256', typ: 'at+jwt', kid: 'k1' } },
    excludes: ['challenge.dpop-proof', 'token.type-mismatch', 'token.malformed'],
  },
];

/** The row whose name starts with `prefix`. */
function byName(rows: readonly Row[], prefix: string): Row {
  const row = rows.find((r) => r.name.startsWith(prefix));
  if (row === undefined) throw new Error(`no row named ${prefix}…`);
  return row;
}

describe('Round "standards": step-up and claims challenges', () => {
  for (const row of STEP_UP) it(row.name, () => expectPasteRow(row, SIGNATURES));

  it('the claims challenge’s steps pass the claims on, and its claims value is no token', async () => {
    const report = await expectPasteRow(byName(STEP_UP, 'Microsoft Graph CAE: insufficient_claims header'));
    expect(report.token).toBeNull();
    expect(report.nextSteps[0]).toContain('WithClaims');
    expect(report.findings[0]?.args).toMatchObject({ error: 'insufficient_claims', claims: true });
  });

  it('sets the pasted token’s acr and auth_time beside what the server asks for', async () => {
    const token = rs256({ ...CLAIMS, acr: '1', auth_time: NOW - 10_800 }, { kid: 'k1' });
    const masked = `${token.split('.').slice(0, 2).join('.')}.***`;
    const report = await expectPasteRow({
      // RFC 9470 §3's max_age challenge, as a pytest asserts it, to a token from a sign-in three hours old
      name: 'step-up with the token shown',
      input: `$ curl -i https://api.acme-corp.com/v1/transfers -H "Authorization: Bearer ${masked}"\n${S401}\nWWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="More recent authentication is required", max_age="300"`,
      ...A401,
      top: 'challenge.step-up',
    });
    expect(report.findings[0]?.args).toMatchObject({ maxAge: '300', tokenAcr: '1', authAgeSeconds: 10_800 });
    expect(report.findings[0]?.detail).toContain('acr is "1"');
    expect(report.findings[0]?.detail).toContain('3h ago');
  });

  it('RFC 9470’s steps name the acr_values and max_age to ask for', async () => {
    const report = await expectPasteRow(byName(STEP_UP, 'camel-oauth'));
    expect(report.nextSteps[0]).toContain('acr_values=2 max_age=300');
  });
});

describe('Round "standards": step-up words where nothing asks for a new sign-in', () => {
  for (const row of STEP_UP_QUIET) it(row.name, () => expectPasteRow(row));
});

describe('Round "standards": RFC 9728 resource_metadata', () => {
  for (const row of RESOURCE_METADATA) it(row.name, () => expectPasteRow(row));

  it('the error-less challenge’s first step names the metadata to fetch, in English and Japanese', async () => {
    const en = await expectPasteRow(byName(RESOURCE_METADATA, 'mcp-proxy'));
    expect(en.nextSteps[0]).toContain(PRM);
    expect(en.nextSteps[0]).toContain('authorization_servers');
    const ja = await expectPasteRow(byName(RESOURCE_METADATA, 'mcp-proxy'), [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain(PRM);
    expect(ja.nextSteps[0]).toMatch(/認可サーバー/);
  });
});

describe('Round "standards": WWW-Authenticate edge cases', () => {
  for (const row of CHALLENGE_EDGES) it(row.name, () => expectPasteRow(row));
});

describe('Round "standards": DPoP-bound tokens', () => {
  for (const row of DPOP) it(row.name, () => expectPasteRow(row, SIGNATURES));
});
