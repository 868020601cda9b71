import type { Context } from '../context.js';

/**
 * The writer's words that the token refresh itself got the 401: "the token refresh request fails and returns 401",
 * "refreshing the access token returns 401 Unauthorized", "I get a 401 when refreshing the token",
 * 「トークンのリフレッシュで401」. That is the token endpoint refusing the refresh (RFC 6749 §5.2: its 401 is
 * invalid_client, the client's own credentials; some providers answer an expired, rotated or revoked refresh token so
 * too), not an API refusing an access token, which is what a bare 401 is otherwise read as. Only prose lines, each at
 * most MAX_LINE long; the refresh named first and the 401 right after it (or the 401 said to come "when refreshing the
 * token"), never a 401 the API gave after a refresh ("after the token refresh, the API returns 401").
 */
const REFRESH_EN =
  /\b(?:(?:access |auth |oauth |jwt )?token refresh(?:es|ing)?|refresh(?:ing)? (?:the |my |our |an? |its )?(?:access |auth |oauth |jwt )?tokens?|refresh[ _-]token (?:request|call|grant|exchange)|refresh (?:request|call|grant))(?: (?:request|call|endpoint|attempt))?/g;
/** What follows the refresh named: it failed with, or returned, the 401 (at most a few words between). */
const THEN_401 =
  /^,? (?:(?:now |always |sometimes |then |also |still )?(?:fails?|failed|is failing|keeps failing)(?: and| with)? )?(?:(?:it )?(?:returns?|returned|is returning|gets?|got|is getting|gives?|gave|responds? with|responded with|throws?|threw|comes back with|came back with|with) )?(?:(?:an?|http|status|code|error|the) ){0,3}(?:401|unauthori[sz]ed)\b/;
/** The 401 said of the refresh after it: "I get a 401 when refreshing the token", "401 on token refresh". */
const WHEN_REFRESHING =
  /\b(?:401|unauthori[sz]ed)(?: (?:error|response|status))? (?:when|while|on|during|from) (?:(?:i|we|it|the app|the client) )?(?:try(?:ing)? to )?(?:refresh(?:ing)? (?:the |my |our |an? )?(?:access )?tokens?|(?:the )?token refresh(?:es)?|the refresh (?:request|call))\b/;
/** Words before the refresh that make it a question, a condition or a denial ("if the token refresh fails with 401"). */
const NOT_SAID = /\b(?:how|should|would|if|whether|not|never|without|no|before|instead of|unless)\b/;
const LOOKBACK = 30;
/**
 * ja: the refresh, then at once how it went, then the 401 with no clause break between (「トークンのリフレッシュで401」,
 * 「リフレッシュトークンでの更新リクエストが401」, 「リフレッシュ時に401エラー」). 「リフレッシュしたら、APIが401」 is a
 * 401 after a refresh.
 */
const REFRESH_JA =
  /リフレッシュ(?:トークン)?(?:での更新|の)?(?:リクエスト|処理|要求|API)?(?:で|が|時に?|しようとすると)[^。、,\n]{0,20}?(?:401|Unauthorized)/;
const MAX_LINE = 2000;

/** Where a prose line of the paste says the token refresh got the 401, or null. Asked only where no request is shown. */
export function writerSaysRefreshRefused(ctx: Context): { start: number; end: number } | null {
  const { text, lower } = ctx;
  const en = lower.indexOf('refresh') >= 0;
  const ja = text.indexOf('リフレッシュ') >= 0;
  if (!en && !ja) return null;
  for (const line of ctx.http.lines) {
    if (line.kind !== 'text' || line.end - line.start > MAX_LINE) continue;
    if (en) {
      const l = lower.slice(line.start, line.end);
      const said = refreshThen401(l) ?? whenRefreshing(l);
      if (said !== null) return { start: line.start + said.start, end: line.start + said.end };
    }
    if (ja) {
      const m = REFRESH_JA.exec(text.slice(line.start, line.end));
      if (m !== null) return { start: line.start + m.index, end: line.start + m.index + m[0].length };
    }
  }
  return null;
}

function refreshThen401(l: string): { start: number; end: number } | null {
  REFRESH_EN.lastIndex = 0;
  for (let m = REFRESH_EN.exec(l); m !== null; m = REFRESH_EN.exec(l)) {
    const end = m.index + m[0].length;
    const then = THEN_401.exec(l.slice(end, end + 80));
    if (then !== null && !NOT_SAID.test(l.slice(Math.max(0, m.index - LOOKBACK), m.index)))
      return { start: m.index, end: end + then[0].length };
  }
  return null;
}

function whenRefreshing(l: string): { start: number; end: number } | null {
  const m = WHEN_REFRESHING.exec(l);
  if (m === null || NOT_SAID.test(l.slice(Math.max(0, m.index - LOOKBACK), m.index))) return null;
  return { start: m.index, end: m.index + m[0].length };
}
