import type { KeyFetchFailure } from '../../engine/args.js';
import type { EvidenceMessages } from '../catalogue.js';

/*
 * An evidence line is a terse record beside the finding's sentences, so these are phrases in the style
 * of a log or a ticket (「署名は伏せ字」「kid なし」「検証成功」), without 「。」. Token labels, claim names,
 * alg values, URLs and quoted values stay as they are, with a half-width space between them and the
 * Japanese, as in findings.ts.
 */

const q = (s: string) => JSON.stringify(s);

/** Why the keys could not be fetched, as a noun phrase (findings.ts has the sentences). */
const FETCH_FAILURE: Record<KeyFetchFailure, string> = {
  timeout: 'タイムアウト',
  network: '接続エラー',
  'http-status': 'HTTP エラー',
  'not-json': 'JSON ではない応答',
  'too-large': '大きすぎる応答',
  'redirect-blocked': '別ホストへのリダイレクト',
  'not-https': 'https ではない URL',
  'no-jwks-uri': 'jwks_uri なし',
  'issuer-mismatch': '発行元の不一致',
  'invalid-jwks': '使える鍵のない JWK Set',
};

/** Japanese words for each evidence note. */
export const evidence: EvidenceMessages = {
  'payload-masked': (a) => `${a.token} のペイロードは伏せ字`,
  'signature-masked': (a) =>
    a.marker === null ? `${a.token} の署名は削除済み` : `${a.token} の署名は ${a.marker} で伏せ字`,
  'signature-present': (a) => `${a.token}（${a.alg}、署名あり）`,
  'signature-unchecked': (a) =>
    a.signature === 'present'
      ? `${a.token} の署名あり、鍵の指定なし`
      : a.signature === 'masked'
        ? `${a.token} の署名は伏せ字`
        : `${a.token} に署名なし`,
  'issuer-not-trusted': (a) =>
    `${a.token} ${a.iss === null ? 'に iss がない' : `の iss ${q(a.iss)} は信頼する発行元ではない`}ため、鍵は未取得`,
  'key-fetch-failed': (a) => {
    const why =
      a.failure === 'http-status'
        ? `HTTP ${a.httpStatus ?? '?'}`
        : `${FETCH_FAILURE[a.failure]}${a.httpStatus === null ? '' : `、HTTP ${a.httpStatus}`}`;
    const whose = a.issuer ?? a.url;
    return `${whose === null ? '発行元' : `${whose} `}の鍵: ${why}${a.url === null || a.issuer === null ? '' : `（${a.url}）`}`;
  },
  // The kids are listed with 「、」, so the clauses around the list are not: it sits alone in parentheses.
  'kid-not-in-set': (a) =>
    `kid ${q(a.kid)} は${a.jwksUri === null ? '鍵セット' : ` ${a.jwksUri} で公開中の JWKS `}にない（${a.refetched ? '取り直して確認。' : ''}あるのは ${a.available.map(q).join('、')}）`,
  'kid-rotated-in': (a) =>
    `kid ${q(a.kid)} は ${a.jwksUri} のキャッシュ（kid: ${a.before.map(q).join('、')}）にはなく、取り直した鍵セットにはあり`,
  'kid-missing': (a) => `${a.token} のヘッダーに kid なし、指定された鍵は${a.keyCount}個`,
  'key-types': (a) => `alg ${a.alg} に対し、鍵は ${a.keys.join('、')}`,
  'signature-verified': (a) => `${a.token} は${a.kid === null ? '指定の鍵' : ` kid ${q(a.kid)} の鍵`}で検証成功`,
  'signature-not-verified': (a) =>
    `${a.token} は${a.keyCount === 1 ? '指定の鍵で' : `${a.keyCount}個の鍵のいずれでも`}検証失敗`,
  'pem-cannot-verify': (a) => `alg ${a.alg} はこの PEM 鍵では検証不可`,
  'key-unusable': (a) => `${a.token} の alg ${a.alg} にはこの鍵を使用不可`,
  'no-token': () => '入力にトークンなし',
  'no-authorization-header': () => 'リクエストヘッダーあり、Authorization なし',
  'token-header': (a) => `${a.token} のヘッダー: ${a.header}`,
  'header-alg': (a) => `${a.token} のヘッダーの alg: ${a.alg}`,
  'claims-present': (a) => `クレーム: ${a.claims.join('、')}`,
  'claim-absent': (a) => `${a.claim} クレームなし`,
  'scope-stated-vs-granted': (a) =>
    `${a.stated} に対し、${a.grants.length === 0 ? 'トークンにスコープのクレームなし' : `トークンの付与は ${a.grants.join('; ')}`}`,
  'no-grant-claims': () => 'scope、scp、roles、permissions、groups のいずれのクレームもなし',
};
