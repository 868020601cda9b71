import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError } from '../errors.js';

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
  jwks: string | null;
  locale: 'en' | 'ja';
  file: string | null;
  help: boolean;
  version: boolean;
}

const ArgsSchema = z.object({
  format: z.enum(['text', 'json', 'blocks'], { error: 'must be text, json or blocks' }).default('text'),
  now: z.string().optional(),
  skew: z
    .string()
    .regex(/^\d{1,6}$/, { error: 'must be a whole number of seconds' })
    .transform(Number)
    .optional(),
  'expect-iss': z.array(z.string().min(1, { error: 'must not be empty' })).default([]),
  'expect-aud': z.array(z.string().min(1, { error: 'must not be empty' })).default([]),
  'expect-alg': z.array(z.string().min(1, { error: 'must not be empty' })).default([]),
  'require-scope': z.array(z.string().min(1, { error: 'must not be empty' })).default([]),
  jwks: z.string().min(1).optional(),
  locale: z.enum(['en', 'ja'], { error: 'must be en or ja' }).default('en'),
  help: z.boolean().default(false),
  version: z.boolean().default(false),
});

/** `--now`: ISO-8601 with a zone, or epoch seconds. */
export function parseTime(value: string): number {
  if (/^\d{1,12}$/.test(value)) return Number(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  throw new UsageError(`--now: "${value}" is not an ISO-8601 time with a zone (2026-05-28T14:10:00Z) or epoch seconds`);
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
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    // node:util's messages name the option; keep the first line only.
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new UsageError(message ?? 'bad arguments', { cause: e });
  }
  const result = ArgsSchema.safeParse(parsed.values);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? '?')}: ${issue?.message ?? 'invalid value'}`);
  }
  const v = result.data;
  if (parsed.positionals.length > 1) throw new UsageError(`one input file at most (got ${parsed.positionals.length})`);
  return {
    format: v.format,
    now: v.now === undefined ? null : parseTime(v.now),
    skewSeconds: v.skew ?? 60,
    expectIss: v['expect-iss'],
    expectAud: v['expect-aud'],
    expectAlg: v['expect-alg'],
    requireScope: v['require-scope'],
    jwks: v.jwks ?? null,
    locale: v.locale,
    file: parsed.positionals[0] ?? null,
    help: v.help,
    version: v.version,
  };
}
