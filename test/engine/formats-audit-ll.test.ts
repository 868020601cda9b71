/**
 * Round audit-ll: Japanese services' refusals and pastes from Japanese pages (kintone, Cognito as Qiita quotes it).
 * The misses were rows the verifier tables lacked; their sources are cited beside the rows in parse/verifier-messages.
 */
import { describe, it } from 'vitest';
import { MISREAD, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CATCHES: Row[] = [
  {
    name: 'cli-kintone: [401] [CB_WA01] Password authentication failed. (kintone/cli-kintone features/common.feature)',
    input: 'ERROR: KintoneRestAPIError: [401] [CB_WA01] Password authentication failed.',
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'kintone',
    excludes: ['token.missing'],
  },
  {
    name: 'kintone CB_WA01 as a JSON body',
    input: '{"code":"CB_WA01","id":"1505999166-897850006","message":"ユーザーのパスワード認証に失敗しました。"}',
    status: null,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'kintone',
  },
  {
    name: 'Cognito GetUser without aws.cognito.signin.user.admin (qiita.com/free-honda/items/47e8424699f460b737e0)',
    input:
      'Failed to get user info from Cognito: operation error Cognito Identity Provider: GetUser, https response error StatusCode: 400, RequestID: 6f1c2a9e-3b7d-4e8f-9a0b-1c2d3e4f5a6b, NotAuthorizedException: Access Token does not have required scopes',
    status: 400,
    classification: 'authorization',
    top: 'scope.insufficient',
    via: 'cognito',
  },
];

const CATCHES_NOT: Row[] = [
  {
    name: 'English prose about password authentication failing, without kintone’s code',
    input: 'Password authentication failed. is what the old wiki says; 2FA users should use API tokens instead.',
    ...QUIET,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'lower-case prose about scopes, not Cognito’s message',
    input: 'the access token does not have required scopes until the admin grants them',
    ...QUIET,
    excludes: ['scope.insufficient', ...MISREAD],
  },
  {
    name: 'Chatwork 400 for a wrong endpoint stays a non-auth status (akiomik/hubot-chatwork#6)',
    input: [
      '[Tue Aug 11 2015 18:28:26 GMT+0900 (JST)] ERROR Chatwork HTTPS status code: 400',
      '[Tue Aug 11 2015 18:28:26 GMT+0900 (JST)] ERROR Chatwork HTTPS response data: {"errors":["Invalid Endpoint or HTTP method"]}',
    ].join('\n'),
    status: 400,
    classification: 'undetermined',
    top: 'status.not-auth',
    excludes: ['challenge.invalid-token', 'token.missing'],
  },
];

describe('Japanese services and pages: refusals read', () => {
  for (const row of CATCHES) it(`catches: ${row.name}`, async () => void (await expectPasteRow(row)));
  for (const row of CATCHES_NOT) it(`catches not: ${row.name}`, async () => void (await expectPasteRow(row)));
});
