import { describe, expect, it } from 'vitest';
import { type CodeArgs, KEY_FETCH_FAILURES } from '../../src/engine/args.js';
import { FINDING_CODES, type FindingCode } from '../../src/engine/codes.js';
import type { UsageProblem } from '../../src/errors.js';
import type { Catalogue, FindingMessage } from '../../src/messages/catalogue.js';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { PRODUCT_NAME_LIST } from '../../src/messages/product-names.js';

/**
 * The Japanese catalogue reads as Japanese with real values: every code is rendered with plausible args
 * (one row per branch of its messages), and nothing is left in English but what stays as is everywhere:
 * claim and header names, option names, product names and the quoted values the args carry.
 */

const NOW = 1_779_977_400; // 2026-05-28T14:10:00Z

const samples: { [C in FindingCode]: Array<CodeArgs[C]> } = {
  'input.empty': [{}, { read: 'payload' }, { read: 'token' }],
  'input.live-token': [
    { alg: 'RS256', expiresInSeconds: 3120 },
    { alg: 'HS256', expiresInSeconds: null },
    { alg: 'ES256', expiresInSeconds: 0 },
  ],
  'input.cut-payload': [{ claims: ['iss', 'aud', 'exp'] }],
  'input.masked': [
    { markers: ['***'], what: 'signature' },
    { markers: [], what: 'payload' },
    { markers: ['[REDACTED]', 'xxxx'], what: 'token' },
  ],
  'status.mismatch': [
    { status: 401, evidenceSays: 'authorization', because: 'challenge.insufficient-scope' },
    { status: 403, evidenceSays: 'authentication', because: 'time.expired' },
  ],
  'status.not-auth': [{ status: 400 }, { status: 502 }],
  'authz-header.missing': [
    { otherCredentials: null },
    { otherCredentials: 'cookie' },
    { otherCredentials: 'query' },
    { otherCredentials: null, cutBy: '&' },
  ],
  'authz-header.scheme': [{ scheme: null }, { scheme: 'Token' }],
  'authz-header.double-prefix': [
    { form: 'bearer-bearer' },
    { form: 'bearer-colon' },
    { form: 'header-name' },
    { form: 'log', via: 'jsonwebtoken' },
  ],
  'authz-header.format': [
    { problems: ['lowercase-scheme'], characters: [] },
    { problems: ['quotes', 'extra-space', 'line-break', 'bad-characters', 'duplicate'], characters: ['"', '\\'] },
    { problems: [], characters: [], via: 'Envoy' },
    { problems: ['no-space'], characters: [] },
  ],
  'authz-header.url-encoded': [
    { sequences: ['%2E', '%3D'], double: false },
    { sequences: ['%252E'], double: true },
  ],
  'challenge.missing': [{}],
  'challenge.no-error': [
    { scheme: 'Bearer', credentialSent: true },
    { scheme: 'Bearer', credentialSent: false },
    {
      scheme: 'Bearer',
      credentialSent: false,
      resourceMetadata: 'https://mcp.example.com/.well-known/oauth-authorization-server',
      resourceMetadataIsServer: true,
    },
    {
      scheme: 'Bearer',
      credentialSent: false,
      resourceMetadata: 'https://mcp.example.com/.well-known/oauth-protected-resource',
    },
    {
      scheme: 'Bearer',
      credentialSent: true,
      resourceMetadata: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp',
    },
    { scheme: 'Bearer', credentialSent: true, reasonLogged: true },
  ],
  'challenge.invalid-request': [{ description: null }, { description: 'Duplicate credentials' }],
  'challenge.invalid-token': [
    { description: null, tokenShown: false },
    {
      description: null,
      tokenShown: false,
      resourceMetadata: 'https://mcp.example.com/.well-known/oauth-protected-resource/mcp',
    },
    { description: 'The access token expired', tokenShown: true },
    { description: null, tokenShown: false, tokenUnreadable: true },
    { description: null, tokenShown: false, credential: 'kintone-api-token' },
    {
      description: 'The specified API token does not match',
      tokenShown: false,
      credential: 'kintone-api-token',
      via: 'kintone',
    },
  ],
  'challenge.dpop-proof': [
    { error: 'invalid_dpop_proof', description: 'Invalid DPoP key binding', algs: 'ES256 PS256' },
    { error: 'use_dpop_nonce', description: null, algs: null },
  ],
  'challenge.step-up': [
    {
      error: 'insufficient_user_authentication',
      description: 'A different authentication level is required',
      acrValues: 'myACR',
      maxAge: null,
      claims: false,
      tokenAcr: '1',
      authAgeSeconds: 11_100,
    },
    {
      error: 'insufficient_user_authentication',
      description: null,
      acrValues: null,
      maxAge: '5',
      claims: false,
      tokenAcr: null,
      authAgeSeconds: 600,
    },
    {
      error: 'insufficient_user_authentication',
      description: null,
      acrValues: null,
      maxAge: null,
      claims: false,
      tokenAcr: null,
      authAgeSeconds: null,
    },
    {
      via: 'microsoft-graph',
      error: 'insufficient_claims',
      description: null,
      acrValues: null,
      maxAge: null,
      claims: null,
      tokenAcr: null,
      authAgeSeconds: null,
    },
    {
      error: 'insufficient_claims',
      description: null,
      acrValues: null,
      maxAge: null,
      claims: true,
      tokenAcr: null,
      authAgeSeconds: null,
    },
  ],
  'challenge.insufficient-scope': [
    { scope: 'booking:write', description: 'Forbidden: insufficient permissions', mislabelled: 'invalid_token' },
    {
      scope: 'delete:orders',
      description: 'The request requires higher privileges than provided by the access token.',
    },
    { scope: null, description: null },
  ],
  'challenge.scheme-mismatch': [{ sent: 'Bearer', challenged: ['Basic', 'Negotiate'] }],
  'challenge.malformed': [
    { reason: 'expected "=" after auth-param name', offset: 17 },
    { reason: 'unterminated quoted-string', offset: 30 },
    { reason: 'expected "," after auth-param', offset: 12 },
    { reason: 'expected "," after auth-param', offset: 16, product: 'aws-http-api' },
    { reason: 'unquoted value is not a token', offset: 30, product: 'azure-storage' },
  ],
  'token.missing': [
    {},
    { via: 'jsonwebtoken' },
    { placeholder: '<token>' },
    { placeholder: '' },
    { via: 'github-actions', unobtained: true },
    { via: 'docker', unobtained: true, credentials: 'credential-helper' },
    { client: 'kubectl' },
    { via: 'gofiber-jwt', orMalformed: true },
    { requestUnseen: true },
    { client: 'kubernetes' },
  ],
  'token.malformed': [
    { reason: 'segments', parts: 2 },
    { reason: 'segments', parts: null },
    { reason: 'header-base64', parts: 3 },
    { reason: 'header-json', parts: 3 },
    { reason: 'header-no-alg', parts: 3 },
    { reason: 'payload-base64', parts: 3 },
    { reason: 'payload-json', parts: 3 },
    { reason: 'standard-base64', parts: 3 },
    { reason: 'log', parts: null, via: 'Envoy' },
    { reason: 'padding', parts: 3, issuedBy: 'aws-alb' },
  ],
  'token.jwe': [
    { alg: 'RSA-OAEP', enc: 'A256GCM' },
    { alg: null, enc: null },
    { alg: 'dir', enc: 'A256GCM', issuer: 'auth0' },
  ],
  'token.opaque': [{ length: 43 }],
  'token.id-token': [{ indicators: ['nonce', 'at_hash'] }, { indicators: ['token_use: id'] }],
  'token.for-other-api': [
    { api: 'microsoft-graph', aud: '00000003-0000-0000-c000-000000000000', host: 'api.contoso.com', headerNonce: true },
    { api: 'microsoft-graph', aud: 'https://graph.microsoft.com', host: null, headerNonce: false },
    { api: 'okta-org', aud: 'https://dev-123456.okta.com', host: 'api.acme-corp.com', headerNonce: false },
    { api: 'okta-org', aud: 'https://login.acme-corp.com', host: null, headerNonce: false },
  ],
  'token.crit': [
    { names: ['b64'] },
    { names: ['urn:example:a', 'urn:example:b'] },
    { names: [], problem: 'not-array' },
    { names: [], problem: 'empty' },
    { names: ['alg'], problem: 'registered' },
    { names: ['exp'], problem: 'absent' },
    { names: ['b64'], problem: 'unencoded' },
  ],
  'token.revoked': [{}, { via: 'introspection' }],
  'token.type-mismatch': [
    { via: 'spring-security', typ: null, expected: ['JWT'] },
    { via: 'identitymodel', typ: null, missing: true, expected: [] },
    { via: 'nimbus', typ: 'at+jwt', expected: [] },
    { typ: 'dpop+jwt', expected: [], proof: 'dpop-proof' },
    { typ: 'logout+jwt', expected: [], proof: 'logout-token' },
    { via: 'keycloak', typ: 'Refresh', expected: ['Bearer'], where: 'claim', claim: 'typ' },
  ],
  'token.sender-constrained': [
    { binding: 'dpop', scheme: 'Bearer', proofSent: false, forwardedHeader: null },
    { binding: 'dpop', scheme: 'DPoP', proofSent: false, forwardedHeader: null },
    { via: 'go-jwt-middleware', binding: 'dpop', scheme: 'DPoP', proofSent: true, forwardedHeader: null },
    { binding: 'mtls', scheme: 'Bearer', proofSent: null, forwardedHeader: 'x-forwarded-client-cert' },
    { via: 'keycloak', binding: 'mtls', scheme: null, proofSent: null, forwardedHeader: null },
    { via: 'express-oauth2-jwt-bearer', binding: null, scheme: null, proofSent: null, forwardedHeader: null },
  ],
  'token.jwe-undecryptable': [
    { via: 'jose', alg: null, enc: null },
    { via: 'identitymodel', alg: 'RSA-OAEP', enc: 'A256GCM' },
  ],
  'alg.none': [{}],
  'alg.not-allowed': [
    { alg: 'HS256', allowed: ['RSA', 'EC/ES256'], reason: 'key-type' },
    { alg: 'HS256', allowed: ['RSA/PEM', 'EC/P-256/PEM'], reason: 'key-type' },
    { alg: 'HS256', allowed: [], reason: 'log', via: 'jose' },
    { alg: null, allowed: [], reason: 'log', via: 'jose' },
    { alg: 'HS256', allowed: ['RS256', 'ES256'], reason: 'log', via: 'payara' },
    { alg: 'RS512', allowed: ['RS256', 'ES256'], reason: 'expected-list' },
  ],
  'key.kid-missing': [{ keyCount: 3 }],
  'key.kid-unknown': [
    { kid: 'k1', available: ['k2'], hmacAlg: 'HS256' },
    { kid: 'k1', available: [], hmacAlg: 'HS384' },
    { kid: 'acme-2026-04', available: ['acme-2026-05', 'acme-2026-06'] },
    { kid: null, available: [], via: 'Microsoft.IdentityModel' },
    { kid: 'acme-2026-06', available: [], keysTried: ['acme-2026-04', 'acme-2026-05'], via: 'Microsoft.IdentityModel' },
    { kid: null, available: [], keysTried: ['acme-2026-04'], via: 'Microsoft.IdentityModel' },
    ...(['none', 'refetched', 'cooling-down', 'failed'] as const).map((refetch) => ({
      kid: 'acme-2026-03',
      available: ['acme-2026-05'],
      jwksUri: 'https://auth.acme-corp.com/.well-known/jwks.json',
      refetch,
    })),
    {
      kid: 'acme-2026-06',
      available: ['acme-2026-05'],
      jwksUri: 'https://auth.acme-corp.com/.well-known/jwks.json',
      refetch: 'refetched',
      rotatedIn: true,
    },
    {
      kid: 'acme-2026-06',
      available: [],
      jwksUri: 'https://auth.acme-corp.com/.well-known/jwks.json',
      refetch: 'refetched',
      rotatedIn: true,
      via: 'Envoy',
    },
  ],
  'key.jwks-unavailable': [{}, { via: 'Spring Security' }],
  'signature.invalid': [
    { kid: 'acme-2026-05' },
    { kid: 'acme-2026-05', keysTried: ['acme-2026-04', 'acme-2026-05'], via: 'Microsoft.IdentityModel' },
    { kid: null, via: 'PyJWT' },
    { kid: null, via: 'aws', signedRequest: 'aws-sigv4' },
  ],
  'signature.valid': [
    { kid: 'acme-2026-05', alg: 'RS256' },
    { kid: null, alg: 'HS256' },
  ],
  'signature.unchecked': [
    { reason: 'no-key' },
    { reason: 'no-key', hmacAlg: 'HS256' },
    { reason: 'issuer-not-trusted', iss: 'https://auth.acme-corp.com/', hmacAlg: 'HS512' },
    { reason: 'masked' },
    { reason: 'absent' },
    { reason: 'no-matching-key' },
    { reason: 'unsupported' },
    { reason: 'issuer-not-trusted', iss: 'http://169.254.169.254/latest/meta-data/' },
    { reason: 'issuer-not-trusted', iss: null },
    ...KEY_FETCH_FAILURES.map((failure) => ({
      reason: 'key-fetch-failed' as const,
      failure,
      url: 'https://auth.acme-corp.com/.well-known/openid-configuration',
      httpStatus: failure === 'http-status' ? 503 : null,
    })),
    { reason: 'key-fetch-failed', failure: 'timeout', url: null, httpStatus: null },
  ],
  'time.expired': [
    { exp: NOW - 480, agoSeconds: 480, skewSeconds: 60, maxAge: false },
    { exp: null, agoSeconds: null, skewSeconds: 60, maxAge: false, via: 'jsonwebtoken' },
    { exp: null, agoSeconds: null, skewSeconds: 60, maxAge: true, via: 'jsonwebtoken' },
    { exp: NOW - 9000, agoSeconds: 9000, skewSeconds: 60, maxAge: false },
    { exp: NOW - 9000, agoSeconds: 9000, skewSeconds: 60, maxAge: false, statedExp: NOW - 90_000 },
  ],
  'time.borderline': [
    { exp: NOW - 30, pastSeconds: 30, skewSeconds: 60 },
    { exp: NOW + 45, pastSeconds: -45, skewSeconds: 60 },
    { exp: NOW, pastSeconds: 0, skewSeconds: 60 },
  ],
  'time.not-yet-valid': [
    { nbf: NOW + 300, inSeconds: 300, skewSeconds: 60 },
    { nbf: null, inSeconds: null, skewSeconds: 60, via: 'golang-jwt' },
    { nbf: NOW + 600, inSeconds: 600, skewSeconds: 60, afterIatSeconds: 600 },
  ],
  'time.issued-in-future': [
    { iat: NOW + 300, aheadSeconds: 300, skewSeconds: 60 },
    { iat: null, aheadSeconds: null, skewSeconds: 60, via: 'PyJWT' },
  ],
  'time.no-exp': [{}, { via: 'jose' }, { via: 'mcp-sdk' }],
  'time.milliseconds': [{ claim: 'exp', value: 1_779_976_920_000 }],
  'time.invalid': [
    { claim: 'exp', value: '"2026-05-28T14:02:00Z"' },
    { claim: null, value: null, via: 'jose' },
  ],
  'time.inconsistent': [
    { claim: 'nbf', value: NOW + 7200, exp: NOW + 3600 },
    { claim: null, value: null, exp: null, via: 'jose' },
  ],
  'time.short-lifetime': [{ ttlSeconds: 120 }],
  'time.long-lifetime': [{ ttlSeconds: 273_600 }],
  'claim.aud-mismatch': [
    { aud: ['https://api.acme-corp.com'], expected: ['https://billing.acme-corp.com'] },
    {
      aud: ['https://api.acme-corp.com', 'https://acme-corp.eu.auth0.com/userinfo'],
      expected: ['https://billing.acme-corp.com', 'billing'],
    },
    { aud: ['https://api.acme-corp.com'], expected: [] },
    { aud: [], expected: ['https://billing.acme-corp.com'], via: 'jsonwebtoken' },
    { aud: [], expected: [], via: 'Envoy' },
  ],
  'claim.aud-missing': [{}, { via: 'jose' }],
  'claim.iss-mismatch': [
    { iss: 'https://auth.acme-corp.com/', expected: ['https://login.acme-corp.com/'] },
    { iss: 'https://auth.acme-corp.com/', expected: [] },
    { iss: null, expected: ['https://login.acme-corp.com/'], via: 'jose' },
    { iss: null, expected: [], via: 'jose' },
    {
      iss: 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
      expected: ['https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0'],
      via: 'identitymodel',
      entraTokenVersion: '1.0',
    },
    {
      iss: 'https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/v2.0',
      expected: ['https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/'],
      entraTokenVersion: '2.0',
    },
  ],
  'claim.iss-trailing-slash': [
    { iss: 'https://auth.acme-corp.com/', expected: 'https://auth.acme-corp.com', difference: 'trailing-slash' },
    { iss: 'https://Auth.acme-corp.com', expected: 'https://auth.acme-corp.com', difference: 'case' },
    { iss: 'http://auth.acme-corp.com', expected: 'https://auth.acme-corp.com', difference: 'scheme' },
  ],
  'claim.iss-missing': [{}, { via: 'jose' }],
  'claim.environment': [
    {
      claim: 'iss',
      value: 'https://auth.staging.acme-corp.com/',
      environment: 'staging',
      against: 'api.acme-corp.com',
    },
    { claim: 'aud', value: 'http://localhost:3000', environment: 'localhost', against: 'https://api.acme-corp.com' },
    {
      claim: 'aud',
      value: 'https://api.perf.acme-corp.com',
      environment: 'perf',
      against: 'https://api.acme-corp.com',
    },
  ],
  'claim.sub-missing': [{}],
  'claim.required-missing': [{ claim: 'tenant_id', via: 'jose' }, { claim: null }],
  'claim.pii': [{ claims: ['email', 'phone_number'] }],
  'scope.insufficient': [
    { required: ['read:orders', 'delete:orders'], missing: ['delete:orders'], granted: ['read:orders'] },
    { required: ['admin'], missing: ['admin'], granted: [] },
    { required: [], missing: [], granted: [], via: 'Spring Security' },
  ],
  'scope.format': [
    { claim: 'scope', problem: 'array-scope' },
    { claim: 'scp', problem: 'comma-separated' },
  ],
  'proxy.gateway-response': [
    {
      product: 'AWS API Gateway',
      signals: ['x-amzn-errortype: UnauthorizedException', 'x-amzn-requestid: 1f2e'],
      apiKey: false,
    },
    { product: 'Azure API Management', signals: ['access denied due to missing subscription key'], apiKey: true },
    // This stop's branches, so that a wrong word or spacing in any of them shows here.
    {
      product: 'Cloud Run',
      signals: ['your client does not have permission to'],
      apiKey: false,
      googleIam: true,
      gcloudAccessToken: true,
    },
    {
      product: 'Azure App Service authentication',
      signals: ['you do not have permission to view this directory or page'],
      apiKey: false,
      easyAuth: true,
    },
    {
      product: 'GitHub API',
      signals: ['request forbidden by administrative rules'],
      apiKey: false,
      missingUserAgent: true,
    },
    ...[
      'IIS',
      'Apache httpd',
      'HAProxy',
      'Cloudflare Access',
      'Vercel Deployment Protection',
      'AWS Lambda function URL',
      'AWS AppSync',
    ].map((product) => ({ product, signals: ['server: example'], apiKey: false })),
  ],
  'proxy.waf-block': [
    { product: 'Cloudflare', rule: '1020' },
    { product: 'AWS WAF', rule: null },
  ],
  'proxy.authorizer-deny': [
    { product: 'AWS API Gateway' },
    { product: 'Envoy', authorizer: 'ext-authz' },
    { product: 'AWS AppSync' },
    { product: 'AWS API Gateway', policy: 'resource-policy', principal: 'anonymous' },
  ],
  'proxy.route-not-found': [{ product: 'AWS API Gateway' }],
  'policy.deny': [
    { stated: true, via: 'Istio' },
    { stated: false },
    { stated: true, via: 'aws-s3', signedRequest: 'aws-sigv4' },
    { stated: true, via: 'argocd' },
    { stated: true, via: 'temporal' },
    { stated: true, via: 'google-api', permission: 'storage.objects.get' },
    { stated: true, via: 'gcloud', permission: 'run.services.get', resource: 'namespaces/acme/services/orders' },
  ],
  'verifier.misconfigured': [{ via: 'Microsoft.IdentityModel' }, { via: 'vault', vaultRole: 'gha-deploy' }],
  'oauth.invalid-client': [
    { via: 'response body', description: 'Client authentication failed' },
    { via: 'entra-id', description: null, secretExpired: true },
    { description: null },
    { via: 'mcp-sdk', description: null, dynamicClient: true },
  ],
  'oauth.unauthorized-client': [
    { via: 'keycloak', description: null },
    { via: 'response body', description: 'Client not enabled to retrieve service account' },
  ],
  'oauth.invalid-scope': [
    { via: 'response body', description: 'Invalid scopes: read' },
    { via: 'entra-id', description: null },
  ],
  'oauth.unsupported-grant': [{ via: 'response body', description: 'grant type not supported' }, { description: null }],
  'oauth.invalid-code': [
    { via: 'keycloak', expired: false },
    { expired: true },
    { via: 'mcp-sdk', expired: false, savedState: true },
  ],
  'oauth.discovery-failed': [
    { via: 'mcp-sdk', document: 'resource-metadata', httpStatus: 401 },
    { via: 'mcp-sdk', document: 'server-metadata', httpStatus: null },
    { document: 'registration', httpStatus: null },
  ],
  'policy.service-not-enabled': [
    { via: 'google-api', provider: 'google', service: 'cloudaicompanion.googleapis.com', project: 'my-project-1' },
    { via: 'google-maps', provider: 'google', service: null, project: null },
    { via: 'aws', provider: 'aws', service: 'S3', project: null },
    { via: 'azure-resource-manager', provider: 'azure', service: 'Microsoft.Compute', project: null },
    { provider: 'azure', service: null, project: null },
  ],
  'oauth.interaction-required': [
    { via: 'entra-id', reason: 'login', provider: 'entra-id', msal: null },
    { via: 'auth0', reason: 'consent', provider: 'auth0', msal: null },
    { reason: 'consent', provider: null, msal: null },
    { via: 'msal', reason: 'mfa', provider: 'entra-id', msal: 'js' },
    { reason: 'account-selection', provider: null, msal: null },
    { reason: 'interaction', provider: null, msal: null },
    { via: 'msal', reason: 'login', provider: 'entra-id', msal: 'net' },
    { via: 'msal', reason: 'login', provider: 'entra-id', msal: 'python' },
    { via: 'msal', reason: 'consent', provider: 'entra-id', msal: 'java' },
    { via: 'msal', reason: 'interaction', provider: 'entra-id', msal: 'android' },
  ],
  'federation.no-match': [
    {
      via: 'entra-id',
      issuer: 'https://token.actions.githubusercontent.com',
      subject: 'repo:acme/orders:environment:Production',
      audience: 'api://AzureADTokenExchange',
      claim: null,
      tokenIss: 'https://token.actions.githubusercontent.com',
      tokenSub: 'repo:acme/orders:environment:Production',
      tokenAud: ['api://AzureADTokenExchange'],
      workload: 'github-actions',
    },
    {
      via: 'aws-sts',
      issuer: null,
      subject: null,
      audience: null,
      claim: null,
      tokenIss: null,
      tokenSub: null,
      tokenAud: [],
      workload: null,
    },
    {
      via: 'vault',
      issuer: null,
      subject: null,
      audience: null,
      claim: 'ref_protected',
      tokenIss: null,
      tokenSub: 'project_path:acme/orders:ref_type:branch:ref:main',
      tokenAud: [],
      workload: 'gitlab-ci',
    },
    {
      via: 'gcp-sts',
      issuer: 'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
      subject: 'system:serviceaccount:orders:deploy',
      audience: null,
      claim: null,
      tokenIss: null,
      tokenSub: null,
      tokenAud: [],
      workload: 'kubernetes',
    },
    {
      issuer: null,
      subject: 'x',
      audience: null,
      claim: 'sub',
      tokenIss: null,
      tokenSub: null,
      tokenAud: [],
      workload: 'other',
    },
  ],
  'request.cors-rejected': [
    { preflight: true, stated: false, origin: 'https://app.example.com', method: 'POST' },
    { preflight: true, stated: true, origin: null, method: null, via: 'spring-framework' },
    { preflight: false, stated: true, origin: 'https://app.example.com', method: null, via: 'spring-framework' },
  ],
  'request.csrf-rejected': [
    { via: 'spring-security', method: 'POST', bearerSent: true },
    { via: 'django-rest-framework', method: 'DELETE' },
    { via: 'django' },
    { via: 'laravel', bearerSent: true },
    { via: 'csurf' },
    { via: 'rails', method: 'PUT' },
    { via: 'aspnetcore' },
    {},
  ],
  'token.differs-from-working': [
    {
      working: '‹token sha256:1a2b3c4d›',
      differences: [
        { field: 'iss', failing: 'https://login-staging.acme.io/', working: 'https://login.acme.io/' },
        { field: 'kid', failing: null, working: 'k1' },
      ],
    },
    { working: '‹token sha256:1a2b3c4d›', differences: [{ field: 'alg', failing: 'HS256', working: 'RS256' }] },
    { working: '‹token sha256:1a2b3c4d›', differences: [{ field: 'scope', lacks: ['orders:write'] }] },
  ],
};

