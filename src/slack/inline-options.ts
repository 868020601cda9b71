/**
 * Options typed in front of the paste: `/jwt-diagnose aud=https://api.acme-corp.com lang=ja HTTP/1.1 401 …`.
 *
 * Only a leading run of known `key=value` words is read. A paste is full of `key=value` text of its own
 * (`WWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"`), and taking those as
 * options would both change the expectations and cut evidence out of the paste. The first word that is
 * not a known option ends the options; everything from there on is the paste, untouched.
 */
import { z } from 'zod';
import { registeredAlgorithm } from '../engine/algorithms.js';
import { holdsToken } from '../engine/token/find.js';
import type { Locale } from '../engine/types.js';
import type { ExpectationOption } from '../messages/catalogue.js';

export const INLINE_KEYS = ['aud', 'iss', 'scope', 'skew', 'alg', 'lang'] as const;
export type InlineKey = (typeof INLINE_KEYS)[number];

/** The issue message of a value refused for being a token. */
const TOKEN = 'token';

/** Validated options; absent keys keep the configured defaults. */
export interface InlineOptions {
  aud?: string[];
  iss?: string[];
  scope?: string[];
  alg?: string[];
  skew?: number;
  lang?: Locale;
}

/**
 * An expected value. A token typed as one (`iss=eyJ…`, a paste one word too early) would be quoted back
 * in the report (claim.iss-mismatch: expected "…"), so it is refused first, before any other rule: the
 * notice then says what happened instead of "too long".
 */
const expected = z
  .string()
  .refine((v) => !holdsToken(v), { error: TOKEN, abort: true })
  .min(1)
  .max(500);
const list = z.array(expected).min(1).max(20);

const InlineOptionsSchema = z.object({
  aud: list.optional(),
  iss: list.optional(),
  scope: list.optional(),
  // Typed on a phone, `alg=rs256` means RS256; a name that is no JWS algorithm would make every token alg.not-allowed.
  alg: z
    .array(
      z
        .string()
        .transform((v) => registeredAlgorithm(v) ?? '')
        .pipe(z.string().min(1)),
    )
    .min(1)
    .max(20)
    .optional(),
  skew: z
    .array(
      z
        .string()
        .regex(/^\d{1,5}$/)
        .transform(Number),
    )
    .length(1)
    .transform((v) => v[0] ?? 0)
    .refine((n) => n <= 86_400)
    .optional(),
  lang: z
    .array(
      z
        .string()
        .transform((s) => s.toLowerCase())
        .pipe(z.enum(['en', 'ja'])),
    )
    .length(1)
    .transform((v) => v[0] ?? 'en')
    .optional(),
});

/**
 * The result of reading the options: the paste that follows them, or the first option that is wrong
 * (`token`: an expected value that is a token, refused whatever else is wrong).
 */
export type InlineParse =
  | { ok: true; options: InlineOptions; rest: string }
  | { ok: false; key: InlineKey; rest: string }
  | { ok: false; key: ExpectationOption; token: true; rest: string };

const EXPECTATION_KEYS: readonly ExpectationOption[] = ['aud', 'iss', 'scope'];

const OPTION = /^\s*(aud|iss|scope|skew|alg|lang)=("[^"]*"|\S*)/i;

/** Reads the leading options of a command's text. Never throws. */
export function parseInlineOptions(text: string): InlineParse {
  const raw: Partial<Record<InlineKey, string[]>> = {};
  let rest = text;
  for (let m = OPTION.exec(rest); m !== null; m = OPTION.exec(rest)) {
    const key = (m[1] ?? '').toLowerCase() as InlineKey;
    const values = splitValues(key, unwrap(m[2] ?? ''));
    raw[key] = [...(raw[key] ?? []), ...values];
    rest = rest.slice(m[0].length);
  }
  rest = rest.replace(/^\s+/, '');
  const parsed = InlineOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const token = parsed.error.issues.find((i) => i.message === TOKEN);
    const tokenKey = EXPECTATION_KEYS.find((k) => k === token?.path[0]);
    if (tokenKey !== undefined) return { ok: false, key: tokenKey, token: true, rest };
    const key = parsed.error.issues[0]?.path[0];
    return { ok: false, key: INLINE_KEYS.find((k) => k === key) ?? 'aud', rest };
  }
  const options: InlineOptions = {};
  const d = parsed.data;
  if (d.aud !== undefined) options.aud = d.aud;
  if (d.iss !== undefined) options.iss = d.iss;
  if (d.scope !== undefined) options.scope = d.scope;
  if (d.alg !== undefined) options.alg = d.alg;
  if (d.skew !== undefined) options.skew = d.skew;
  if (d.lang !== undefined) options.lang = d.lang;
  return { ok: true, options, rest };
}

/**
 * Slack sends text in its escaped form: `&amp;` for `&`, and a URL may arrive as `<https://…>` or
 * `<https://…|label>`. Quotes around a value are the user's, not part of it.
 */
function unwrap(value: string): string {
  let v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  const link = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(v);
  if (link?.[1] !== undefined) v = link[1];
  return v.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Comma-separated lists; scopes may also be separated by spaces inside quotes (`scope="a b"`). */
function splitValues(key: InlineKey, value: string): string[] {
  const separator = key === 'scope' ? /[\s,]+/ : /,/;
  const parts = value.split(separator).map((s) => s.trim());
  const kept = parts.filter((s) => s !== '');
  // An empty value (`aud=`) is kept as one empty string so the schema reports it instead of ignoring it.
  return kept.length === 0 ? [''] : kept;
}
