/**
 * The Slack app's configuration, read from the environment once at start and validated with zod.
 *
 * This folder is the only place that reads `process.env` (a test enforces it for the Slack adapter);
 * everything else receives a typed `Env`. A bad value stops the start with ONE line naming the variable,
 * never echoing a secret's value.
 */
import { z } from 'zod';
import { JWS_ALGORITHMS } from '../engine/algorithms.js';
import { ConfigError } from '../errors.js';
import { isHostEntry, parseTrustedIssuer, schemeAllowed, type TrustedIssuer } from '../keys/trusted-issuers.js';

/** What `loadEnv` reads: `process.env` in production, a plain object in tests. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** How the app talks to Slack: HTTP (Events API URL), Socket Mode (outbound WebSocket), or AWS Lambda. */
export type RunMode = 'http' | 'socket' | 'lambda';

const CLI_HINT = 'or run the CLI: npx jwt-diagnose';

/** Docker env files and CI often set a variable to the empty string to mean "unset". */
const unsetIfEmpty = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unsetIfEmpty, schema.optional());

const csv = z.preprocess(
  unsetIfEmpty,
  z
    .string()
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
);

/** `iss` (discovered) or `iss=<JWKS URL>`, comma-separated. */
const trustedIssuers = csv.transform((entries, ctx): TrustedIssuer[] => {
  const out: TrustedIssuer[] = [];
  for (const entry of entries) {
    const parsed = parseTrustedIssuer(entry);
    if (parsed.ok) out.push(parsed.value);
    else {
      ctx.issues.push({
        code: 'custom',
        input: entry,
        // The whole value is echoed after the message (loadEnv); name the entry when there are several.
        message: `must be comma-separated issuer URLs (https://…, no query) or issuer=<JWKS URL> pairs${entries.length > 1 ? `; cannot read ${JSON.stringify(entry.slice(0, 80))}` : ''}`,
      });
      return z.NEVER;
    }
  }
  return out;
});

const wholeNumber = (max: number, what: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, { error: `must be ${what}` })
    .transform(Number)
    .refine((n) => n <= max, { error: `must be ${what}` });

/**
 * One entry per variable. Messages say what is expected; `loadEnv` prefixes the variable's name. The
 * token checks catch the usual mix-ups (a user token `xoxp-` for the bot token, the bot token for the
 * app-level token) without ever printing the value.
 */
const EnvFields = z.object({
  SLACK_SIGNING_SECRET: optional(
    z.string().regex(/^\S{8,}$/, {
      error: 'must be the Signing Secret from Basic Information → App Credentials (no spaces)',
    }),
  ),
  SLACK_BOT_TOKEN: optional(
    z.string().regex(/^xoxb-[A-Za-z0-9-]+$/, {
      error: 'must be a bot token starting with xoxb- (OAuth & Permissions → Bot User OAuth Token)',
    }),
  ),
  SLACK_APP_TOKEN: optional(
    z.string().regex(/^xapp-[A-Za-z0-9-]+$/, {
      error:
        'must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)',
    }),
  ),
  SLACK_BOT_ID: optional(z.string().regex(/^B[A-Z0-9]{2,}$/, { error: 'must be a bot id such as B0123ABCD' })),
  SLACK_BOT_USER_ID: optional(
    z.string().regex(/^[UW][A-Z0-9]{2,}$/, { error: 'must be the bot user id such as U0123ABCD' }),
  ),
  PORT: z.preprocess(unsetIfEmpty, wholeNumber(65_535, 'a port number from 0 to 65535').default(3000)),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof unsetIfEmpty(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  JWT_DIAGNOSE_EXPECTED_ISSUERS: csv,
  JWT_DIAGNOSE_EXPECTED_AUDIENCES: csv,
  // A name off the list (`rs256`, `HS999`) would make every token alg.not-allowed: refused at start instead.
  JWT_DIAGNOSE_EXPECTED_ALGORITHMS: csv.refine((names) => names.every((n) => JWS_ALGORITHMS.has(n)), {
    error: 'must be JWS algorithm names as registered, case included, separated by commas (RS256,ES256)',
  }),
  JWT_DIAGNOSE_SKEW_SECONDS: z.preprocess(
    unsetIfEmpty,
    wholeNumber(86_400, 'whole seconds from 0 to 86400').default(60),
  ),
  JWT_DIAGNOSE_DEFAULT_LOCALE: z.preprocess(
    (v) => (typeof unsetIfEmpty(v) === 'string' ? String(v).trim().toLowerCase() : undefined),
    z.enum(['en', 'ja'], { error: 'must be en or ja' }).default('en'),
  ),
  JWT_DIAGNOSE_DOCS_BASE_URL: optional(
    z.url({
      protocol: /^https?$/,
      error: 'must be an http(s) URL such as https://github.com/acme/jwt-diagnose/blob/main',
    }),
  ),
  /** The only issuers whose published keys the app fetches; empty: it fetches nothing. */
  JWT_DIAGNOSE_TRUSTED_ISSUERS: trustedIssuers,
  JWT_DIAGNOSE_ALLOW_HTTP_HOSTS: csv.pipe(
    z.array(
      z
        .string()
        .refine(isHostEntry, { error: 'must be comma-separated host names or addresses, optionally with :port' }),
    ),
  ),
  JWT_DIAGNOSE_KEY_TIMEOUT_MS: z.preprocess(
    unsetIfEmpty,
    wholeNumber(10_000, 'milliseconds from 100 to 10000')
      .refine((n) => n >= 100, { error: 'must be milliseconds from 100 to 10000' })
      .default(1500),
  ),
});

/** The variables, and what holds across them. */
export const EnvSchema = EnvFields.superRefine((env, ctx) => {
  // Fail at start, not at the first paste: a configured http URL needs its host on the http allow-list.
  for (const t of env.JWT_DIAGNOSE_TRUSTED_ISSUERS) {
    const url = new URL(t.jwksUri ?? t.issuer);
    if (!schemeAllowed(url, env.JWT_DIAGNOSE_ALLOW_HTTP_HOSTS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_DIAGNOSE_TRUSTED_ISSUERS'],
        message: `has ${url.origin}, which is not https; use https or add ${url.host} to JWT_DIAGNOSE_ALLOW_HTTP_HOSTS`,
      });
    }
  }
});