interface Rendered {
  code: FindingCode;
  args: unknown;
  texts: string[];
}

function renderAll(cat: Catalogue): Rendered[] {
  return FINDING_CODES.flatMap((code) =>
    samples[code].map((args) => {
      // Each row is the args of its own code; the union type cannot say so, hence the cast.
      const m = cat.findings[code] as unknown as FindingMessage<FindingCode>;
      const a = args as CodeArgs[FindingCode];
      return { code, args, texts: [m.title(a, cat.format), m.detail(a, cat.format), ...m.steps(a, cat.format)] };
    }),
  );
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Strings that stay in English in Japanese text too. */
const KEPT = [
  // The MCP SDKs' names (product-names.ts) are not translated.
  'MCP TypeScript SDK',
  'MCP Python SDK',
  'OpenID Connect',
  'Client Credentials',
  'Spring Security',
  'Microsoft Entra ID',
  'IncludeErrorDetails = false',
  'Math.floor(Date.now() / 1000)',
  // Vercel's dashboard has no Japanese: its setting is named as shown.
  'Protection Bypass for Automation',
  // Commands stay as typed.
  'kubectl create token',
  'argocd admin settings rbac can',
  'argocd proj role get',
  'argocd proj role add-policy',
  // Product names are not translated (src/messages/product-names.ts).
  ...PRODUCT_NAME_LIST,
];

/** Every string value inside the args (quoted values, product names, claim names, library names). */
function argStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(argStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(argStrings);
  return [];
}

/** Three or more English words in a row, once quoted values, arg values and kept terms are taken out. */
function englishLeft(text: string, args: unknown): string | null {
  let rest = text.replace(/"[^"]*"/g, ' ');
  // An empty argument (a placeholder of nothing) would split the text into letters.
  for (const s of [...argStrings(args).filter((a) => a !== ''), ...KEPT].sort((x, y) => y.length - x.length))
    rest = rest.split(s).join(' ');
  return /[A-Za-z][A-Za-z']*(?:[ ,]+[A-Za-z][A-Za-z']*){2,}/.exec(rest)?.[0] ?? null;
}

