import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { diagnose } from './dist/index.js';
const ex = readdirSync('examples').sort().map((n) => readFileSync(join('examples', n), 'utf8'));
const NOW = '2026-05-28T14:10:00Z';
let k = 0;
let u = performance.now() + 3000; while (performance.now() < u) await diagnose(ex[k++ % ex.length], { now: NOW });
const s = new Session(); s.connect();
await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval', { interval: 333 });
await s.post('Profiler.start');
const t0 = performance.now(); let n = 0;
while (performance.now() < t0 + 8000) { await diagnose(ex[k++ % ex.length], { now: NOW }); n++; }
const { profile } = await s.post('Profiler.stop');
console.log('µs/diag', ((performance.now() - t0) * 1000 / n).toFixed(1));
writeFileSync('/tmp/prof/eng.cpuprofile', JSON.stringify(profile));
