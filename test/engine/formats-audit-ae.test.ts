/**
 * Round audit-ae: enterprise business platforms and payment APIs refusing an integration. Each paste is reconstructed
 * from the public thread named in its row (credentials replaced with made-up ones of the same shape); the sources are
 * cited beside the rows in parse/verifier-messages/payment-apis.ts and the files named in each describe.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const PAYMENTS: Row[] = [
  {
    name: 'Adyen’s 401 errorCode 000 in a .NET sample’s log (adyen-examples/adyen-dotnet-online-payments#67)',
    input:
      'adyen_dotnet_subscription_example.Clients.RecurringClient[0]\n      Request for Payments failed::\n{"status":401,"errorCode":"000","message":"HTTP Status Response - Unauthorized","errorType":"security"}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'adyen',
    excludes: NOT_MISSING,
  },
  {
    name: 'Adyen’s 403 010 Not allowed as PHP’s print_r shows it (Adyen/adyen-php-sample-code#21)',
    input:
      '(\n    [errorType] => security\n    [errorCode] => 010\n    [message] => Not allowed\n    [pspReference] => 8614834610386710\n    [status] => 403\n)',
    ...A403,
    top: 'policy.deny',
    via: 'adyen',
  },
  {
    name: 'PayPal’s token endpoint refusing the app’s credentials (paypal/PayPal-PHP-SDK#916)',
    input:
      'Response Status \t: 401\n[24-08-2017 09:15:49] PayPal\\Core\\PayPalHttpConnection : ERROR: Got Http response code 401 when accessing https://api.sandbox.paypal.com/v1/oauth2/token. {"error":"invalid_client","error_description":"Client Authentication failed"}',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'paypal',
  },
  {
    name: 'PayPal’s older "The client credentials are invalid" as its Node SDK prints it (paypal/PayPal-node-SDK#87)',
    input:
      'paypal-debug-id: 728fd8193642e\nnull\ntoken null\n{ [Error: Response Status : 401]\n  response:\n   { error: \'invalid_client\',\n     error_description: \'The client credentials are invalid\',\n     httpStatusCode: 401 },\n  response_stringified: \'{"error":"invalid_client","error_description":"The client credentials are invalid","httpStatusCode":401}\',\n  httpStatusCode: 401 }',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'paypal',
  },
  {
    name: 'Square’s UNAUTHORIZED "incorrect or expired" (NikolaGavric94/laravel-square#67)',
    input:
      '[HTTP/2 401] {"errors": [{"code": "UNAUTHORIZED","detail": "The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format \\"Bearer TOKEN\\" (without quotation marks), where TOKEN is a valid access token (e.g. \\"Bearer ABC123def456GHI789jkl0\\"). For more information, see https://developer.squareup.com/docs/build-basics/using-rest-api#__set-the-headers__ .","category": "AUTHENTICATION_ERROR"}]}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'square',
    excludes: NOT_MISSING,
  },
  {
    name: 'Square’s short detail in a browser console’s table (square/connect-api-examples#112)',
    input: 'category\tAUTHENTICATION_ERROR\ncode\t        UNAUTHORIZED\ndetail\tThis request could not be authorized.',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'square',
  },
  {
    name: 'Postmark’s ErrorCode 10 quoted in a sentence (PipedreamHQ/pipedream#10254)',
    input: 'Getting a 401 with "{"ErrorCode": 10, "Message": "Request does not contain a valid Server token."}"',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'postmark',
    excludes: NOT_MISSING,
  },
  {
    name: 'Braintree’s PHP SDK on a 401 (braintree/braintree_php_example#62)',
    input:
      '[Tue Mar 18 13:27:11 2025] PHP Fatal error:  Uncaught Braintree\\Exception\\Authentication in /root/Code/braintree_php_example/vendor/braintree/braintree_php/lib/Braintree/Util.php:60\nStack trace:\n#0 /root/Code/braintree_php_example/vendor/braintree/braintree_php/lib/Braintree/Http.php(76): Braintree\\Util::throwStatusCodeException()',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'braintree',
  },
  {
    name: 'Braintree’s PHP SDK on a 403 (braintree/braintree_php_example#36)',
    input:
      "Fatal error: Uncaught exception 'Braintree\\Exception\\Authorization' in bt-new/vendor/braintree/braintree_php/lib/Braintree/Util.php:59 Stack trace: #0 bt-new/vendor/braintree/braintree_php/lib/Braintree/Http.php(50): Braintree\\Util::throwStatusCodeException(403)",
    ...A403,
    top: 'policy.deny',
    via: 'braintree',
  },
];

const PAYMENTS_NOT: Array<Row & { notVia: string }> = [
  {
    name: '"HTTP Status Response - Unauthorized" with no Adyen security type near',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"status":401,"message":"HTTP Status Response - Unauthorized"}',
    ...A401,
    notVia: 'adyen',
  },
  {
    name: '"Not allowed" in a 403 body of another API, no errorCode 010',
    input: 'HTTP/1.1 403 Forbidden\n\n{"errorType":"security","message":"Not allowed"}',
    ...A403,
    notVia: 'adyen',
  },
  {
    name: '"This request could not be authorized." with no Square category near',
    input: 'HTTP/1.1 401 Unauthorized\n\nThis request could not be authorized.',
    ...A401,
    notVia: 'square',
  },
  {
    name: 'another token endpoint’s "Client Authentication failed", no PayPal near',
    input: 'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client","error_description":"Client Authentication failed"}',
    ...A401,
    notVia: 'paypal',
  },
  {
    name: 'Braintree’s PHP SDK on a 404 (its NotFound exception)',
    input:
      'PHP Fatal error:  Uncaught Braintree\\Exception\\NotFound in /app/vendor/braintree/braintree_php/lib/Braintree/Util.php:64',
    ...QUIET,
    notVia: 'braintree',
  },
];

describe('audit-ae: payment APIs name their credential, or the denial, in their own words', () => {
  for (const row of PAYMENTS) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of PAYMENTS_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings.map((f) => (f.args as { via?: string }).via)).not.toContain(row.notVia);
    });

  it('a refused key names the product’s credential and where to get it (en and ja)', async () => {
    const row = PAYMENTS.find((r) => r.name.startsWith('Adyen’s 401')) as Row;
    const en = await expectPasteRow(row);
    expect(en.findings[0]?.args).toMatchObject({ credential: 'adyen-api-key' });
    expect(en.nextSteps[0]).toContain('Developers → API credentials');
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toContain('Adyen');
  });

  it('PayPal’s invalid_client asks for the app’s credentials of the host’s mode', async () => {
    const report = await expectPasteRow(PAYMENTS.find((r) => r.name.startsWith('PayPal’s token endpoint')) as Row);
    expect(report.nextSteps[0]).toContain('api-m.sandbox.paypal.com');
  });

  it('a payment API’s denial says where its roles are given (Braintree, ja)', async () => {
    const row = PAYMENTS.find((r) => r.name.startsWith('Braintree’s PHP SDK on a 403')) as Row;
    const ja = await expectPasteRow(row, [], { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('Settings → Team');
  });
});
