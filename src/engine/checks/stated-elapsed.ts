import type { Context } from '../context.js';

/**
 * The writer's words that the refusals began once time had passed: "But some hours later … I get the exception "The
 * remote server returned an error: (401) Unauthorized."" (exactonline/exactonline-api-dotnet-client#55), "401 errors
 * after a couple of hours" (softwaremagico/KendoTournamentManager#127), 「1時間後にGoogle Calendar APIが401エラーで失敗する」
 * (qiita.com/kare-pan/items/21975896cd2ffbb0faee). A token refused once it has aged has usually expired and was not
 * refreshed: that is the reading to settle first, by its exp. A reading only: the words say when, not why.
 * Only prose lines, each at most MAX_LINE long; asked only when token.missing would say the request is unseen.
 */
const AFTER_EN =
  /\b(?:after (?:about |around |roughly |an? |one |\d{1,3} |some |a few |several |a couple of )?(?:hours?|minutes?|mins|days?|while|time)|(?:\d{1,3}|some|a few|several|couple of) (?:hours?|minutes?|days?) later)\b/;
const AFTER_JA = /しばらく(?:する|経|たつ|使)|\d{1,3}\s?(?:時間|分|日)(?:後|経|たつ|ほど経)|時間が(?:経|たつ)/;
/** Words before the phrase that make it a question, a plan or a wish ("how do I refresh after an hour", "should"). */
const NOT_SAID = /\b(?:how|should|would|need|needs|want|retry|try again|refresh(?:es|ed|ing)?|expires?|valid for)\b/;
const MAX_LINE = 2000;

export function writerSaysAfterAWhile(ctx: Context): boolean {
  return writerSays(ctx, AFTER_EN, NOT_SAID, 40, AFTER_JA);
}

/**
 * Whether a prose line of the paste says it: `en` on the lower-cased line with none of `notSaid` in the `lookback`
 * characters before it, or `ja` on the line as written.
 */
function writerSays(ctx: Context, en: RegExp, notSaid: RegExp, lookback: number, ja: RegExp): boolean {
  const { text, lower } = ctx;
  for (const line of ctx.http.lines) {
    if (line.kind !== 'text' || line.end - line.start > MAX_LINE) continue;
    const l = lower.slice(line.start, line.end);
    const said = en.exec(l);
    if (said !== null && !notSaid.test(l.slice(Math.max(0, said.index - lookback), said.index))) return true;
    if (ja.test(text.slice(line.start, line.end))) return true;
  }
  return false;
}

/**
 * The writer's words that a clock is off: "I am getting error 401 when I have client machine with wrong date compared
 * to server date" (DuendeArchive/IdentityServer4#3916), "clock skew", 「時刻がずれて」. A token judged against a clock
 * that is off is refused as not yet valid or expired: its iat, nbf and exp against the verifier's time settle it.
 */
const CLOCK_EN =
  /\b(?:wrong (?:date|time|clock)|clock (?:skew|drift|is off|is wrong|was off|was wrong|differs?)|clocks? (?:are|were) (?:off|out of sync|not in sync)|time (?:skew|drift|difference) between|(?:date|time|clock) (?:is|was) (?:off|wrong|out of sync))\b/;
const CLOCK_JA = /(?:時刻|時計|時間|日時)が(?:ずれ|狂|合って(?:い)?な|違)/;
/** A denial, a question or a condition ("logs a failure when the clock is off") names no clock that is off. */
const NOT_SAID_CLOCK = /\b(?:not|no|never|isn't|wasn't|aren't|if|whether|how|when|whenever)\b/;

export function writerSaysClockOff(ctx: Context): boolean {
  return writerSays(ctx, CLOCK_EN, NOT_SAID_CLOCK, 24, CLOCK_JA);
}
