/**
 * Readings added in stop 21 by the coordinator. Each group ends with the same words out of place, which must stay quiet
 * or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, EXPIRED, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// The Haskell jose library's decode error, under PostgREST's PGRST301 (PostgREST's AuthSpec.hs; supabase-js's printed
// error object, nuxt-modules/supabase#91) and after Hasura's prefix (a client matching it on connection_init).
const COMPACT_DECODE: Row[] = [
  {
    name: 'PostgREST JSON body, a token of two parts',
    input:
      '{"message":"JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 2)","code":"PGRST301","hint":null,"details":null}',
    ...REFUSED,
    top: 'token.malformed',
    via: 'postgrest',
  },
  {
    name: "supabase-js's error object as console.log prints it",
    input:
      "{\n  code: 'PGRST301',\n  details: null,\n  hint: null,\n  message: 'JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)'\n}",
    ...REFUSED,
    top: 'token.malformed',
    via: 'postgrest',
  },
  {
    name: "the browser console's failed call, then the error",
    input:
      'POST https://wjpcfsjtjgxvhijczxnj.supabase.co/rest/v1/user_tasks?on_conflict=user_id 401 (Unauthorized)\nJWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)',
    ...A401,
    top: 'token.malformed',
    via: 'postgrest',
  },
  {
    name: "Hasura's prefix",
    input:
      'cannot start as connection_init failed with : Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)',
    ...REFUSED,
    top: 'token.malformed',
    via: 'hasura',
  },
  {
    name: 'the constructor named in prose, in lower case: not the library printing it',
    input: 'we grep our logs for jwserror (compactdecodeerror entries every morning',
    ...QUIET,
    excludes: ['token.malformed'],
  },
];

// The browser console's line for a failed call names the status after the URL; a query value or a path segment
// ending in a word that names a number elsewhere (`user_id 401` in a log is an id) is the URL's, not a name.
const CONSOLE_LINES: Row[] = [
  {
    name: 'a query value ending in _id before the status',
    input: 'POST https://api.example.com/rest/v1/tasks?on_conflict=user_id 401 (Unauthorized)',
    ...A401,
  },
  {
    name: 'a query value that is a number word, 403',
    input: 'GET https://api.example.com/v1/rows?order=line 403 (Forbidden)',
    ...A403,
  },
  { name: 'a log key ending in _id: the number is an id', input: 'request_id 401 finished in 3 ms', ...QUIET },
  { name: 'line before the number in a stack frame', input: 'at handler (app.js line 401)', ...QUIET },
];

// Azure Resource Manager's AuthorizationFailed as clients other than the Azure CLI frame it: go-autorest (Terraform's
// azurerm), azure-sdk-for-go's printed response inside a JSON log line, ms_rest_azure. The same sentence with no framing
// is not ARM's word (an app quoting it in prose).
const ARM_FRAMINGS: Row[] = [
  {
    name: "Terraform azurerm's go-autorest error",
    input:
      "Error: authorization.RoleAssignmentsClient#Create: Failure responding to request: StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 Code=\"AuthorizationFailed\" Message=\"The client 'cca26a02-04f6-4d8b-85c1-d55f6dd4cca3' with object id 'cca26a02-04f6-4d8b-85c1-d55f6dd4cca3' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '/subscriptions/d2cd53b3/resourceGroups/ci' or the scope is invalid. If access was recently granted, please refresh your credentials.\"",
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'azure-resource-manager',
  },
  {
    name: "azure-sdk-for-go's response printed escaped in a JSON log line",
    input:
      '{"level":"error","error":"POST https://management.azure.com/subscriptions/x/resourceGroups/y/providers/Microsoft.Compute/virtualMachines/vm/assessPatches\\n------\\nRESPONSE 403: 403 Forbidden\\nERROR CODE: AuthorizationFailed\\n------\\n{\\n  \\"error\\": {\\n    \\"code\\": \\"AuthorizationFailed\\",\\n    \\"message\\": \\"The client \'<CLIENT_ID>\' with object id \'<CLIENT_ID>\' does not have authorization to perform action \'Microsoft.Compute/virtualMachines/assessPatches/action\' over scope \'/subscriptions/x\'.\\"\\n  }\\n}\\n","message":"table resolver finished with error"}',
    status: 403,
    classification: 'authorization',
    includes: ['policy.deny'],
  },
  {
    name: 'the sentence in prose without a framing',
    input:
      "our role says the client does not have authorization to perform action 'read' over scope '/x', but that was last week",
    ...QUIET,
    excludes: ['policy.deny'],
  },
];

// Expiry times verifiers print in zoned forms besides ISO-8601: Clerk's toUTCString pair (its own clock second), go-oidc's
// Go time.Time String(). A local time with no zone is not read.
const PRINTED_EXPIRY: Array<Row & { exp: number | null; ago: number | null }> = [
  {
    name: "Clerk's expiry and current dates",
    input:
      'Clerk: JWT is expired. Expiry date: Thu, 28 May 2026 14:02:00 GMT, Current date: Thu, 28 May 2026 14:09:58 GMT. (reason=token-expired, token-carrier=header)',
    ...REFUSED,
    top: 'time.expired',
    via: 'clerk',
    exp: 1779976920,
    ago: 478,
  },
  {
    // The 31st: the IMF-fixdate fast path takes days 01-28 only; the rest go to Date.parse (time-parse.ts imfDateSeconds).
    name: "Clerk's expiry and current dates on the 31st",
    input:
      'Clerk: JWT is expired. Expiry date: Sun, 31 May 2026 14:02:00 GMT, Current date: Sun, 31 May 2026 14:09:58 GMT. (reason=token-expired, token-carrier=header)',
    ...REFUSED,
    top: 'time.expired',
    via: 'clerk',
    exp: 1780236120,
    ago: 478,
  },
  {
    name: "go-oidc's Token Expiry in Go's time format",
    input: 'failed to verify ID token: oidc: token is expired (Token Expiry: 2026-05-28 14:02:00 +0000 UTC)',
    ...REFUSED,
    top: 'time.expired',
    via: 'go-oidc',
    exp: 1779976920,
    ago: 600,
  },
  {
    name: 'Go time with a fraction and another offset',
    input: 'oidc: token is expired (Token Expiry: 2026-05-28 16:02:00.250000 +0200 CEST)',
    ...REFUSED,
    top: 'time.expired',
    exp: 1779976920,
    ago: 600,
  },
  {
    name: 'a Go time without its offset is not read',
    input: 'oidc: token is expired (Token Expiry: 2026-05-28 14:02:00)',
    ...REFUSED,
    top: 'time.expired',
    exp: null,
    ago: null,
  },
];

// A token whose payload does not decode and that ends the paste: the paste may have cut it (a chat client's limit, a
// partial copy), which the words say. Text after the token, or a header that does not decode, is no cut by the paste.
const CUT_PAYLOAD = EXPIRED.slice(0, EXPIRED.indexOf('.') + 41);
const CUT_AT_END: Array<{ name: string; input: string; endsPaste: boolean }> = [
  {
    name: 'the Authorization line is the last line',
    input: `GET /v1 HTTP/1.1\nAuthorization: Bearer ${CUT_PAYLOAD}`,
    endsPaste: true,
  },
  { name: 'then only blanks and line breaks', input: `Authorization: Bearer ${CUT_PAYLOAD}\n\n  \n`, endsPaste: true },
  { name: 'a line after it', input: `Authorization: Bearer ${CUT_PAYLOAD}\nAccept: */*`, endsPaste: false },
  { name: 'a header cut at its start', input: `Authorization: Bearer ${EXPIRED.slice(3)}`, endsPaste: false },
];

describe('one piece of advice once', () => {
  it.each(['en', 'ja'] as const)('a generic scope step gives way to the one naming the scopes (%s)', async (locale) => {
    const { diagnose } = await import('../../src/index.js');
    const { catalogueFor } = await import('../../src/messages/index.js');
    const generic = catalogueFor(locale).refinedBy[0]?.generic;
    const input = 'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope"\n';
    // Alone, the challenge's step is the generic wording the catalogue names (the two must stay equal).
    expect((await diagnose(input, { locale })).nextSteps[0]).toBe(generic);
    const token = `${'eyJhbGciOiJSUzI1NiJ9'}.${Buffer.from('{"scope":"orders:read","exp":4102444800}').toString('base64url')}.***`;
    const report = await diagnose(`${input}\nAuthorization: Bearer ${token}`, {
      locale,
      requiredScopes: ['orders:write'],
    });
    expect(report.nextSteps).not.toContain(generic);
    expect(report.nextSteps[0]).toContain('orders:write');
  });
  it.each(['en', 'ja'] as const)(
    'an Envoy-stated RBAC denial: the policy step, not the gateway step again (%s)',
    async (locale) => {
      const { diagnose } = await import('../../src/index.js');
      const input = 'HTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 19\n\nRBAC: access denied\n';
      const report = await diagnose(input, { locale });
      expect(report.findings.map((f) => f.code)).toEqual(['policy.deny', 'proxy.gateway-response']);
      expect(report.nextSteps).toHaveLength(1);
      expect(report.nextSteps[0]).toContain('istioctl proxy-config log');
    },
  );
  it('a Kong gateway without a stated ACL denial keeps its own step', async () => {
    const { diagnose } = await import('../../src/index.js');
    const report = await diagnose('HTTP/1.1 401 Unauthorized\nServer: kong/3.6.1\n\n{"message":"Unauthorized"}\n');
    expect(report.nextSteps.some((s) => s.includes('Kong'))).toBe(true);
  });
});

describe('stop 21 readings', () => {
  describe('a token cut where the paste ends', () => {
    it.each(CUT_AT_END)('$name', async ({ input, endsPaste }) => {
      const { diagnose } = await import('../../src/index.js');
      const report = await diagnose(input, { now: '2026-05-28T14:12:00Z' });
      const malformed = report.findings.find((f) => f.code === 'token.malformed');
      if (!endsPaste && malformed === undefined) return;
      expect(malformed, report.findings.map((f) => f.code).join()).toBeDefined();
      expect((malformed?.args as { endsPaste?: true } | undefined)?.endsPaste === true).toBe(endsPaste);
      if (endsPaste) expect(report.nextSteps[0]).toContain('header.payload.***');
      // Cut by the paste, it is a warning: a stated cause or what its claims show comes first.
      expect(malformed?.severity).toBe(endsPaste ? 'warning' : 'error');
    });
  });
  describe('expiry times printed in zoned forms', () => {
    it.each(PRINTED_EXPIRY)('$name', async (row) => {
      const report = await expectPasteRow(row, [], { now: '2026-05-28T14:12:00Z' });
      const args = report.findings[0]?.args as { exp: number | null; agoSeconds: number | null };
      expect({ exp: args.exp, ago: args.agoSeconds }).toEqual({ exp: row.exp, ago: row.ago });
    });
  });
  describe("Azure Resource Manager's AuthorizationFailed as other clients frame it", () => {
    it.each(ARM_FRAMINGS)('$name', async (row) => {
      await expectPasteRow(row);
    });
  });
  describe('jose (Haskell) CompactDecodeError under PostgREST and Hasura', () => {
    it.each(COMPACT_DECODE)('$name', async (row) => {
      await expectPasteRow(row);
    });
  });
  describe("the browser console's failed-call line after a URL ending in a number word", () => {
    it.each(CONSOLE_LINES)('$name', async (row) => {
      await expectPasteRow(row);
    });
  });
});
