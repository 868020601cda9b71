/**
 * Round left-q: what audit-kk and audit-ll left. Japanese SaaS APIs refusing their own credential (freee, Backlog,
 * Chatwork), each read only in its own layout or beside its host or header; the sources are cited beside the rows in
 * parse/verifier-messages/japanese.ts.
 */
import { describe, expect, it } from 'vitest';
import { A401, MISREAD, NOT_MISSING, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const FREEE_BODY = '{"status_code":401,"errors":[{"type":"status","messages":["ログインをして下さい"]}]}';

const CATCHES: Row[] = [
  {
    name: 'freee invalid_access_token in prose beside freee and its body (developer.freee.co.jp/tips/faq/40x-checkpoint)',
    input: `freee会計APIを叩いたら 401 Unauthorized になりました。\nレスポンスは ${FREEE_BODY} で、エラーコードは invalid_access_token です。`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'freee',
    excludes: NOT_MISSING,
  },
  {
    name: 'freee expired_access_token under its body, freee not named',
    input: `HTTP/1.1 401 Unauthorized\n{"status_code":401,"errors":[{"type":"status","messages":["アクセスする権限がありません"]}]}\nエラーコード：expired_access_token`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'freee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Backlog code 11 body with its apiKey URL (developer.nulab.com getting-started; nattokin/go-backlog tests)',
    input: [
      'GET https://example.backlog.com/api/v2/users/myself?apiKey=Xk2mZ9qP4rT7vW1yB3nD5fH8jL0sA6cE',
      'HTTP/1.1 401 Unauthorized',
      '{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'backlog',
    excludes: NOT_MISSING,
  },
  {
    name: 'Backlog body alone',
    input: '{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}',
    status: null,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'backlog',
  },
  {
    name: 'Chatwork X-ChatWorkToken refused (chatwork/api RAML unauthorized_response): the header counts as sent',
    input: [
      '$ curl -H "X-ChatWorkToken: 0f8e7d6c5b4a39281706f5e4d3c2b1a0" https://api.chatwork.com/v2/me',
      'HTTP/1.1 401 Unauthorized',
      '{"errors":["Invalid API token"]}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'chatwork',
    excludes: NOT_MISSING,
  },
];

const CATCHES_NOT: Row[] = [
  {
    name: 'invalid_access_token from another API, no freee near',
    input: 'HTTP/1.1 401 Unauthorized\n{"error":"invalid_access_token","message":"token rejected"}',
    ...A401,
  },
  {
    name: 'a variable named expired_access_token in code',
    input: "const expired_access_token = 'abc'; // used by the refresh test",
    ...QUIET,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: '"Authentication failure." without Backlog’s code 11',
    input: '{"errors":[{"message":"Authentication failure.","code":401}]}',
    status: 401,
    classification: 'authentication',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: '{"errors":["Invalid API token"]} without Chatwork near',
    input: 'HTTP/1.1 401 Unauthorized\n{"errors":["Invalid API token"]}',
    ...A401,
  },
];

const TOKEN_KINDS: Row[] = [
  {
    name: 'Slack not_allowed_token_type, ok as the string "false" (a Qiita paste; docs.slack.dev method reference)',
    input:
      'テストしてみたところ失敗しました。\n{\n"ok":"false",\n"error":"not_allowed_token_type"\n}\nTokenのスコープ設定を見直して、OAuth & Permissionsに権限を追加。',
    status: null,
    classification: 'authentication',
    top: 'token.type-mismatch',
    via: 'slack',
  },
  {
    name: 'Slack not_allowed_token_type as @slack/web-api prints it',
    input:
      'Error: An API error occurred: not_allowed_token_type\n    at platformErrorFromResult (node_modules/@slack/web-api/dist/errors.js:62:33)',
    status: null,
    classification: 'authentication',
    top: 'token.type-mismatch',
    via: 'slack',
  },
  {
    name: 'Cognito Invalid Refresh Token from the AWS CLI (aws/aws-sdk-java-v2#1687, aws/aws-sdk-cpp#1789)',
    input: 'An error occurred (NotAuthorizedException) when calling the InitiateAuth operation: Invalid Refresh Token',
    status: null,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'cognito',
  },
  {
    name: 'Cognito Invalid Refresh Token. as botocore logs the body',
    input: 'b\'{"__type":"NotAuthorizedException","message":"Invalid Refresh Token."}\'',
    status: null,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'cognito',
  },
];

const TOKEN_KINDS_NOT: Row[] = [
  {
    name: 'not_allowed_token_type in a list of error codes in code',
    input: "const PERMANENT = new Set(['invalid_auth', 'not_allowed_token_type', 'missing_scope']);",
    ...QUIET,
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'an app’s own "Invalid Refresh Token sent" without Cognito',
    input: 'HTTP/1.1 401 Unauthorized\n{"message":"Invalid Refresh Token sent"}',
    ...A401,
  },
];

describe('left-q: Slack’s token types and Cognito’s refresh token', () => {
  for (const row of TOKEN_KINDS) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of TOKEN_KINDS_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings.map((f) => (f.args as { via?: string }).via)).not.toContain('cognito');
    });
  it('Slack’s reading names no JWT typ', async () => {
    const report = await expectPasteRow(TOKEN_KINDS[0] as Row);
    expect(report.findings[0]?.args).toMatchObject({ via: 'slack', api: 'slack', typ: null });
  });
});