describe('the ja catalogue: findings', () => {
  const rows = renderAll(ja);

  it.each(rows.map((r) => [r.code, r] as const))('%s reads as Japanese', (_code, row) => {
    for (const text of row.texts) {
      expect(text, `${row.code}: ${text}`).toMatch(JAPANESE);
      expect(englishLeft(text, row.args), `${row.code}: English left in 「${text}」`).toBeNull();
      expect(text, `${row.code}: ${text}`).not.toMatch(/undefined|null|NaN|\[object/);
      expect(text, `${row.code}: doubled particle or space in 「${text}」`).not.toMatch(/ {2}|、、|。。|ですです/);
      // Spacing as in docs/ja: a half-width space between Japanese and an ASCII word, none between two Japanese words.
      // A screen label in 「」 is written as the product's Japanese UI writes it (kintone's 「APIトークン」).
      expect(
        text.replace(/「[^「」]*」/g, '「」'),
        `${row.code}: ASCII word touching Japanese in 「${text}」`,
      ).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u3040-\u30ff\u4e00-\u9fff]/);
      expect(text, `${row.code}: space between Japanese words in 「${text}」`).not.toMatch(
        /[\u3040-\u30ff\u4e00-\u9fff、。（）] [\u3040-\u30ff\u4e00-\u9fff（]/,
      );
    }
  });

  it('ends details and steps with 「。」 and titles without', () => {
    for (const row of rows) {
      const [title, detail, ...steps] = row.texts;
      expect(title, row.code).not.toMatch(/。$/);
      for (const t of [detail, ...steps]) expect(t, row.code).toMatch(/[。）]$/);
    }
  });

  it('names Google Cloud’s IAM caller and role as its Japanese console does', () => {
    const a = {
      product: 'Cloud Run',
      signals: ['your client does not have permission to'],
      apiKey: false,
      googleIam: true as const,
    };
    const m = ja.findings['proxy.gateway-response'];
    const text = [m.detail(a, ja.format), ...m.steps(a, ja.format)].join('\n');
    expect(text).toContain('roles/run.invoker（Cloud Run 起動元）を持つプリンシパル');
    expect(text).not.toMatch(/持つ ID |呼び出し元の ID /);
  });

  it('says what a preflight asked in Japanese word order', () => {
    const detail = ja.findings['request.cors-rejected'].detail(
      { preflight: true, stated: false, origin: 'https://app.example.com', method: 'POST' },
      ja.format,
    );
    expect(detail).toContain('（https://app.example.com から POST を送ってよいか尋ねる OPTIONS）');
    const bare = { preflight: true, stated: false, origin: null, method: null };
    expect(ja.findings['request.cors-rejected'].detail(bare, ja.format)).toContain('プリフライト（OPTIONS）');
  });

  it('puts relative times inside sentences naturally', () => {
    const f = ja.format;
    expect(
      ja.findings['time.expired'].title({ exp: NOW - 480, agoSeconds: 480, skewSeconds: 60, maxAge: false }, f),
    ).toBe('トークンの有効期限が8分前に切れています');
    expect(ja.findings['time.borderline'].title({ exp: NOW + 45, pastSeconds: -45, skewSeconds: 60 }, f)).toBe(
      'トークンの有効期限が45秒後に切れます',
    );
    expect(ja.findings['time.borderline'].title({ exp: NOW, pastSeconds: 0, skewSeconds: 60 }, f)).not.toContain(
      '今に',
    );
    expect(ja.findings['time.not-yet-valid'].title({ nbf: NOW + 300, inSeconds: 300, skewSeconds: 60 }, f)).toBe(
      'トークンはまだ有効ではありません（5分後から有効）',
    );
  });
});

