import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnose } from './dist/index.js';
const ex = readdirSync('examples').sort().map((n) => readFileSync(join('examples', n), 'utf8'));
const NOW = '2026-05-28T14:10:00Z';
const big = readFileSync('bench/engine.mjs','utf8');
const blockSrc = big.slice(big.indexOf('return `$ curl'), big.indexOf('`;\n}', big.indexOf('return `$ curl')));
function block(i) { return blockSrc.slice(8).replaceAll('${i}', String(i)); }
function pasteOf(bytes) { let t = ''; for (let i = 0; t.length < bytes; i++) t += block(i); return t.slice(0, bytes); }
for (const b of [1024, 102400, 1048576]) { const t = pasteOf(b); const u = performance.now() + (b > 200000 ? 2200 : 1200); while (performance.now() < u) await diagnose(t, { now: NOW }); }
let k = 0;
const t0 = performance.now();
for (let w = 0; w < 12; w++) {
  let n = 0; const s = performance.now();
  while (performance.now() < s + 250) { for (let i = 0; i < 8; i++) await diagnose(ex[k++ % ex.length], { now: NOW }); n += 8; }
  console.log(((s - t0) / 1000).toFixed(2), 's', (1e3 * (performance.now() - s) / n).toFixed(1), 'µs');
}
