#!/usr/bin/env node
// HTTP benchmark of the Slack app: prints figures, asserts nothing (targets are read by people, not by CI).
//
//   npm run bench                                  (builds first, then the engine and this benchmark)
//   node bench/http.mjs --seconds 10 --connections 10 --starts 5
//
// What it measures, all on this machine and over loopback only:
// 1. Start-up: from spawning `node dist/slack/main.js` to its first 200 on GET /healthz (median of N), beside a
//    bare node:http server started the same way.
// 2. Throughput and acknowledgement latency: autocannon fires signed slash commands (a real ~1 KB paste, each
//    request signed afresh, `lang=en` so no users.info lookup) at the app in HTTP mode, a real process; the
//    response_url points at a local sink process, so every report is really diagnosed, rendered and posted.
//    Baseline, in the same run with the same requests: a bare node:http server that reads the body, checks the
//    same Slack signature and timestamp, and answers 200. Targets: app throughput within 3x of the baseline's
//    (baseline/app < 3) and app p99 within 3x of the baseline's p99.
//    Those runs are closed-loop (each connection sends its next request when the last is answered), so they
//    measure capacity, and latency there is queueing behind the other connections' work. A second pair of
//    runs offers both servers the same fixed rate (--rate, default 100 requests/s: a hundred people pasting
//    every second), well under either's capacity, and compares latency at equal load.
//    A third server, the Bolt floor, is the app's own receiver and Bolt App with a listener that only acks:
//    it shows how much of the ratio is Bolt's dispatch, before any diagnosis.
// 3. Peak memory: the RSS of each server process, sampled every 50 ms (and the kernel's high-water mark).
// 4. A burst: --burst (20) commands, each a ~384 KB body (three quarters of the app's 512 KiB limit: people
//    pasting big logs at once), sent at the same moment, in 3 rounds; the last ack of each round. The app acks
//    each request before diagnosing it, but the diagnoses of the requests ahead share the event loop.
//
// Every process is started here and stopped here; the app process is preloaded with a guard that binds its
// server to 127.0.0.1 and refuses any connection that would leave the machine.
import { spawn } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const SIGNING_SECRET = 'bench-signing-secret-0123456789abcdef';

// ---------------------------------------------------------------------------------------------------
// Roles: this file is also the baseline server and the response_url sink, run as child processes (the
// dispatch is at the end of the file).

/**
 * The baseline: what any Slack endpoint must do at the least. Reads the body, checks the timestamp window and
 * the v0 HMAC-SHA256 signature the way Bolt does (timing-safe), answers 200 with no body.
 */
function serveBaseline(port) {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') {
      res.writeHead(200).end('ok\n');
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = Number(req.headers['x-slack-request-timestamp']);
      const given = Buffer.from(String(req.headers['x-slack-signature'] ?? ''));
      const expected = Buffer.from(
        `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`,
      );
      const fresh = Math.abs(Math.floor(Date.now() / 1000) - ts) <= 300;
      const ok = fresh && given.length === expected.length && timingSafeEqual(given, expected);
      res.writeHead(ok ? 200 : 401).end();
    });
  });
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

/**
 * The floor: the app's own HTTP receiver (verify.ts's guard in front of Bolt's HTTPReceiver) and a Bolt App
 * built as app.ts builds it, with a command listener that only acks: what Bolt's dispatch costs before any
 * diagnosis. It tells how much of the app/baseline ratio any per-request work could ever win back.
 */
async function serveBoltFloor(port) {
  const { App } = await import('@slack/bolt');
  const { default: pino } = await import('pino');
  const { createHttpReceiver } = await import('../dist/slack/receivers.js');
  const { toBoltLogger } = await import('../dist/slack/bolt-logger.js');
  const log = pino({ level: 'warn' }, pino.destination('/dev/null'));
  const boltLogger = toBoltLogger(log);
  const receiver = createHttpReceiver({ signingSecret: SIGNING_SECRET, boltLogger, log });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: 'xoxb-floor', botId: 'B0FLOOR01', botUserId: 'U0FLOOR01' }),
    logger: boltLogger,
    convoStore: false,
    ignoreSelf: false,
  });
  app.command('/jwt-diagnose', async ({ ack }) => {
    await ack();
  });
  await app.start({ port, host: '127.0.0.1' });
  process.on('SIGTERM', () => app.stop().then(() => process.exit(0)));
}