describe('the en catalogue renders the same rows', () => {
  it.each(renderAll(en).map((r) => [r.code, r] as const))('%s', (_code, row) => {
    for (const text of row.texts) {
      expect(text.length, row.code).toBeGreaterThan(0);
      expect(text, `${row.code}: ${text}`).not.toMatch(/undefined|NaN|\[object/);
    }
  });
});

describe('the ja catalogue: format', () => {
  const f = ja.format;
  it.each([
    [510, '8分30秒'],
    [600, '10分'],
    [7500, '2時間5分'],
    [7200, '2時間'],
    [273_600, '3日4時間'],
    [86_400, '1日'],
    [45, '45秒'],
  ])('writes %i s as %s', (seconds, text) => {
    expect(f.duration(seconds)).toBe(text);
  });
  it('writes offsets from now', () => {
    expect(f.relative(-480)).toBe('8分前');
    expect(f.relative(300)).toBe('5分後');
    expect(f.relative(0)).toBe('たった今');
    expect(f.relative(-0.2)).toBe('たった今');
  });
  it('joins lists with 、', () => {
    expect(f.list([])).toBe('');
    expect(f.list(['a'])).toBe('a');
    expect(f.list(['a', 'b', 'c'])).toBe('a、b、c');
  });
});

describe('the ja catalogue: ui and cli', () => {
  /** Terminal columns: CJK and full-width characters take two. */
  const width = (s: string) => [...s].reduce((n, c) => n + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);

  it('has Japanese labels', () => {
    const labels = Object.entries(ja.ui).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'reportTitle',
    );
    for (const [key, text] of labels) expect(text, key).toMatch(JAPANESE);
    for (const group of [ja.classification, ja.severity, ja.source, ja.verdict, ja.ui.tokenKind]) {
      for (const text of Object.values(group)) expect(text).toMatch(JAPANESE);
    }
  });

  it('words the ui functions', () => {
    expect(ja.ui.reference('2026-05-28T14:10:00Z', 'date-header', 60)).toBe(
      '基準時刻 2026-05-28T14:10:00Z（レスポンスの Date ヘッダー）、許容誤差 60秒',
    );
    expect(ja.ui.reference(null, 'none', 60)).toMatch(/--now/);
    expect(ja.ui.moreFindings(3)).toMatch(/3件/);
    expect(ja.ui.moreSteps(2)).toMatch(/2件/);
    expect(ja.ui.lifetime(3600, -480, 300)).toBe('寿命 1時間、8分前に期限切れ、発行元の時計が5分進んでいます');
    expect(ja.ui.lifetime(3600, 2100, null)).toBe('寿命 1時間、残り35分');
    expect(ja.ui.lifetime(null, 0.3, null)).toBe('ちょうど今期限切れ');
    expect(ja.ui.lifetime(null, null, null)).toBe('');
    expect(en.ui.lifetime(3600, -480, 300)).toBe('lifetime 1h · exp 8m ago · issuer clock ahead by 5m');
    expect(ja.ui.sourced(ja.ui.evidence, ja.source.log)).toBe('根拠（ログ）');
    expect(en.ui.sourced(en.ui.evidence, en.source.log)).toBe('evidence (log)');
  });

  it('asks for what the paste lacks with a status or without one', () => {
    expect(ja.ui.noCauseSteps(403)[0]).toContain('403 だけでは');
    expect(ja.ui.noCauseSteps(null)[0]).toContain('ステータスだけでは');
    expect(ja.ui.noCauseSteps(null, { body: true, challenge: false })[0]).toContain('ステータスとボディだけでは');
    expect(ja.ui.noCauseSteps(401, { body: false, challenge: true })[0]).toContain('401 とヘッダーだけでは');
    expect(ja.ui.noCauseSteps(null, { body: true, challenge: true })[0]).toMatch(/^ステータスもそのヘッダー/);
  });

  it('aligns the usage text for a terminal and keeps every option', () => {
    const lines = ja.cli.usage.split('\n');
    for (const option of en.cli.usage.match(/--[a-z-]+/g) ?? []) expect(ja.cli.usage).toContain(option);
    // Every description starts in the same terminal column as the continuation lines (29).
    const described = lines.filter((l) => /^ {2}--\S/.test(l) && !l.includes('--help'));
    expect(described.length).toBe(11);
    for (const line of described) expect(width(/^ {2}--\S+(?: \S+)? +/u.exec(line)?.[0] ?? ''), line).toBe(29);
    for (const line of lines.filter((l) => /^ {29}\S/.test(l))) expect(line).toMatch(JAPANESE);
  });

  const problems: UsageProblem[] = [
    { kind: 'unknown-option', option: '--foo' },
    { kind: 'missing-value', option: '--now' },
    ...(['format', 'locale', 'skew', 'now', 'non-empty', 'url', 'issuer', 'host'] as const).map((expected) => ({
      kind: 'bad-value' as const,
      option: '--x',
      expected,
    })),
    { kind: 'too-many-files', count: 2 },
    ...(['not-found', 'directory', 'permission', 'other'] as const).flatMap((reason) => [
      { kind: 'unreadable-file' as const, path: 'a.txt', reason },
      { kind: 'unreadable-key' as const, path: 'k.pem', reason },
    ]),
    ...(['private-key', 'not-public-pem', 'not-json-or-pem', 'not-object', 'no-keys', 'not-jwk'] as const).map(
      (reason) => ({ kind: 'bad-key' as const, reason }),
    ),
  ];
  it.each(problems)('words the usage problem %j in Japanese', (problem) => {
    const line = ja.cli.problem(problem);
    expect(line).toMatch(JAPANESE);
    expect(line).not.toContain('undefined');
    expect(line.split('\n')).toHaveLength(1);
    expect(en.cli.problem(problem)).not.toContain('undefined');
  });
});
