import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

/**
 * Round audit-nn: GraphQL APIs' authentication and authorization errors inside a 200 (sources in the rows' comments in
 * parse/error-bodies.ts and parse/verifier-messages/platforms.ts).
 */

const codes = async (input: string) => (await run(input)).findings.map((f) => f.code);

describe('GitHub GraphQL: the error type at the error’s top level', () => {
  it('catches: INSUFFICIENT_SCOPES (antfu-collective/sponsorkit#6)', async () => {
    const input = JSON.stringify({
      errors: [
        {
          type: 'INSUFFICIENT_SCOPES',
          locations: [{ line: 10, column: 9 }],
          message:
            "Your token has not been granted the required scopes to execute this query. The 'createdAt' field requires one of the following scopes: ['read:user'], but your token has only been granted the: ['read:org'] scopes. Please modify your token's scopes at: https://github.com/settings/tokens.",
        },
      ],
    });
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ via: 'github' });
  });
  it('catches: FORBIDDEN "Resource not accessible by integration" (github-community-projects/contributors#492)', async () => {
    const input =
      '{"errors":[{"type":"FORBIDDEN","path":["createDiscussion"],"extensions":{"saml_failure":false},"message":"Resource not accessible by integration"}]}';
    await catches('challenge.insufficient-scope', input);
  });
  it('catches not: another FORBIDDEN type, or a type that is no auth error', async () => {
    await catchesNot(
      'challenge.insufficient-scope',
      '{"errors":[{"type":"FORBIDDEN","message":"Repository access blocked"}]}',
    );
    await catchesNot('challenge.insufficient-scope', '{"errors":[{"type":"NOT_FOUND","message":"Could not resolve"}]}');
  });
  it('catches: @octokit/graphql’s GraphqlResponseError list (github-community-projects/contributors#492)', async () => {
    const input =
      'GraphqlResponseError: Request failed due to following response errors:\n - Resource not accessible by integration\n    at /home/runner/work/_actions/x/dist/index.js:4204:13';
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ via: 'github', githubActor: 'integration' });
  });
  it('catches: the gh CLI’s "GraphQL: …" (actions/create-github-app-token#200)', async () => {
    await catches('challenge.insufficient-scope', 'GraphQL: Resource not accessible by integration (createRepository)');
  });
  it('catches not: a list item without Octokit’s heading, or the words in a sentence', async () => {
    await catchesNot('challenge.insufficient-scope', 'Known errors:\n - Resource not accessible by integration\n');
    await catchesNot(
      'challenge.insufficient-scope',
      'Why do I see Resource not accessible by integration when the workflow runs?',
    );
  });
});

describe('Shopify GraphQL: ACCESS_DENIED', () => {
  it('catches: the scope it names (Shopify/shopify-api-ruby#1415)', async () => {
    const input =
      '{"errors":[{"message":"Access denied for shopifyqlQuery field. Required access: `read_reports` access scope.","extensions":{"code":"ACCESS_DENIED","documentation":"https://shopify.dev/api/usage/access-scopes"}}]}';
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ scope: 'read_reports' });
  });
  it('catches: without a scope, a denial (vercel/commerce#1220)', async () => {
    await catches('policy.deny', '{"errors":[{"message":"","extensions":{"code":"ACCESS_DENIED"}}]}');
  });
  it('catches: the thread’s quote, with the scope (Shopify/shopify-api-ruby#1415)', async () => {
    const input =
      'It works in development, but in production, I get: `Access denied for shopifyqlQuery field. Required access: "read_reports" access scope.`';
    const f = await catches('challenge.insufficient-scope', input);
    expect(f.args).toMatchObject({ scope: 'read_reports' });
  });
  it('catches: the shopify_graphql gem’s error, a denial (kirillplatonov/shopify_graphql#35)', async () => {
    const input =
      'ShopifyGraphql::ConnectionError: Failed. Response code = ACCESS_DENIED. Response message = Access denied for stagedUploadsCreate field.. Documentation = https://shopify.dev/api/usage/access-scopes.';
    await catches('policy.deny', input);
  });
  it('reads the JSON body once, not again as a printed line', async () => {
    const r = await run(
      '{"errors":[{"message":"Access denied for orders field. Required access: `read_orders` access scope.","extensions":{"code":"ACCESS_DENIED"}}]}',
    );
    expect(r.findings.filter((f) => f.code === 'challenge.insufficient-scope')).toHaveLength(1);
  });
  it('catches not: "Access denied for" in anyone’s words, without a scope or the gem’s code', async () => {
    expect(await codes('Access denied for user field. Please contact your admin.')).not.toContain('policy.deny');
    expect(await codes('Access denied for user field. Please contact your admin.')).not.toContain(
      'challenge.insufficient-scope',
    );
  });
  it('catches not: the words without the code, or another code', async () => {
    await catchesNot(
      'challenge.insufficient-scope',
      '{"errors":[{"message":"Access denied for orders field. Required access: `read_orders` access scope.","extensions":{"code":"THROTTLED"}}]}',
    );
  });
});

describe('AWS AppSync: Not Authorized to access <field> on type <Type>', () => {
  it('catches: the JSON error, errorType Unauthorized (aws-amplify/amplify-category-api#2422)', async () => {
    const input =
      '{\n  "data": { "listItems": null },\n  "errors": [\n    {\n      "path": ["listItems"],\n      "errorType": "Unauthorized",\n      "message": "Not Authorized to access listItems on type Query"\n    }\n  ]\n}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'aws-appsync' });
  });
  it('catches: the Android SDK’s print (aws-amplify/amplify-android#2124)', async () => {
    const input =
      "DataStoreException{message=Failure performing sync query to AppSync: [GraphQLResponse.Error{message='Not Authorized to access syncReviews on type ModelReviewConnection', locations='[GraphQLLocation{line='2', column='3'}]'";
    await catches('policy.deny', input);
  });
  it('catches not: the words in prose, or without a field and type', async () => {
    expect(
      await codes('I keep getting Not Authorized to access listItems on type Query from the console'),
    ).not.toContain('policy.deny');
    expect(await codes('{"errors":[{"message":"Not Authorized to access this resource"}]}')).not.toContain(
      'policy.deny',
    );
  });
});

describe('graphql-shield: its fallback "Not Authorised!"', () => {
  it('catches: under Apollo’s INTERNAL_SERVER_ERROR in a 200 (maticzav/graphql-shield#1176)', async () => {
    const input =
      'HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"errors":[{"message":"Not Authorised!","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'graphql-shield' });
  });
  it('catches not: other spellings, anyone’s words', async () => {
    expect(await codes('{"errors":[{"message":"Not Authorized"}]}')).not.toContain('policy.deny');
    expect(await codes('{"errors":[{"message":"not authorised!"}]}')).not.toContain('policy.deny');
  });
});
