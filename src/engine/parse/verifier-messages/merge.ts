/**
 * One hit per fragment: overlapping rows are resolved to one, an identifier and the message beside it
 * are grouped, and each group becomes a `VerifierHit`.
 */
import type { VerifierArgs, VerifierHit } from '../verifier-messages.js';
import type { Candidate } from './scan.js';

/** Every message in `found`, in order of position. */
export function mergeCandidates(found: Candidate[], lower: string): VerifierHit[] {
  return clusters(dropOverlaps(found), lower).map(toHit);
}

/**
 * Where two rows match overlapping text, one stays: the one whose text contains the other's
 * ("The token is expired" over golang-jwt's "token is expired"), else the higher score. A row that
 * falls inside the values another row read as part of its message (Kong's "Bad token; " + "invalid
 * signature") is that message, not a second one.
 */
function dropOverlaps(found: Candidate[]): Candidate[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || b.score - a.score);
  const kept: Candidate[] = [];
  for (const cand of found) {
    let keep = true;
    for (let last = kept.at(-1); last !== undefined && cand.start < last.spanEnd; last = kept.at(-1)) {
      if (cand.start >= last.end) {
        // Inside the extension only: part of that message unless it is a more stable identifier.
        keep = !(cand.end <= last.spanEnd && cand.row.rank <= last.row.rank);
        break;
      }
      const same = cand.start === last.start && cand.end === last.end;
      if (same ? last.score >= cand.score : last.start <= cand.start && last.end >= cand.end) {
        keep = false;
        break;
      }
      if (same || (cand.start <= last.start && cand.end >= last.end) || cand.score > last.score) {
        kept.pop();
        continue;
      }
      keep = false;
      break;
    }
    if (keep) kept.push(cand);
  }
  return kept;
}

/** Characters between an identifier and its message (`TokenExpiredError: jwt expired`, a JSON log's keys). */
const MAX_GAP = 160;

type Cluster = { members: Candidate[]; end: number };

const leads = (c: Candidate) => c.row.rank > 1 || c.row.matcher.refinable === true;

/**
 * Groups an identifier with the message beside it: the class name and its message, an error code and
 * the message in the same JSON object. Two plain messages are two hits unless one is a refinable head
 * ("token signature is invalid: signing method HS256 is invalid" is one alg.not-allowed).
 */
function clusters(kept: Candidate[], lower: string): Cluster[] {
  const out: Cluster[] = [];
  for (const cand of kept) {
    const cur = out.at(-1);
    if (cur && joins(cur, cand, lower)) {
      cur.members.push(cand);
      cur.end = Math.max(cur.end, cand.spanEnd);
    } else {
      out.push({ members: [cand], end: cand.spanEnd });
    }
  }
  return out;
}

function joins(cur: Cluster, cand: Candidate, lower: string): boolean {
  if (cand.start > cur.end + MAX_GAP) return false;
  const { members } = cur;
  if (!leads(cand) && !members.some(leads)) return false;
  if (cand.start > cur.end && /[\r\n]/.test(lower.slice(cur.end, cand.start))) return false;
  if (members.some((m) => m.row === cand.row)) return false;
  const isMessage = (c: Candidate) => c.row.rank === 1 && c.row.matcher.refinable !== true;
  if (isMessage(cand) && members.some(isMessage)) return false;
  const compatible =
    cand.row.matcher.refinable === true ||
    members.some((m) => m.code === cand.code) ||
    members.every((m) => m.row.matcher.refinable === true);
  return compatible;
}

/**
 * The code comes from the most stable row that is not a refinable head (ImmatureSignatureError yields
 * to its "(iat)" message); the id and library from the most stable row with that code (an IDX code
 * over the exception class over prose). Values any of those rows read are kept.
 */
function toHit({ members }: Cluster): VerifierHit {
  const [only] = members;
  if (members.length === 1 && only) {
    const { matcher } = only.row;
    return {
      code: only.code,
      library: matcher.library,
      id: matcher.id,
      start: only.start,
      end: only.spanEnd,
      args: only.args,
    };
  }
  const byScore = [...members].sort((a, b) => b.score - a.score);
  const first = byScore.find((m) => m.row.matcher.refinable !== true) ?? byScore[0];
  if (first === undefined) throw new Error('empty cluster');
  const { code } = first;
  const named = byScore.find((m) => m.code === code) ?? first;
  // Assigned onto one fresh object rather than re-spread at each step: on Node 20 a spread copy that
  // then gains a property takes V8's slow path (about 2 µs a property, against nanoseconds here).
  const args: VerifierArgs = {};
  for (const m of byScore.reverse()) if (m.code === code) Object.assign(args, m.args);
  Object.assign(args, named.args);
  let start = named.start;
  let end = named.spanEnd;
  for (const m of members) {
    start = Math.min(start, m.start);
    end = Math.max(end, m.spanEnd);
  }
  // A product that quoted its library's reason said the message: it names the hit (Matcher.owns), unless its own more
  // specific row decided the code.
  const owner = members.find((m) => m.row.matcher.owns === true);
  const { matcher } = (owner !== undefined && owner.row.matcher.library !== named.row.matcher.library ? owner : named)
    .row;
  return { code, library: matcher.library, id: matcher.id, start, end, args };
}
