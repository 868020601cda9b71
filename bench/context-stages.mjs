#!/usr/bin/env node
// Where buildContext spends its time, statement by statement, on the shipped examples. Asserts nothing.
//
//   npm run build && node bench/context-stages.mjs [DIST] [--seconds 3]
//
// A scratch copy of DIST (default dist/) is made in the system's temporary directory with a clock read between the
// top-level statements of buildContext (dist/engine/build-context.js): each statement is charged the time from the
// read before it to the read after it. The copy is then warmed up and run on the examples, one after another as a
// diagnosis meets them, and each statement's time per example is printed, largest first, beside the sum and
// buildContext timed whole (the reads themselves cost ~0.05 µs each).
//
// Then the text readers are timed in CPU time (process.cpuUsage: other processes loading the machine take wall time
// from a run, not CPU time): each alone in a loop of its own, and all of them one after another on each example. In a
// diagnosis a reader runs between dozens of others, and costs more than alone: round perf-h measured twenty of the
// context's readers at ~26 µs an example each alone and ~59 µs one after another, and buildContext's statements above
// at two to three times the same readers' figures alone. bench/engine.mjs's "text readers, timed apart" is a floor.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const SECONDS = secondsAt >= 0 ? Number(args[secondsAt + 1]) : 3;
const dist = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--seconds') ?? join(root, 'dist'));
const NOW = '2026-05-28T14:10:00Z';

/**
 * Lines of buildContext's body that continue the statement before them rather than start one: a closing `]` too, which
 * ends a `for (const value of [` whose elements stand on lines of their own.
 */
const CONTINUES = /^ {4}(?:[}\]).?:]|else\b|\/\/|\/\*|\*|&&|\|\|)/;

/** buildContext's source with `__t(label)` before each top-level statement; the label names the statement before. */
function instrument(source) {
  const start = source.indexOf('export function buildContext(');
  const end = source.indexOf('\n}\n', start);
  if (start < 0 || end < 0) throw new Error('bench/context-stages: no buildContext in build-context.js');
  const lines = source.slice(start, end).split('\n');
  const out = [lines[0], '    __t(null);'];
  let label = null;
  for (const line of lines.slice(1)) {
    if (/^ {4}\S/.test(line) && !CONTINUES.test(line)) {
      if (label !== null) out.push(`    __t(${JSON.stringify(label)});`);
      label = line.trim().slice(0, 90);
    }
    out.push(line);
  }
  const clock = [
    'const __stages = (globalThis.__contextStages ??= new Map());',
    'let __last = 0;',
    'function __t(label) {',
    '  const now = performance.now();',
    '  if (label !== null) __stages.set(label, (__stages.get(label) ?? 0) + now - __last);',
    '  __last = now;',
    '}',
  ].join('\n');
  return `${source.slice(0, start)}${clock}\n${out.join('\n')}${source.slice(end)}`;
}

const scratch = mkdtempSync(join(tmpdir(), 'context-stages-'));
try {
  cpSync(dist, join(scratch, 'dist'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  cpSync(join(root, 'package.json'), join(scratch, 'package.json'));
  const file = join(scratch, 'dist', 'engine', 'build-context.js');
  writeFileSync(file, instrument(readFileSync(file, 'utf8')));

  const engine = join(scratch, 'dist', 'engine');
  const { buildContext } = await import(join(engine, 'build-context.js'));
  const { resolveOptions } = await import(join(engine, 'options.js'));
  const { normalizePaste } = await import(join(engine, 'normalize.js'));
  const { findJsonObjects } = await import(join(engine, 'parse', 'json-spans.js'));
  const { extractHttp } = await import(join(engine, 'parse', 'http.js'));
  const { foldForMatching, matchVerifierMessages } = await import(join(engine, 'parse', 'verifier-messages.js'));

  const examplesDir = join(root, 'examples');
  const examples = readdirSync(examplesDir)
    .sort()
    .map((name) => readFileSync(join(examplesDir, name), 'utf8'));
  const options = resolveOptions({ now: NOW });

  // Warm until V8 has optimised the engine (bench/engine.mjs, settle): two seconds of diagnoses' contexts.
  for (const until = performance.now() + 2000; performance.now() < until; )
    for (const t of examples) buildContext(t, options);
  globalThis.__contextStages.clear();
  let n = 0;
  let whole = 0;
  for (const until = performance.now() + SECONDS * 1000; performance.now() < until; ) {
    for (const t of examples) {
      const t0 = performance.now();
      buildContext(t, options);
      whole += performance.now() - t0;
      n++;
    }
  }
  const us = (ms, count = n) => ((ms * 1000) / count).toFixed(2).padStart(8);
  const rows = [...globalThis.__contextStages].sort((a, b) => b[1] - a[1]);
  let sum = 0;
  console.log(`buildContext, statement by statement (µs per example, ${examples.length} examples, ${n} contexts)`);
  for (const [label, ms] of rows) {
    sum += ms;
    console.log(`${us(ms)}  ${label}`);
  }
  console.log(`${us(sum)}  sum of the statements`);
  console.log(`${us(whole)}  buildContext timed whole`);

  // The text readers, in CPU time: each alone, then one after another on each example.
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const inputs = examples.map((raw) => {
    const text = normalizePaste(raw);
    return { raw, text, lower: foldForMatching(text), json: findJsonObjects(text) };
  });
  const readers = {
    normalizePaste: (x) => normalizePaste(x.raw),
    foldForMatching: (x) => foldForMatching(x.text),
    findJsonObjects: (x) => findJsonObjects(x.text),
    extractHttp: (x) => extractHttp(x.text, x.json),
    matchVerifierMessages: (x) => matchVerifierMessages(x.text, x.lower),
  };
  const ROUNDS = 3000;
  const alone = {};
  for (const [name, read] of Object.entries(readers)) {
    for (let i = 0; i < 1000; i++) for (const x of inputs) read(x);
    const c0 = cpu();
    for (let i = 0; i < ROUNDS; i++) for (const x of inputs) read(x);
    alone[name] = (cpu() - c0) / (ROUNDS * inputs.length);
  }
  const all = Object.values(readers);
  const c0 = cpu();
  for (let i = 0; i < ROUNDS; i++) for (const x of inputs) for (const read of all) read(x);
  const together = (cpu() - c0) / (ROUNDS * inputs.length);
  const total = Object.values(alone).reduce((a, b) => a + b, 0);
  console.log('\nThe text readers in CPU time (µs per example)');
  for (const [name, t] of Object.entries(alone)) console.log(`${t.toFixed(2).padStart(8)}  ${name}, alone`);
  console.log(`${total.toFixed(2).padStart(8)}  their sum, each alone`);
  console.log(`${together.toFixed(2).padStart(8)}  all of them, one after another on each example`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
