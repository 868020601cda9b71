/**
 * The runs of token characters (base64url and the dot) in `t`, each cut by `cut` characters at each end when it leaves
 * one: the spans a caller tells the verifier-message scan hold token characters only (scan.ts, TokenSpan), for the
 * fast-path tests that hold the scan told them to the plain scan.
 */
export function spansOf(t: string, cut: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of t.matchAll(/[A-Za-z0-9_.-]+/g)) {
    const start = m.index + Math.min(cut, m[0].length >> 1);
    out.push({ start, end: Math.max(start, m.index + m[0].length - cut) });
  }
  return out;
}