/** The response_url sink: answers every POST 200 `ok` (as Slack does) and counts them; GET /count reads it. */
function serveSink(port) {
  let posts = 0;
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ posts }));
      return;
    }
    req.resume();
    req.on('end', () => {
      posts += 1;
      res.writeHead(200).end('ok');
    });
  });
  server.listen(port, '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

// ---------------------------------------------------------------------------------------------------

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main() {
  const SECONDS = arg('seconds', 10);
  const WARMUP = arg('warmup', 2);
  const CONNECTIONS = arg('connections', 10);
  const STARTS = arg('starts', 5);
  const RATE = arg('rate', 100);
  const BURST = arg('burst', 20);
  const MAIN = join(ROOT, 'dist/slack/main.js');
  if (!existsSync(MAIN)) {
    console.error('dist/slack/main.js is missing: run `npm run build` first (npm run bench does).');
    process.exit(2);
  }
  const autocannon = (await import('autocannon')).default;
  const work = mkdtempSync(join(tmpdir(), 'jwt-diagnose-bench-'));
  const guard = join(work, 'loopback-only.mjs');
  writeFileSync(guard, LOOPBACK_ONLY);
  const children = new Set();
  const cleanup = () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  process.on('SIGINT', () => process.exit(130));

  const spawnChild = (args, env = {}, stdout = 'ignore') => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env },
      stdio: ['ignore', stdout, 'inherit'],
    });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const stop = async (child) => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const appEnv = (port, logLevel = 'info') => ({
    PORT: String(port),
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: 'xoxb-0000000000-0000000000-benchbenchbenchbenchbench',
    SLACK_BOT_ID: 'B0BENCH01',
    SLACK_BOT_USER_ID: 'U0BENCH01',
    LOG_LEVEL: logLevel,
  });
  const appArgs = ['--import', guard, MAIN];
  const baselineArgs = [SELF, '--baseline-server'];

  const [load1, load5, load15] = loadavg();
  console.log(
    `jwt-diagnose HTTP benchmark — node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? '?'}), ` +
      `load average ${load1.toFixed(2)} / ${load5.toFixed(2)} / ${load15.toFixed(2)} (1/5/15 min)`,
  );
  console.log(
    `autocannon in this process, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${SECONDS} s measured per server, loopback only\n`,
  );

  // 1. Start-up to /healthz.
  const startup = { app: [], baseline: [] };
  for (let i = 0; i < STARTS; i++) {
    for (const [name, args, env] of [
      ['app', appArgs, (p) => appEnv(p)],
      ['baseline', baselineArgs, () => ({})],
    ]) {
      const port = await freePort();
      const started = performance.now();
      const child = spawnChild(name === 'baseline' ? [...args, String(port)] : args, env(port));
      await waitHealthy(port, child);
      startup[name].push(performance.now() - started);
      await stop(child);
    }
  }

  // 2. The sink for response_url posts, shared by both runs (idle during the baseline's).
  const sinkPort = await freePort();
  const sink = spawnChild([SELF, '--sink-server', String(sinkPort)]);
  await waitListening(sinkPort, sink);
  const responseUrl = `http://127.0.0.1:${sinkPort}/commands/T0BENCH01/1/bench`;
  const paste = readFileSync(join(ROOT, 'examples/expired-token.txt'), 'utf8');
  let n = 0;
  /** A slash command as Slack sends it, signed now; a different user each time, as in a busy channel. */
  const signedCommand = (req, text = `lang=en ${paste}`, user = undefined) => {
    n += 1;
    const body = new URLSearchParams({
      token: 'legacy-verification-token',
      team_id: 'T0BENCH01',
      team_domain: 'bench',
      channel_id: 'C0BENCH01',
      channel_name: 'incident-1',
      user_id: `U0B${String(user ?? n % 100_000).padStart(6, '0')}`,
      user_name: 'oncall',
      command: '/jwt-diagnose',
      text,
      api_app_id: 'A0BENCH01',
      is_enterprise_install: 'false',
      response_url: responseUrl,
      trigger_id: `${n}.1.bench`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex');
    return {
      ...req,
      method: 'POST',
      path: '/slack/events',
      body,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': `v0=${signature}`,
      },
    };
  };
  // The burst's paste: log lines up to ~384 KB once URL-encoded, as Slack sends it.
  const bigLine =
    '2026-05-28T14:09:58.120Z WARN  [orders-api] request rejected: TokenExpiredError: jwt expired user=42\n';
  const bigPaste = `${paste}\n${bigLine.repeat(Math.floor((384 * 1024) / (new URLSearchParams({ t: bigLine }).toString().length - 2)))}`;
  const signedBurstCommand = (i) => signedCommand({}, `lang=en ${bigPaste}`, i);
  const fire = (port, seconds, rate) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: seconds,
      ...(rate === undefined ? {} : { overallRate: rate }),
      requests: [{ setupRequest: (req) => signedCommand(req) }],
    });

  /** Warm-up, then the closed-loop run (RSS sampled), then the fixed-rate run. */
  const measure = async (name, child, port) => {
    const warm = await fire(port, WARMUP);
    const rss = sampleRss(child.pid);
    const cpuBefore = cpuMs(child.pid);
    const generatorBefore = cpuMs(process.pid);
    const sinkBefore = cpuMs(sink.pid);
    const postsBefore = (await getJson(sinkPort, '/count')).posts;
    const result = await fire(port, SECONDS);
    // The other processes' share of the same two cores: autocannon (this process) and the response_url sink.
    const generatorPerRequest = (cpuMs(process.pid) - generatorBefore) / Math.max(1, result['2xx']);
    const sinkPerRequest = (cpuMs(sink.pid) - sinkBefore) / Math.max(1, result['2xx']);
    // Acks are not the whole job: how many reports reached the sink in the same window.
    const postsPerSecond = ((await getJson(sinkPort, '/count')).posts - postsBefore) / SECONDS;
    const cpuPerRequest = (cpuMs(child.pid) - cpuBefore) / Math.max(1, result['2xx']);
    const memory = rss.stop();
    const atRate = await fire(port, SECONDS, RATE);
    const bursts = await burst(port, BURST, signedBurstCommand, () => settled(sinkPort));
    // Every 2xx answer of the three runs: each is a report the app owes a post for.
    const acked = [warm, result, atRate].reduce((sum, x) => sum + x['2xx'], 0);
    return {
      name,
      result,
      memory,
      atRate,
      acked: acked + BURST * bursts.length,
      cpuPerRequest,
      generatorPerRequest,
      sinkPerRequest,
      postsPerSecond,
      bursts,
    };
  };

  // 3. Baseline run.
  const basePort = await freePort();
  const base = spawnChild([SELF, '--baseline-server', String(basePort)]);
  await waitHealthy(basePort, base);
  const baseline = await measure('baseline', base, basePort);
  await stop(base);

  // 3b. The Bolt floor: the app's receiver and Bolt, acking only.
  const floorPort = await freePort();
  const floorChild = spawnChild([SELF, '--bolt-floor-server', String(floorPort)]);
  await waitHealthy(floorPort, floorChild);
  const floor = await measure('bolt floor', floorChild, floorPort);
  await stop(floorChild);

  // 4. App run: its log (one line per request at info) goes to a file, read afterwards.
  const logPath = join(work, 'app.log');
  const logFd = openSync(logPath, 'w');
  const appPort = await freePort();
  const sentBefore = (await getJson(sinkPort, '/count')).posts;
  const app = spawnChild(appArgs, appEnv(appPort), logFd);
  await waitHealthy(appPort, app);
  const measured = await measure('app', app, appPort);
  // Reports still being posted when the load stops: wait for them (the app drains on SIGTERM too).
  const drainStarted = performance.now();
  const acked = measured.acked;
  let delivered = 0;
  for (let last = -1; performance.now() - drainStarted < 15_000; ) {
    delivered = (await getJson(sinkPort, '/count')).posts - sentBefore;
    if (delivered === last) break;
    last = delivered;
    await sleep(250);
  }
  await stop(app);
  closeSync(logFd);
  await stop(sink);
  const log = readLog(logPath);

  // 5. The figures.
  const row = (label, b, a, note = '') =>
    console.log(`  ${label.padEnd(34)} ${String(b).padStart(12)} ${String(a).padStart(12)}   ${note}`);
  const r = (x) => x.result;
  // Every request costs CPU in three processes that share the machine's cores: no server can answer faster
  // than the cores can pay for all three.
  const ceiling = (x) => (availableParallelism() * 1000) / (x.cpuPerRequest + x.generatorPerRequest + x.sinkPerRequest);
  const rps = (x) => r(x).requests.average;
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
  console.log(`  ${''.padEnd(34)} ${'baseline'.padStart(12)} ${'app'.padStart(12)}`);
  row('requests/s (mean)', fmt(rps(baseline), 0), fmt(rps(measured), 0));
  row('requests in the measured run', r(baseline).requests.total, r(measured).requests.total);
  row('reports posted to the sink/s', '-', fmt(measured.postsPerSecond, 0), 'the work after the ack keeps pace');
  row(
    'non-2xx / errors / timeouts',
    `${r(baseline).non2xx}/${r(baseline).errors}/${r(baseline).timeouts}`,
    `${r(measured).non2xx}/${r(measured).errors}/${r(measured).timeouts}`,
  );
  row('ack latency p50 (ms)', fmt(r(baseline).latency.p50, 1), fmt(r(measured).latency.p50, 1));
  row('ack latency p99 (ms)', fmt(r(baseline).latency.p99, 1), fmt(r(measured).latency.p99, 1));
  row('ack latency max (ms)', fmt(r(baseline).latency.max, 1), fmt(r(measured).latency.max, 1));
  row(
    'server CPU per request (ms)',
    fmt(baseline.cpuPerRequest, 3),
    fmt(measured.cpuPerRequest, 3),
    'user+system time of the server process / requests',
  );
  row(
    'load generator CPU per request (ms)',
    fmt(baseline.generatorPerRequest, 3),
    fmt(measured.generatorPerRequest, 3),
    'autocannon, this process',
  );
  row(
    'sink CPU per request (ms)',
    fmt(baseline.sinkPerRequest, 3),
    fmt(measured.sinkPerRequest, 3),
    'response_url posts',
  );
  row(
    'CPU ceiling on this machine (req/s)',
    fmt(ceiling(baseline), 0),
    fmt(ceiling(measured), 0),
    `${availableParallelism()} cores / the three processes' CPU per request`,
  );
  row(
    'peak RSS, sampled (MB)',
    mb(baseline.memory.peak),
    mb(measured.memory.peak),
    `${measured.memory.samples} samples`,
  );
  row('peak RSS, kernel high-water (MB)', mb(baseline.memory.hwm), mb(measured.memory.hwm));
  console.log(
    `\n  At a fixed ${RATE} requests/s for ${SECONDS} s (open loop, latency corrected for coordinated omission; autocannon paces\n  each of the ${CONNECTIONS} connections at ${fmt(RATE / CONNECTIONS, 0)}/s, so requests arrive in bursts of up to ${CONNECTIONS})`,
  );
  const q = (x) => x.atRate;
  row('requests/s achieved', fmt(q(baseline).requests.average, 0), fmt(q(measured).requests.average, 0));
  row(
    'non-2xx / errors / timeouts',
    `${q(baseline).non2xx}/${q(baseline).errors}/${q(baseline).timeouts}`,
    `${q(measured).non2xx}/${q(measured).errors}/${q(measured).timeouts}`,
  );
  row('ack latency p50 (ms)', fmt(q(baseline).latency.p50, 1), fmt(q(measured).latency.p50, 1));
  row('ack latency p99 (ms)', fmt(q(baseline).latency.p99, 1), fmt(q(measured).latency.p99, 1));
  row('ack latency max (ms)', fmt(q(baseline).latency.max, 1), fmt(q(measured).latency.max, 1));
  console.log(
    `\n  A burst: ${BURST} commands of ${fmt(Buffer.byteLength(signedBurstCommand(0).body) / 1024, 0)} KB each sent at once, ${measured.bursts.length} rounds`,
  );
  console.log(
    `  ${'last ack of each round (ms)'.padEnd(34)} baseline ${baseline.bursts.map((x) => fmt(x, 0)).join(' / ')}, app ${measured.bursts.map((x) => fmt(x, 0)).join(' / ')}   (Slack's limit: 3,000)`,
  );
  console.log('');
  row(
    `start-up to /healthz, median of ${STARTS} (ms)`,
    fmt(median(startup.baseline), 0),
    fmt(median(startup.app), 0),
    `app min ${fmt(Math.min(...startup.app), 0)}, max ${fmt(Math.max(...startup.app), 0)}`,
  );

  console.log('\n  The app after the acknowledgement (its own log, one line per report):');
  console.log(
    `    commands answered 200 (all runs)    ${acked}, plus up to ${CONNECTIONS} in flight as each run stopped`,
  );
  console.log(`    reports diagnosed and logged        ${log.diagnosed}`);
  console.log(
    `    reports posted to the sink          ${delivered} (drained ${fmt((performance.now() - drainStarted) / 1000, 1)} s after the load stopped)`,
  );
  console.log(`    server-side ackMs p50 / p99         ${fmt(log.ack.p50, 0)} / ${fmt(log.ack.p99, 0)} ms`);
  console.log(`    request to report posted p50 / p99  ${fmt(log.duration.p50, 0)} / ${fmt(log.duration.p99, 0)} ms`);
  console.log(`    warnings / errors logged            ${log.warn} / ${log.error}`);
  for (const [msg, count] of log.messages) console.log(`      ${String(count).padStart(6)} × ${msg}`);

  const throughputRatio = rps(baseline) / rps(measured);
  const p99Ratio = r(measured).latency.p99 / Math.max(r(baseline).latency.p99, 0.001);
  const p99AtRate = q(measured).latency.p99 / Math.max(q(baseline).latency.p99, 0.001);
  console.log(
    "\n  The Bolt floor: the app's receiver, guard and Bolt App with a listener that only acks (no diagnosis, no post)",
  );
  row('requests/s (mean)', fmt(rps(baseline), 0), fmt(rps(floor), 0), 'baseline / floor');
  row('ack latency p99 (ms), closed loop', fmt(r(baseline).latency.p99, 1), fmt(r(floor).latency.p99, 1));
  row(`ack latency p99 (ms), ${RATE} req/s`, fmt(q(baseline).latency.p99, 1), fmt(q(floor).latency.p99, 1));
  row('server CPU per request (ms)', fmt(baseline.cpuPerRequest, 3), fmt(floor.cpuPerRequest, 3));
  row('CPU ceiling (req/s)', fmt(ceiling(baseline), 0), fmt(ceiling(floor), 0));

  console.log('\n  Ratios (same run, same machine, same requests)');
  console.log(
    `    throughput  baseline / app                 ${fmt(throughputRatio, 2).padStart(8)}x   target < 3x: ${throughputRatio < 3 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `    p99 latency app / baseline, closed loop    ${fmt(p99Ratio, 2).padStart(8)}x   target < 3x: ${p99Ratio < 3 ? 'met' : 'NOT met'}`,
  );
  console.log(
    `    p99 latency app / baseline, ${`${RATE} req/s`.padEnd(14)} ${fmt(p99AtRate, 2).padStart(8)}x   target < 3x: ${p99AtRate < 3 ? 'met' : 'NOT met'}`,
  );
  const floorRatio = rps(baseline) / rps(floor);
  console.log(
    `    throughput  baseline / Bolt floor          ${fmt(floorRatio, 2).padStart(8)}x   (what Bolt's dispatch alone costs; the app's work adds the rest)`,
  );
  console.log(
    `    CPU per request  app / Bolt floor          ${fmt(measured.cpuPerRequest / floor.cpuPerRequest, 2).padStart(8)}x   (diagnosis, render, share value, post and log)`,
  );
  console.log(
    `    throughput  baseline / app's CPU ceiling   ${fmt(rps(baseline) / ceiling(measured), 2).padStart(8)}x   (the lowest ratio the cores allow, even with both kept busy)`,
  );
  const [after1] = loadavg();
  console.log(`\n  load average after the run: ${after1.toFixed(2)} (1 min)`);
}