const GITLAB_BODY =
  '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}';

describe('left-q: GitLab’s insufficient_scope names GitLab, Spring’s the same words without it', () => {
  it('GitLab named beside the body (audit-kk 17, gitlab-monitor#134; gitlab-org/gitlab doc/api/rest/index.md)', async () => {
    const report = await expectPasteRow({
      name: 'gitlab',
      input: `It wasn't working with just \`read_repository\`. This is the response from Gitlab:\n\`\`\`\n${GITLAB_BODY}\n\`\`\``,
      status: null,
      classification: 'authorization',
      includes: ['scope.insufficient', 'challenge.insufficient-scope'],
    });
    const scope = report.findings.find((f) => f.code === 'scope.insufficient');
    expect(scope?.args).toMatchObject({ via: 'gitlab', required: ['api'] });
  });
  it('GitLab’s host on the request', async () => {
    const report = await expectPasteRow({
      name: 'gitlab host',
      input: `GET https://gitlab.example.com/api/v4/projects/1/registry/repositories\nHTTP/1.1 403 Forbidden\n${GITLAB_BODY}`,
      status: 403,
      classification: 'authorization',
      includes: ['scope.insufficient'],
    });
    expect(report.findings.find((f) => f.code === 'scope.insufficient')?.args).toMatchObject({ via: 'gitlab' });
  });
  it('the same body without GitLab stays Spring’s (formats-stop19’s body)', async () => {
    const report = await expectPasteRow({
      name: 'spring',
      input: `HTTP/1.1 403 Forbidden\n${GITLAB_BODY.replace('"api"', '"orders:write"')}`,
      status: 403,
      classification: 'authorization',
      includes: ['scope.insufficient'],
    });
    expect(report.findings.find((f) => f.code === 'scope.insufficient')?.args).toMatchObject({
      via: 'spring-security',
      required: ['orders:write'],
    });
  });
});

const CLOUD_IAM: Row[] = [
  {
    name: 'Apps Script’s truncated googleapis body (audit-kk 10, SimpleCSPM#1)',
    input:
      'Exception: Request failed for https://cloudasset.googleapis.com returned code 403. Truncated server response: { "error": { "code": 403, "message": "Request denied by Cloud IAM.", "status": "PERMISSION_DENIED", "details": [ { ... (use muteHttpExceptions option to examine full response)',
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
  },
  {
    name: 'a cut body with PERMISSION_DENIED after the words, no host',
    input:
      '{"error":{"code":403,"message":"Request denied by Cloud IAM.","status":"PERMISSION_DENIED","details":[{"@type":',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
  },
  {
    name: 'the Go client’s googleapi line (salrashid123/gcp_error_handler)',
    input: 'error exporting asset inventory: googleapi: Error 403: Request denied by Cloud IAM., forbidden',
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
  },
];

const CLOUD_IAM_NOT: Row[] = [
  {
    name: 'the words quoted in prose',
    input: 'our wiki says "Request denied by Cloud IAM." means the role was granted at the project, not the org',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'the words as a message member of another server’s body, no Google status or host',
    input: '{"message": "Request denied by Cloud IAM.", "code": "E42", "details": [ { ...',
    ...QUIET,
    excludes: ['policy.deny'],
  },
];

describe('left-q: Cloud IAM’s denial in a cut googleapis body', () => {
  for (const row of CLOUD_IAM) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of CLOUD_IAM_NOT) it(`catches not: ${row.name}`, async () => void (await expectPasteRow(row)));
  it('reads one denial from a whole body, as before', async () => {
    const report = await expectPasteRow({
      name: 'whole',
      input:
        'HTTP/1.1 403 Forbidden\n{"error":{"code":403,"message":"Request denied by Cloud IAM.","status":"PERMISSION_DENIED"}}',
      status: 403,
      classification: 'authorization',
      top: 'policy.deny',
    });
    expect(report.findings.filter((f) => f.code === 'policy.deny')).toHaveLength(1);
  });
});

describe('left-q: Japanese SaaS APIs refusing their own credential', () => {
  for (const row of CATCHES) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of CATCHES_NOT)
    it(`catches not: ${row.name}`, async () => {
      const report = await expectPasteRow(row);
      const vias = report.findings.map((f) => (f.args as { via?: string }).via);
      expect(vias.filter((v) => v === 'freee' || v === 'backlog' || v === 'chatwork')).toEqual([]);
    });

  it('names each credential, and never quotes the Backlog key or the Chatwork token', async () => {
    const backlog = await expectPasteRow(CATCHES[2] as Row, ['Xk2mZ9qP4rT7vW1yB3nD5fH8jL0sA6cE', 'B3nD5fH8jL0sA6cE']);
    expect(backlog.findings[0]?.args).toMatchObject({ via: 'backlog', credential: 'backlog-api-key' });
    const chatwork = await expectPasteRow(CATCHES[4] as Row, ['0f8e7d6c5b4a39281706f5e4d3c2b1a0', '0f8e7d6c5b4a3928']);
    expect(chatwork.findings[0]?.args).toMatchObject({ via: 'chatwork', credential: 'chatwork-api-token' });
    const freee = await expectPasteRow(CATCHES[0] as Row);
    expect(freee.findings[0]?.args).toMatchObject({ via: 'freee', credential: 'freee-access-token' });
  });
});
