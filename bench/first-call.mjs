#!/usr/bin/env node
// One side of bench/engine.mjs's cold figure, in a process of its own: imports one library, times that, then
// times its first call on the example's text. Prints {"load": ms, "first": ms}.
//
//   node bench/first-call.mjs diagnose examples/expired-token.txt
//   node bench/first-call.mjs decode examples/expired-token.txt
import { readFileSync } from 'node:fs';

const [side, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const started = performance.now();
let first;
if (side === 'diagnose') {
  const { diagnose } = await import('../dist/index.js');
  const loaded = performance.now();
  await diagnose(text, { now: '2026-05-28T14:10:00Z' });
  first = [loaded, performance.now()];
} else if (side === 'decode') {
  const { decodeJwt, decodeProtectedHeader } = await import('jose');
  const loaded = performance.now();
  for (const t of text.match(/eyJ[\w-]+\.eyJ[\w-]+\.[\w*-]*/g) ?? []) {
    decodeProtectedHeader(t);
    decodeJwt(t);
  }
  first = [loaded, performance.now()];
} else {
  console.error('usage: first-call.mjs diagnose|decode FILE');
  process.exit(2);
}
console.log(JSON.stringify({ load: first[0] - started, first: first[1] - first[0] }));