/** The validated configuration. */
export type Env = z.infer<typeof EnvSchema>;

/** Variables whose values must never appear in an error message. */
const SECRET_VARIABLES = new Set(['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']);

/** The Slack variables; with none of them set, the process explains the setup instead of failing on the first. */
const SLACK_VARIABLES = [
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_BOT_ID',
  'SLACK_BOT_USER_ID',
] as const;

/** True when at least one Slack credential is set: the operator meant to run the Slack app. */
export function isSlackConfigured(source: EnvSource = process.env): boolean {
  return SLACK_VARIABLES.some((name) => unsetIfEmpty(source[name]) !== undefined);
}

/** Printed by `npm start` when no Slack variable is set: what to set, and the CLI for use without Slack. */
export const SLACK_SETUP_GUIDANCE = [
  'jwt-diagnose: no Slack configuration found, so the Slack app cannot start.',
  '',
  'Set these environment variables (values from https://api.slack.com/apps → your app):',
  '  SLACK_BOT_TOKEN       the Bot User OAuth Token, xoxb-…      (OAuth & Permissions)',
  '  SLACK_SIGNING_SECRET  the Signing Secret                     (Basic Information → App Credentials)',
  '  PORT                  where to listen (default 3000); Slack posts to https://<your host>/slack/events',
  'or, for Socket Mode (no public URL needed):',
  '  SLACK_BOT_TOKEN       as above',
  '  SLACK_APP_TOKEN       an app-level token, xapp-…, with connections:write',
  'Optional: SLACK_BOT_ID, SLACK_BOT_USER_ID, LOG_LEVEL, JWT_DIAGNOSE_EXPECTED_ISSUERS,',
  '  JWT_DIAGNOSE_EXPECTED_AUDIENCES, JWT_DIAGNOSE_EXPECTED_ALGORITHMS, JWT_DIAGNOSE_SKEW_SECONDS,',
  '  JWT_DIAGNOSE_DEFAULT_LOCALE (en|ja), JWT_DIAGNOSE_DOCS_BASE_URL, JWT_DIAGNOSE_TRUSTED_ISSUERS,',
  '  JWT_DIAGNOSE_ALLOW_HTTP_HOSTS, JWT_DIAGNOSE_KEY_TIMEOUT_MS (see README).',
  '',
  'To diagnose without Slack, use the command line:  npx jwt-diagnose --help',
].join('\n');

/** HTTP unless an app-level token asks for Socket Mode; Lambda is chosen by the entry point, not the env. */
export function runModeOf(env: Env): Exclude<RunMode, 'lambda'> {
  return env.SLACK_APP_TOKEN === undefined ? 'http' : 'socket';
}

/**
 * Validates the environment. Throws `ConfigError` with one line naming the first bad variable, e.g.
 * `SLACK_SIGNING_SECRET is required in HTTP mode; set it or run the CLI: npx jwt-diagnose`.
 *
 * @param lambda the AWS Lambda entry: a signing secret is required and SLACK_APP_TOKEN is not used.
 */
export function loadEnv(source: EnvSource = process.env, options: { lambda?: boolean } = {}): Env {
  if (!isSlackConfigured(source)) {
    throw new ConfigError(`SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set (no Slack configuration); ${CLI_HINT}`);
  }
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const value = source[name];
    // Echo a non-secret value so "PORT must be … (got "80a")" is actionable; never a token or secret.
    const got = value === undefined || SECRET_VARIABLES.has(name) ? '' : ` (got ${JSON.stringify(value.slice(0, 60))})`;
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}${got}`);
  }
  const env = parsed.data;
  if (env.SLACK_BOT_TOKEN === undefined) {
    throw new ConfigError(`SLACK_BOT_TOKEN is required (the Bot User OAuth Token, xoxb-…); set it ${CLI_HINT}`);
  }
  const mode: RunMode = options.lambda === true ? 'lambda' : runModeOf(env);
  if (mode !== 'socket' && env.SLACK_SIGNING_SECRET === undefined) {
    const where = mode === 'lambda' ? 'on AWS Lambda' : 'in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)';
    throw new ConfigError(`SLACK_SIGNING_SECRET is required ${where}; set it ${CLI_HINT}`);
  }
  return env;
}
