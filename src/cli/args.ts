import { parseArgs } from 'node:util';
import { z } from 'zod';
import { JWS_ALGORITHMS } from '../engine/algorithms.js';
import { holdsToken } from '../engine/token/find.js';
import { UsageError, type UsageProblem } from '../errors.js';
import { isHostEntry, parseTrustedIssuer, type TrustedIssuer, webUrl } from '../keys/trusted-issuers.js';

/** What the command line asks for, validated. */
export interface CliArgs {
  format: 'text' | 'json' | 'blocks';
  /** Epoch seconds, or null for "the clock" (read by main, at the edge). */
  now: number | null;
  skewSeconds: number;
  expectIss: string[];
  expectAud: string[];
  expectAlg: string[];
  requireScope: string[];
  /** A key file (`--jwks FILE`). */
  jwks: string | null;
  /** A JWKS URL (`--jwks https://…`): fetched because the user asked, http allowed for its host. */
  jwksUrl: string | null;
  /** `--issuer`: issuers whose published keys may be discovered and fetched. */
  issuers: TrustedIssuer[];
  /** `--allow-http`: hosts that may be fetched over http. */
  allowHttp: string[];
  locale: 'en' | 'ja';
  file: string | null;
  help: boolean;
  version: boolean;
}

/**
 * A value that must not be a token. A token given to an option (`--expect-iss "$TOKEN"`, one word too
 * early) would be quoted back by the report (claim.iss-mismatch: expected "…") or by an error about the
 * value, so it is refused before any other rule, with a message that does not quote it.
 */
const typed = () => z.string().refine((v) => !holdsToken(v), { error: 'token', abort: true });

// The zod messages are for developers; what the user reads comes from the catalogue, keyed by `expected`.
const ArgsSchema = z.object({
  format: z.enum(['text', 'json', 'blocks'], { error: 'format' }).default('text'),
  now: z.string().optional(),
  skew: z
    .string()
    .regex(/^\d{1,5}$/, { error: 'skew' })
    .transform(Number)
    .refine((n) => n <= 86_400, { error: 'skew' })
    .optional(),
  'expect-iss': z.array(typed().min(1, { error: 'non-empty' })).default([]),
  'expect-aud': z.array(typed().min(1, { error: 'non-empty' })).default([]),
  'expect-alg': z
    .array(
      typed()
        .min(1, { error: 'non-empty' })
        .refine((v) => JWS_ALGORITHMS.has(v), { error: 'alg' }),
    )
    .default([]),
  'require-scope': z.array(typed().min(1, { error: 'non-empty' })).default([]),
  jwks: typed()
    .min(1, { error: 'non-empty' })
    .refine((v) => !isUrlLike(v) || webUrl(v) !== null, { error: 'url' })
    .optional(),
  issuer: z
    .array(
      typed().transform((v, ctx) => {
        const parsed = parseTrustedIssuer(v);
        if (parsed.ok) return parsed.value;
        ctx.issues.push({ code: 'custom', message: 'issuer', input: v });
        return z.NEVER;
      }),
    )
    .default([]),
  'allow-http': z.array(z.string().refine(isHostEntry, { error: 'host' })).default([]),
  locale: z.enum(['en', 'ja'], { error: 'locale' }).default('en'),
  help: z.boolean().default(false),
  version: z.boolean().default(false),
});

/** `--now`: ISO-8601 with a zone, or epoch seconds (a fraction allowed, as `date +%s.%N` prints them). */
export function parseTime(value: string): number {
  if (/^\d{1,12}(\.\d{1,9})?$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  throw usage(
    { kind: 'bad-value', option: '--now', expected: 'now' },
    `--now: "${value}" is not an ISO-8601 time with a zone or epoch seconds`,
  );
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        now: { type: 'string' },
        skew: { type: 'string' },
        'expect-iss': { type: 'string', multiple: true },
        'expect-aud': { type: 'string', multiple: true },
        'expect-alg': { type: 'string', multiple: true },
        'require-scope': { type: 'string', multiple: true },
        jwks: { type: 'string' },
        issuer: { type: 'string', multiple: true },
        'allow-http': { type: 'string', multiple: true },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    throw usage(parseArgsProblem(e, argv), e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e), e);
  }
  const result = ArgsSchema.safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0];
    const option = `--${String(issue?.path[0] ?? '?')}`;
    if (issue?.message === 'token') {
      throw usage({ kind: 'token-as-value', option }, `${option}: a token was given as its value`);
    }
    const expected = EXPECTED.find((x) => x === issue?.message) ?? 'non-empty';
    throw usage({ kind: 'bad-value', option, expected }, `${option}: invalid value`);
  }
  const v = result.data;
  if (parsed.positionals.length > 1) {
    throw usage(
      { kind: 'too-many-files', count: parsed.positionals.length },
      `one input file at most (got ${parsed.positionals.length})`,
    );
  }
  // `jwt-diagnose "$TOKEN"` for `echo "$TOKEN" | jwt-diagnose`: "cannot read <the token>" would print it back.
  if (parsed.positionals.some(holdsToken)) {
    throw usage({ kind: 'token-as-value', option: 'FILE' }, 'a token was given as FILE');
  }
  return {
    format: v.format,
    now: v.now === undefined ? null : parseTime(v.now),
    skewSeconds: v.skew ?? 60,
    expectIss: v['expect-iss'],
    expectAud: v['expect-aud'],
    expectAlg: v['expect-alg'],
    requireScope: v['require-scope'],
    jwks: v.jwks === undefined || isUrlLike(v.jwks) ? null : v.jwks,
    jwksUrl: v.jwks !== undefined && isUrlLike(v.jwks) ? v.jwks : null,
    issuers: v.issuer,
    allowHttp: v['allow-http'],
    locale: v.locale,
    file: parsed.positionals[0] ?? null,
    help: v.help,
    version: v.version,
  };
}

const EXPECTED = ['format', 'locale', 'skew', 'now', 'non-empty', 'url', 'issuer', 'host', 'alg'] as const;

/** `--jwks` takes a file or a URL; what starts like a URL is read as one (and must be a valid one). */
function isUrlLike(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function usage(problem: UsageProblem, message: string, cause?: unknown): UsageError {
  return new UsageError(message, { problem, cause });
}

/**
 * node:util's parseArgs reports problems by `code` (ERR_PARSE_ARGS_UNKNOWN_OPTION, …) with an English
 * message; the option is taken from the arguments, not from that message.
 */
function parseArgsProblem(e: unknown, argv: readonly string[]): UsageProblem {
  const code = e !== null && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  const message = e instanceof Error ? e.message : '';
  const mentioned = (a: string) => {
    const name = a.split('=')[0] ?? a;
    return message.includes(`'${name}'`) || message.includes(`'${name} `);
  };
  const named = argv.find((a) => a.startsWith('-') && mentioned(a))?.split('=')[0];
  // An "option" can be a token typed in the wrong place (`--$TOKEN`): quote only its first characters.
  const whole = named ?? argv.find((a) => a.startsWith('-')) ?? '?';
  const option = whole.length > 24 ? `${whole.slice(0, 12)}…` : whole;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // `--skew -5`: parseArgs takes the negative number for an option, but the value was given, and it is out of range.
    const next = argv[argv.indexOf(whole) + 1];
    if (option === '--skew' && next !== undefined && /^-\d/.test(next))
      return { kind: 'bad-value', option, expected: 'skew' };
    return { kind: 'missing-value', option };
  }
  return { kind: 'unknown-option', option };
}
