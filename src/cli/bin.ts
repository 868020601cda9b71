#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import module from 'node:module';

// Most of a CLI run is V8 compiling the engine's ~300 modules. Node 22.1+ can keep that code on disk
// (os.tmpdir()/node-compile-cache, or $NODE_COMPILE_CACHE; tsc does the same since TypeScript 5.7), so a later run
// skips most of it. Only compiled code is cached, never the input. Node 20 has no such API; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. The engine is therefore imported after this line, not above it.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { runCli } = await import('./main.js');

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  now: () => Date.now(),
  env: process.env,
  version: pkg.version,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`jwt-diagnose: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
