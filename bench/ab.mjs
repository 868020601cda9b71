#!/usr/bin/env node
// Same-process alternating A/B of two builds of the engine on the shipped examples: what the engine's changes cost,
// measured where a noisy machine's drift hits both sides alike (docs/operations.md, "The engine at the end of stop 17").
//
//   cp -r dist /tmp/before/dist && ln -s "$PWD/node_modules" /tmp/before/node_modules   # before a change
//   npm run build && node bench/ab.mjs /tmp/before/dist dist 30                          # after it; then swap A and B
//
// Prints the median of the per-round ratios B/A (under 1: B is faster) and the mean time of each. Asserts nothing.
// --cpu times each side in CPU time (process.cpuUsage) rather than wall time: on a machine other processes load, the
// time this one waits for a core is then left out (round perf-h: under a load of ~10 on two cores, wall time read 1.2 ms
// an example where CPU time read ~0.15). Either way, run both orders: the side imported first reads a few % apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const cpuTime = process.argv.includes('--cpu');
const [a, b, roundsArg = '30'] = process.argv.slice(2).filter((arg) => arg !== '--cpu');
/** Now, in ms: CPU time (user and system) with --cpu, else wall time. */
const now = cpuTime
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();
if (a === undefined || b === undefined) {
  console.error('usage: node bench/ab.mjs A_DIST B_DIST [rounds] [--cpu]');
  process.exit(2);
}
const rounds = Number(roundsArg);
const A = (await import(join(resolve(a), 'index.js'))).diagnose;
const B = (await import(join(resolve(b), 'index.js'))).diagnose;
const dir = join(import.meta.dirname, '..', 'examples');
const examples = readdirSync(dir)
  .sort()
  .map((n) => readFileSync(join(dir, n), 'utf8'));
const NOW = '2026-05-28T14:10:00Z';
const PER_ROUND = 150;

async function time(diagnose, n) {
  const start = now();
  for (let i = 0; i < n; i++) for (const t of examples) await diagnose(t, { now: NOW });
  return now() - start;
}

for (let w = 0; w < 3; w++) {
  await time(A, 400);
  await time(B, 400);
}
const ratios = [];
let totalA = 0;
let totalB = 0;
for (let r = 0; r < rounds; r++) {
  // Alternate which side goes first, so a trend in the machine's speed favours neither.
  const first = r % 2 === 0 ? A : B;
  const second = first === A ? B : A;
  const t1 = await time(first, PER_ROUND);
  const t2 = await time(second, PER_ROUND);
  const [ta, tb] = first === A ? [t1, t2] : [t2, t1];
  ratios.push(tb / ta);
  totalA += ta;
  totalB += tb;
}
ratios.sort((x, y) => x - y);
const each = (t) => ((t * 1000) / (rounds * PER_ROUND * examples.length)).toFixed(1);
console.log(
  `B/A median ${ratios[ratios.length >> 1].toFixed(3)}, mean ${(totalB / totalA).toFixed(3)} ` +
    `(A ${each(totalA)} µs, B ${each(totalB)} µs an example, ${rounds} rounds)`,
);
