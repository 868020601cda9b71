import type { Context } from '../context.js';

/**
 * The writer's own words that the failed request carried a token ("in request header there was jwt token",
 * "I'm sending the access token", 「アクセストークンで API Gateway を呼び出した」): audit-y 16 (aws-amplify/amplify-js#3089)
 * and 37 (a Cognito access token refused by API Gateway). With no request in the paste, that none was sent is then not
 * the likely reading. Only prose lines are read, each at most MAX_LINE long; asked only when token.missing would say
 * the request is unseen, so no other paste pays for it.
 * Round audit-uu: "despite using valid tokens" (jesustuamigo/trabajo-5F#37), "passing an unexpired ID token in the
 * headers" (amazon-archives/amazon-cognito-identity-js#165), "when using the Access Token"
 * (Lokicoule/nestjs-cognito#1064), and an incident channel's "token looks fine": the writer had a token and used it.
 * So does a writer who read the token's claims: "because the jwt's audience does not contain "todo"" (pivotal-cf/
 * identity-sample-apps#337), "the aud in the token", "exp is in the future".
 */
const SENT_EN =
  /\b(?:there (?:was|is) (?:a |an |the |my )?(?:jwt|bearer|access|id|auth)[ -]?token|(?:sent|sending|send|sends|passed|passing|pass|passes|included|including|attached|attaching|added|adding|using|used)(?: it)? (?:the |a |an |my |our |its )?(?:valid |correct |fresh |new |unexpired |non-expired |current )?(?:(?:jwt|bearer|access|id|auth|cognito|firebase)[ -]?)?tokens?|with (?:the |a |an |my |our )(?:valid |correct |fresh |new |unexpired |non-expired |current )?(?:(?:jwt|bearer|access|id|auth|cognito|firebase)[ -]?)?token|(?:jwt|bearer|access|id) ?token (?:is|was) (?:there|present|included|sent|attached)|token (?:looks|seems|is) (?:fine|valid|correct|ok|good)|(?:jwt|token)['’]s (?:aud|audience|iss|issuer|exp|expiry|expiration|scopes?|kid|claims?|signature|payload)|(?:aud|audience|iss|issuer|exp|scope|kid) (?:claim )?(?:in|of) (?:the |my |our )?(?:jwt|token)|exp (?:is|was) (?:in the future|still valid|not expired|fine))\b/;
/** Words before the phrase that make it a question, a wish or its negation ("how do I send the token", "didn't send"). */
const NOT_SAID_EN = /\b(?:not|never|no|without|should|supposed|need|needs|how|whether|forgot|forget|if)\b|n't/;
/**
 * 「トークンで（呼び出す）」「トークンを付けて／送って／設定して」「トークンを使って／用いて（呼び出す）」; not 「トークンではなく」.
 * 使って／用いて: audit-bb 07 (openillumi.com/?p=64795, 「そのトークンを使って…REST APIを呼び出すと、必ず401」) and 14
 * (openillumi.com/?p=58131, 「保存したトークンを用いてPOSTリクエストを送信していますが」).
 */
const SENT_JA =
  /(?:トークン|JWT|jwt)(?:で(?!はな|な)|を(?:付け|つけ|付与|設定|送|渡|添付|含め|ヘッダ|使っ|使用し|用い))/;
/** What follows and turns it round: 「送っていない」「付けず」「付け忘れ」. */
const NOT_SAID_JA = /ない|ず|ません|なかった|忘れ|には|たい|方法/;
const MAX_LINE = 2000;
const JSON_LINE = /^\s*[{[]/;

export function writerSaysTokenSent(ctx: Context): boolean {
  const { text, lower } = ctx;
  const ja = /[トJj][ーW]/.test(text) && text.includes('トークン');
  for (const line of ctx.http.lines) {
    if (line.kind !== 'text' || line.end - line.start > MAX_LINE) continue;
    const l = lower.slice(line.start, line.end);
    // A JSON line is a server's or a tool's words ("This API Token is valid and active"), not the writer's.
    if (JSON_LINE.test(l)) continue;
    const en = SENT_EN.exec(l);
    if (en !== null && !NOT_SAID_EN.test(l.slice(Math.max(0, en.index - 24), en.index))) return true;
    if (!ja) continue;
    const raw = text.slice(line.start, line.end);
    const m = SENT_JA.exec(raw);
    if (m !== null && !NOT_SAID_JA.test(raw.slice(m.index + m[0].length, m.index + m[0].length + 10))) return true;
  }
  return false;
}
