/**
 * Round audit-aj: content platforms and shops refusing a caller in their own envelope (WordPress's WP_Error codes,
 * WooCommerce, the JWT Authentication plugin, Contentful, Sanity, Ghost, Magento). Pastes rebuilt from the public threads
 * named beside each case (sources cited beside the rows in parse/verifier-messages/content-platforms.ts), keys made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const wpError = (code: string, message: string, status: number) =>
  `{"code":"${code}","message":"${message}","data":{"status":${status}}}`;

describe('WordPress’s and WooCommerce’s WP_Error envelope: 401 no user, 403 a capability', () => {
  it('catches: rest_forbidden with 401 as Redirection prints it (johngodley/redirection#2087)', async () => {
    const f = await catches(
      'token.missing',
      `Error: Sorry, you are not allowed to do that. (rest_forbidden)\nAction: redirection/v1/setting/ GET\nCode: 401 Unauthorized\nRaw: ${wpError('rest_forbidden', 'Sorry, you are not allowed to do that.', 401)}`,
    );
    expect(f.args).toMatchObject({ via: 'wordpress' });
    const r = await run(wpError('rest_forbidden', 'Sorry, you are not allowed to do that.', 401));
    expect(r.nextSteps.join(' ')).toMatch(/application password/);
  });

  it('catches: rest_cannot_create with 403 is the user’s capability (policy.deny)', async () => {
    const f = await catches(
      'policy.deny',
      wpError('rest_cannot_create', 'Sorry, you are not allowed to create posts as this user.', 403),
    );
    expect(f.args).toMatchObject({ via: 'wordpress', stated: true });
  });

  it('catches: rest_not_logged_in after curl -u: Basic is WordPress’s scheme (WordPress/application-passwords#105)', async () => {
    const input = `curl -u 'appname:abcd EFGH ijkl MNOP qrst UVWX' http://site.test/wp-json/wp/v2/users/me\n${wpError('rest_not_logged_in', 'You are not currently logged in.', 401)}`;
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'wordpress' });
    await catchesNot('authz-header.scheme', input);
  });

  it('catches: WooCommerce’s woocommerce_rest_cannot_view with 401 (woocommerce/woocommerce#16505)', async () => {
    const f = await catches(
      'token.missing',
      wpError('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.', 401),
    );
    expect(f.args).toMatchObject({ via: 'woocommerce' });
  });

  it('catches: WooCommerce’s unknown consumer key (woocommerce/woocommerce#11120)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      wpError('woocommerce_rest_authentication_error', 'Consumer Key is invalid.', 401),
    );
    expect(f.args).toMatchObject({ via: 'woocommerce' });
  });

  it('catches not: the code without its status, or inside another word, says nothing of WordPress', async () => {
    const bare = await run('Error: Lo siento, no puedes listar recursos. [woocommerce_rest_cannot_view]');
    expect(bare.findings.some((f) => (f.args as { via?: string }).via === 'woocommerce')).toBe(false);
    const other = await run('{"code":"my_rest_forbidden_thing","data":{"status":401}}');
    expect(other.findings.some((f) => (f.args as { via?: string }).via === 'wordpress')).toBe(false);
  });
});

describe('the JWT Authentication for WP REST API plugin', () => {
  it('catches: jwt_auth_bad_auth_header (Tmeister/wp-api-jwt-auth#62)', async () => {
    const f = await catches(
      'authz-header.format',
      wpError('jwt_auth_bad_auth_header', 'Authorization header malformed.', 403),
    );
    expect(f.args).toMatchObject({ via: 'wp-jwt-auth' });
  });

  it('catches: jwt_auth_bad_config (Tmeister/wp-api-jwt-auth#59)', async () => {
    await catches(
      'verifier.misconfigured',
      wpError('jwt_auth_bad_config', 'JWT is not configurated properly, please contact the admin', 403),
    );
    const r = await run(
      wpError('jwt_auth_bad_config', 'JWT is not configurated properly, please contact the admin', 403),
    );
    expect(r.nextSteps.join(' ')).toMatch(/JWT_AUTH_SECRET_KEY/);
  });

  it('catches not: the words in prose, not as a code', async () => {
    await catchesNot('verifier.misconfigured', 'we renamed jwt_auth_bad_config_handler in our fork');
  });
});

describe('Contentful, Sanity and Ghost refusing their own tokens', () => {
  it('catches: Contentful’s AccessTokenInvalid (contentful/contentful.js#721)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Uncaught (in promise): Object: {"sys":{"type":"Error","id":"AccessTokenInvalid"},"message":"The access token you sent could not be found or is invalid.","requestId":"cdc52913-f514-4350-96e2-d184f76bd93a"}',
    );
    expect(f.args).toMatchObject({ via: 'contentful' });
    const r = await run(
      'Error: Status: 403 - Forbidden - Message: The access token you sent could not be found or is invalid.',
    );
    expect(r.nextSteps.join(' ')).toMatch(/Content Management API/);
  });

  it('catches: Sanity’s SIO-401-ANF (sanity-io/sanity#2985) and @sanity/client’s words (sanity-io/squizzy#20)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '{"statusCode":401,"errorCode":"SIO-401-ANF","error":"Unauthorized","message":"Session not found"}',
    );
    expect(f.args).toMatchObject({ via: 'sanity' });
    await catches('challenge.invalid-token', 'ClientError: Unauthorized - Session does not match project host');
  });

  it('catches: Ghost’s INVALID_JWT with Ghost named (TryGhost/Ghost#16313)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'GET /ghost/api/admin/posts/\n{"errors":[{"message":"Invalid token","type":"BadRequestError","code":"INVALID_JWT","ghostErrorCode":null}]}',
    );
    expect(f.args).toMatchObject({ via: 'ghost' });
  });

  it('catches not: INVALID_JWT with no Ghost near it', async () => {
    const r = await run('{"error":{"code":"INVALID_JWT","message":"Invalid token"}}');
    expect(r.findings.some((f) => (f.args as { via?: string }).via === 'ghost')).toBe(false);
  });
});

describe('Magento’s ACL', () => {
  it('catches: "The consumer isn’t authorized to access %resources." naming the resource (magento/magento2#36811)', async () => {
    const f = await catches(
      'policy.deny',
      '{\n    "message": "The consumer isn\'t authorized to access %resources.",\n    "parameters": {\n        "resources": "Magento_Catalog::products"\n    }\n}',
    );
    expect(f.args).toMatchObject({ via: 'magento', permission: 'Magento_Catalog::products' });
    expect(f.detail).not.toMatch(/IAM/);
  });

  it('catches not: another consumer’s words', async () => {
    await catchesNot('policy.deny', 'The consumer is not authorized to access this topic');
  });
});

describe('commercetools’ missing scope', () => {
  it('catches: "One of the following scopes is missing" naming the scope (commercetools/sunrise-spa#267)', async () => {
    const f = await catches(
      'scope.insufficient',
      '{"statusCode":403,"message":"Insufficient scope. One of the following scopes is missing: manage_customers.","errors":[{"code":"insufficient_scope","message":"Insufficient scope. One of the following scopes is missing: manage_customers."}],"error":"insufficient_scope"}',
    );
    expect(f.args).toMatchObject({ via: 'commercetools', missing: ['manage_customers'] });
    const r = await run(
      '{"statusCode":403,"message":"Insufficient scope. One of the following scopes is missing: manage_customers."}',
    );
    expect(r.nextSteps.join(' ')).toMatch(/API client/);
  });

  it('catches not: the words with no scope after them', async () => {
    const r = await run('Insufficient scope. One of the following scopes is missing: .');
    expect(r.findings.some((f) => (f.args as { via?: string }).via === 'commercetools')).toBe(false);
  });
});

describe('a CI system that gave the job no OIDC token', () => {
  it('catches: CircleCI’s aws-cli orb without a context (CircleCI-Public/aws-cli-orb#161)', async () => {
    const f = await catches('token.missing', 'OIDC Token cannot be found. A CircleCI context must be specified.');
    expect(f.args).toMatchObject({ via: 'circleci', unobtained: true });
    const r = await run('OIDC Token cannot be found. A CircleCI context must be specified.');
    expect(r.nextSteps.join(' ')).toMatch(/context/);
  });

  it('catches: Buildkite’s lifetime over its maximum (buildkite-plugins/aws-assume-role-with-web-identity-buildkite-plugin#43)', async () => {
    const f = await catches(
      'token.missing',
      'buildkite-agent: fatal: POST https://agent.buildkite.com/v3/jobs/019c7c5a-215d-40b7-8805-4ccfaba5a461/oidc/tokens: 422 Unprocessable Entity: Requested lifetime too high (requested: 14400 max: 7200)',
    );
    expect(f.args).toMatchObject({ via: 'buildkite', unobtained: true });
  });

  it('catches not: another API’s lifetime words', async () => {
    await catchesNot('token.missing', 'requested lifetime too high for this cache entry');
  });
});
