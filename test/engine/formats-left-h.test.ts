/**
 * Round "left-h": what the second real-paste audit (audit-y) left. AppSync answers with API Gateway's x-amzn-ErrorType
 * header (aws-amplify/amplify-js#3089): its host, its own headers or the writer naming it say which.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

function findingOf(r: Report, code: string): Finding {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `${code} in ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
}

const AMPLIFY_3089 =
  'After setting up appsync with cognito user pool, connecting to it using aws amplify react.js library from local host, works fine but after uploading it to an s3 bucket, I just receive 401 error :\n\n    x-amzn-errortype: UnauthorizedException\n    x-amzn-requestid: eb7e23c8-e02f-4906-831c-2528accc46ae\n    x-cache: Error from cloudfront\nI checked network tab of chrome. in request header there was jwt token .';

describe('left-h 2: AppSync behind CloudFront is named AppSync', () => {
  it('the writer names AppSync beside x-amzn-errortype (audit-y 16)', async () => {
    const r = await run(AMPLIFY_3089);
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('AppSync’s GraphQL host names it', async () => {
    const r = await run(
      'POST /graphql HTTP/1.1\nHost: abcdefghij.appsync-api.us-east-1.amazonaws.com\n\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"errors":[{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}]}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('an x-amzn-appsync-* response header names it', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\nx-amzn-appsync-TokensConsumed: 1\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS AppSync');
  });

  it('not AppSync: an execute-api host stays API Gateway', async () => {
    const r = await run(
      'GET /prod/items HTTP/1.1\nHost: abc123.execute-api.us-east-1.amazonaws.com\n\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS API Gateway');
  });

  it('not AppSync: a writer who names both API Gateway and AppSync keeps API Gateway on its header', async () => {
    const r = await run(
      'Moving from AppSync to API Gateway, the REST call now fails:\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\n\n{"message":"Unauthorized"}',
    );
    expect(findingOf(r, 'proxy.gateway-response').args.product).toBe('AWS API Gateway');
  });
});
