/**
 * Round audit-af: enterprise API gateways' own refusals. IBM API Connect's gateway (DataPower) answers in its own body,
 * `{"httpCode":…,"httpMessage":…,"moreInformation":…}`: "Invalid client id or secret." is the application's client ID
 * (an API key in X-IBM-Client-Id) refused, not a token; "Cannot pass the security checks…" is the operation's security
 * requirements unmet, whichever. Pastes from public sources (beside each), hosts and ids made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const APIC = 'IBM API Connect';

describe('IBM API Connect: the client ID refused (proxy.gateway-response, apiKey)', () => {
  it.each([
    // A bank's API Connect sandbox probed with curl -i (its DataPower gateway's x-global-transaction-id).
    [
      'curl -i, compact body',
      'HTTP/2 401\ncontent-type: application/json\nx-global-transaction-id: dd51bf1b6a88429c06615181\n\n{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Invalid client id or secret."}',
    ],
    // The same reply as a sandbox note quotes it, the members on two lines.
    [
      'the body across lines',
      'HTTP 401  {"httpCode":"401","httpMessage":"Unauthorized",\n           "moreInformation":"Invalid client id or secret."}',
    ],
    [
      'pretty-printed',
      'HTTP/1.1 401 Unauthorized\n\n{\n  "httpCode": "401",\n  "httpMessage": "Unauthorized",\n  "moreInformation": "Invalid client id or secret."\n}',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('proxy.gateway-response', paste);
    expect(f.args).toMatchObject({ product: APIC, apiKey: true, keyHeader: 'X-IBM-Client-Id' });
    const r = await run(paste);
    expect(r.nextSteps.join('\n')).toContain('X-IBM-Client-Id');
  });

  it.each([
    // Token endpoints say the same words in their own members (an OAuth server's `error_description`, a login API).
    [
      'a token endpoint’s error_description',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client","error_description":"invalid client id or secret"}',
    ],
    ['an app’s own message', 'HTTP/1.1 401 Unauthorized\n\n{"error":"Unauthorized","message":"Invalid client id or secret."}'],
    ['prose', 'HTTP/1.1 401 Unauthorized\nthe gateway said invalid client id or secret, moreInformation was empty'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.code === 'proxy.gateway-response' && f.args.product === APIC)).toEqual([]);
  });
});

describe('IBM API Connect: the operation’s security checks unmet (proxy.gateway-response)', () => {
  const BODY =
    '{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Cannot pass the security checks that are required by the target API or operation, Enable debug headers for more details."}';

  it.each([
    // An API Connect OAuth tutorial's test script, for no token and for a bad one alike.
    ['a test script’s failure line', `FAIL\nFailed call with error ${BODY}`],
    // An API Connect tutorial's reply, with its gateway's single-quoted challenge.
    [
      'a 401 with its challenge',
      `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer error='invalid_token'\nDate: Fri, 03 Apr 2020 12:48:01 GMT\n\n${BODY}`,
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('proxy.gateway-response', paste);
    expect(f.args).toMatchObject({ product: APIC });
    expect(f.args.apiKey).not.toBe(true);
  });

  it('catches not: an app’s problem detail that says less ("Cannot pass the security checks")', async () => {
    await catchesNot(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\n\n{"type":"/problems/unauthorized","title":"Unauthorized","detail":"Cannot pass the security checks"}',
    );
  });
});
