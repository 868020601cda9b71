import { readFile } from 'node:fs/promises';
import type { DiagnoseOptions } from '../engine/options.js';
import type { Report } from '../engine/types.js';
import {
  asCodedError,
  type FileProblem,
  InvalidOptionsError,
  type JwtDiagnoseError,
  KeyInputError,
  UsageError,
} from '../errors.js';
import { diagnoseWithRemoteKeys, type RemoteKeys } from '../keys/diagnose-with-remote-keys.js';
import { catalogueFor } from '../messages/index.js';
import { renderBlocks } from '../render/blocks.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { type CliArgs, parseCliArgs } from './args.js';

/** What the command touches, injected so tests run it in-process. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  readStdin(): Promise<string>;
  /** The clock, read once at the edge. */
  now(): number;
  env: Readonly<Record<string, string | undefined>>;
  version: string;
}

/** Exit status: 0 a report was produced, whatever it found; 2 bad usage. */
export function getExitCode(error: JwtDiagnoseError | null): 0 | 1 | 2 {
  if (error === null) return 0;
  return isUsage(error) ? 2 : 1;
}

function isUsage(error: JwtDiagnoseError): boolean {
  return error instanceof UsageError || error instanceof KeyInputError || error instanceof InvalidOptionsError;
}

/** parse → load → diagnose → render → write → exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout.write(`${catalogueFor(args.locale).cli.usage}\n`);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    const input = await loadInput(args, io);
    const keys = args.jwks === null ? [] : [await loadKey(args.jwks)];
    const report = await diagnoseWithRemoteKeys(input, toOptions(args, io, keys), await remoteKeys(args));
    io.stdout.write(render(report, args, io));
    return 0;
  } catch (e) {
    const error = asCodedError(e);
    if (!isUsage(error)) throw e;
    const problem = 'problem' in error ? (error as UsageError | KeyInputError).problem : null;
    const words = problem === null ? error.message : catalogueFor(localeOfArgv(argv)).cli.problem(problem);
    io.stderr.write(`jwt-diagnose: ${words}\n`);
    return getExitCode(error);
  }
}

function toOptions(args: CliArgs, io: CliIo, keys: string[]): DiagnoseOptions {
  return {
    now: args.now ?? Math.floor(io.now() / 1000),
    // With no --now, judge times at the pasted response's Date header when there is one: the moment it failed.
    preferPastedDate: args.now === null,
    skewSeconds: args.skewSeconds,
    expectedIssuers: args.expectIss,
    expectedAudiences: args.expectAud,
    allowedAlgorithms: args.expectAlg,
    requiredScopes: args.requireScope,
    keys,
    locale: args.locale,
  };
}

/** Each key request of the command is abandoned after this long; a person is waiting, not a Slack deadline. */
const CLI_KEY_TIMEOUT_MS = 5000;

/**
 * The command fetches only what its user asked for: the JWKS URL they typed, or the keys of an issuer they
 * named with --issuer when the token's iss is that issuer. Nothing else, whatever the paste says.
 */
async function remoteKeys(args: CliArgs): Promise<RemoteKeys | null> {
  if (args.jwksUrl === null && args.issuers.length === 0) return null;
  // Loaded only when asked for: the fetcher brings jose, which a run without --jwks or --issuer never needs.
  const { KeyFetcher } = await import('../keys/remote-jwks.js');
  // A URL typed on the command line is an explicit request: http is allowed for its host, as --allow-http would.
  const typed = args.jwksUrl === null ? [] : [new URL(args.jwksUrl).host];
  return {
    fetcher: new KeyFetcher({ timeoutMs: CLI_KEY_TIMEOUT_MS, allowHttpHosts: [...args.allowHttp, ...typed] }),
    trusted: args.issuers,
    jwksUrl: args.jwksUrl,
    // Discovery (two documents at most) and the key set, one after the other.
    deadlineMs: 3 * CLI_KEY_TIMEOUT_MS,
  };
}

async function loadInput(args: CliArgs, io: CliIo): Promise<string> {
  if (args.file === null || args.file === '-') return io.readStdin();
  try {
    return await readFile(args.file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${args.file}`, {
      cause: e,
      problem: { kind: 'unreadable-file', path: args.file, reason: fileProblem(e) },
    });
  }
}

async function loadKey(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    throw new KeyInputError(`cannot read --jwks ${path}`, {
      cause: e,
      problem: { kind: 'unreadable-key', path, reason: fileProblem(e) },
    });
  }
}

function fileProblem(e: unknown): FileProblem {
  const code = e !== null && typeof e === 'object' && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') return 'not-found';
  if (code === 'EISDIR') return 'directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission';
  return 'other';
}

/** The language of usage errors: `--locale` as typed, even when the rest of the line does not parse. */
export function localeOfArgv(argv: readonly string[]): 'en' | 'ja' {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--locale' && argv[i + 1] === 'ja') return 'ja';
    if (a === '--locale=ja') return 'ja';
  }
  return 'en';
}

function render(report: Report, args: CliArgs, io: CliIo): string {
  switch (args.format) {
    case 'json':
      return renderJson(report);
    case 'blocks':
      return `${JSON.stringify(renderBlocks(report, catalogueFor(report.locale)), null, 2)}\n`;
    default:
      return renderText(report, {
        color: io.stdout.isTTY === true && io.env.NO_COLOR === undefined && io.env.TERM !== 'dumb',
      });
  }
}
