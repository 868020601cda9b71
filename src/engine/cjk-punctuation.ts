/**
 * Whether `c` is CJK punctuation (U+3000 to U+303F: `、。「」【】`, the ideographic space) or a full-width bracket, comma or
 * colon (`（），：`): a Japanese writer's sentence around a pasted value (`トークン：<credential>（昨日発行）`,
 * `【API_TOKEN】<credential>【エラー】…`). A credential is ASCII, so one ends there.
 */
export function isCjkPunctuation(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || c === 0xff08 || c === 0xff09 || c === 0xff0c || c === 0xff1a;
}