// ---------------------------------------------------------------------------------------------------

/** Preloaded into the app (node --import): its server binds 127.0.0.1, and no connection leaves the machine. */
const LOOPBACK_ONLY = `
import net from 'node:net';
const LOCAL = new Set(['127.0.0.1', 'localhost', '::1']);
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (typeof first === 'object' && first !== null && !Array.isArray(first) && first.path === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\\d+$/.test(first))) {
    args.splice(1, typeof args[1] === 'string' ? 1 : 0, '127.0.0.1');
  }
  return listen.apply(this, args);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: args[1] };
  if (options.path === undefined && !LOCAL.has(options.host ?? 'localhost')) {
    process.nextTick(() => this.destroy(Object.assign(new Error('bench: no connection leaves this machine'), { code: 'ECONNREFUSED' })));
    return this;
  }
  return connect.apply(this, args);
};
`;

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function fmt(n, digits) {
  return Number(n).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A port free right now on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function get(port, path) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', () => resolve({ status: 0, body: '' }));
    req.end();
  });
}

async function getJson(port, path) {
  return JSON.parse((await get(port, path)).body);
}

/** Polls GET /healthz every 2 ms until it answers 200; fails if the process exits or 30 s pass. */
async function waitHealthy(port, child) {
  const until = performance.now() + 30_000;
  while (performance.now() < until) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode} before serving /healthz`);
    if ((await get(port, '/healthz')).status === 200) return;
    await sleep(2);
  }
  throw new Error('no 200 on /healthz within 30 s');
}

async function waitListening(port, child) {
  const until = performance.now() + 30_000;
  while (performance.now() < until) {
    if (child.exitCode !== null) throw new Error('sink exited');
    if ((await get(port, '/count')).status === 200) return;
    await sleep(5);
  }
  throw new Error('sink not listening');
}

/**
 * Sends `n` requests at the same moment, three times; resolves with the slowest answer of each round.
 * Between rounds it waits for `quiet` (the app's reports all posted), so each round starts idle.
 */
async function burst(port, n, build, quiet) {
  const agent = new Agent({ keepAlive: true, maxSockets: n });
  const rounds = [];
  try {
    for (let round = 0; round < 3; round++) {
      const requests = Array.from({ length: n }, (_, i) => build(i));
      const times = await Promise.all(requests.map((r) => post(port, agent, r)));
      rounds.push(Math.max(...times));
      await quiet();
    }
  } finally {
    agent.destroy();
  }
  return rounds;
}

/** POSTs one signed request; resolves with the time to its 200. */
function post(port, agent, { body, headers }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve(performance.now() - started) : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Waits until the sink's count stops moving (every report of the round posted), at most 20 s. */
async function settled(sinkPort) {
  const until = performance.now() + 20_000;
  for (let last = -1; performance.now() < until; ) {
    const { posts } = await getJson(sinkPort, '/count');
    if (posts === last) return;
    last = posts;
    await sleep(300);
  }
}

/** User + system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere). */
function cpuMs(pid) {
  try {
    // The fields after the command name, which may hold spaces: split at the last ') '.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    // utime and stime, in clock ticks (USER_HZ, 100 on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's resident set size (Linux /proc; `ps` elsewhere) every 50 ms until stopped. */
function sampleRss(pid) {
  let peak = 0;
  let samples = 0;
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return { rss: kb * 1024, hwm: Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024 };
    } catch {
      return { rss: 0, hwm: 0 };
    }
  };
  const timer = setInterval(() => {
    peak = Math.max(peak, read().rss);
    samples += 1;
  }, 50);
  return {
    stop() {
      clearInterval(timer);
      const last = read();
      return { peak: Math.max(peak, last.rss), hwm: last.hwm, samples };
    },
  };
}

/** The app's log lines: reports diagnosed, their ackMs and durationMs, warnings and errors. */
function readLog(path) {
  const ack = [];
  const duration = [];
  let warn = 0;
  let error = 0;
  let diagnosed = 0;
  const messages = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '') continue;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch {
      continue;
    }
    if (rec.level >= 40) {
      if (rec.level >= 50) error += 1;
      else warn += 1;
      messages.set(rec.msg, (messages.get(rec.msg) ?? 0) + 1);
    }
    if (rec.msg === 'diagnosed') {
      diagnosed += 1;
      ack.push(rec.ackMs);
      duration.push(rec.durationMs);
    }
  }
  const pct = (xs, p) => {
    if (xs.length === 0) return Number.NaN;
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  };
  return {
    diagnosed,
    warn,
    error,
    messages: [...messages].sort((a, b) => b[1] - a[1]).slice(0, 3),
    ack: { p50: pct(ack, 50), p99: pct(ack, 99) },
    duration: { p50: pct(duration, 50), p99: pct(duration, 99) },
  };
}

// ---------------------------------------------------------------------------------------------------

const role = process.argv[2];
if (role === '--baseline-server') serveBaseline(Number(process.argv[3]));
else if (role === '--bolt-floor-server') await serveBoltFloor(Number(process.argv[3]));
else if (role === '--sink-server') serveSink(Number(process.argv[3]));
else await main();
