/**
 * The writer's words for how a request went, in English and Japanese: what token/labels.ts reads beside a token ("new
 * token (401)", "this one works") and parse/stated-environment.ts in a sentence about an environment ("本番でだけ 401",
 * "staging works"). A status counts standing alone (`(401)`, `401:`, `status=403`, `401s`), never inside a number or a
 * timestamp's milliseconds (`14:09:58.401Z`).
 */

/** Failure. Read before WORKED, so "not working" and "doesn't work" are failures. */
export const FAILED =
  /(?:^|[\s(（[=/"':：、])40[13](?=$|[\s)）\],.、。:!;"'s])|fail|broken|\bbad\b|\bwrong\b|\bnot\s+work|n['’]t\s+work|reject|denied|unauthori[sz]ed|forbidden|\bNG\b|エラー|ダメ|だめ|駄目|失敗|通らない|弾かれ|拒否/i;

/** Success. */
export const WORKED =
  /\bworks?\b|\bworking\b|\bfine\b|\bok\b|\bgood\b|(?:^|[\s(（[=/"':：、])200(?=$|[\s)）\],.、。:!;"'])|succe(?:ss|ed)|\bpass(?:es|ing)?\b|成功|通る|通り|動く|動き|問題ない|正常/i;
