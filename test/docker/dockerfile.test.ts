import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

/**
 * (a) Static checks of the Dockerfile, its .dockerignore, and scripts/docker-build-check.sh (which replays the
 * Dockerfile without a Docker engine and must stay in step with it).
 * (b) With RUN_DOCKER_CHECK=1, runs that script: npm ci twice from the registry, then the app; about a minute.
 */
const ROOT = join(import.meta.dirname, '../..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  image: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Enough of the Dockerfile grammar for this file: comments, line continuations, one instruction per line. */
function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue; // comments (and parser directives) also vanish inside continuations
    const line = raw.trimEnd();
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    const full = (pending + line.trim()).trim();
    pending = '';
    if (full) logical.push(full);
  }
  const stages: Stage[] = [];
  for (const l of logical) {
    const m = /^(\S+)\s*(.*)$/.exec(l);
    if (!m) continue;
    const keyword = (m[1] ?? '').toUpperCase();
    const args = m[2] ?? '';
    if (keyword === 'FROM') {
      const f = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ image: f?.[1] ?? '', name: f?.[2], instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${keyword} before the first FROM`);
      stage.instructions.push({ keyword, args });
    }
  }
  return stages;
}

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
/** A RUN's command, without its --mount/--network/--security flags. */
const runCommand = (args: string): string =>
  words(args)
    .filter((w) => !w.startsWith('--mount=') && !/^--(network|security)=/.test(w))
    .join(' ');

interface Copy {
  from: string | undefined;
  sources: string[];
  dest: string;
}
function copies(stage: Stage): Copy[] {
  return stage.instructions
    .filter((i) => i.keyword === 'COPY')
    .map((i) => {
      const w = words(i.args);
      const flags = w.filter((x) => x.startsWith('--'));
      const rest = w.filter((x) => !x.startsWith('--'));
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      return { from, sources: rest.slice(0, -1), dest: rest.at(-1) ?? '' };
    });
}
const runs = (stage: Stage): string[] =>
  stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => runCommand(i.args));
const last = (stage: Stage, keyword: string): string | undefined =>
  stage.instructions.filter((i) => i.keyword === keyword).at(-1)?.args;
/** `ENV A=1 B=2` (the key=value form) as a record. */
function envOf(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of stage.instructions.filter((x) => x.keyword === 'ENV')) {
    for (const w of words(i.args)) {
      const eq = w.indexOf('=');
      if (eq > 0) env[w.slice(0, eq)] = w.slice(eq + 1);
    }
  }
  return env;
}
function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string'))
    throw new Error(`not an exec form: ${args}`);
  return parsed;
}
function healthcheckArgv(stage: Stage): string[] {
  const hc = last(stage, 'HEALTHCHECK');
  const m = hc === undefined ? null : /\bCMD\s+(\[.*\])\s*$/.exec(hc);
  if (!m?.[1]) throw new Error(`HEALTHCHECK is not "... CMD [exec form]": ${hc}`);
  return execForm(m[1]);
}

const dockerfile = read('Dockerfile');
const stages = parseDockerfile(dockerfile);
const runtime = stages.at(-1) as Stage;
const stageNamed = (name: string): Stage => {
  const s = stages.find((x) => x.name === name);
  if (!s) throw new Error(`no stage named ${name}`);
  return s;
};

/** The arrays and strings between the "Mirrored from the Dockerfile" markers of scripts/docker-build-check.sh. */
function scriptMirror(): Record<string, string[]> {
  const text = read('scripts/docker-build-check.sh');
  const out: Record<string, string[]> = {};
  for (const m of text.matchAll(/^([A-Z_]+)=(?:\(([^)]*)\)|'([^']*)')$/gm)) {
    const name = m[1] ?? '';
    out[name] = m[2] !== undefined ? words(m[2]) : [m[3] ?? ''];
  }
  return out;
}

describe('Dockerfile', () => {
  // Node 26 ('Lithium') became the Active LTS on 2026-10-28 (nodejs/node v26.13.0's release notes); Node 24 is in
  // maintenance until 2028-04-30 and still runs in CI (`npm run test:node -- 24`), as the brief requires.
  it('is multi-stage, every stage on node:26-slim (the Active LTS)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const s of stages) expect(s.image).toMatch(/^node:26(\.\d+){0,2}-slim(@sha256:[0-9a-f]{64})?$/);
    expect(stages.map((s) => s.name)).toEqual(['deps', 'build', 'runtime']);
  });

  it("is the Node that CI and the replay script run: scripts/lib/node-major.sh reads the FROM line's major", () => {
    const r = spawnSync('bash', ['-c', 'source scripts/lib/node-major.sh && image_node_major'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('26');
    const ci = read('.ci/run');
    expect(ci).toMatch(/^npm run test:runtime$/m);
    expect(JSON.parse(read('package.json')).scripts['test:runtime']).toBe('bash scripts/test-node.sh image');
  });

  it('names a bad Node major in one line instead of running anything', () => {
    const r = spawnSync('bash', [join(ROOT, 'scripts/test-node.sh'), 'lts'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      "test-node: the first argument must be a Node major version (e.g. 24) or 'image', not 'lts'",
    );
  });

  it('builds in the build stage: npm ci with scripts, so `prepare` runs the TypeScript build', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('npm run build');
    const cmds = runs(stageNamed('build'));
    expect(cmds.some((c) => /^npm ci\b/.test(c) && !c.includes('--ignore-scripts') && !c.includes('--omit=dev'))).toBe(
      true,
    );
  });

  it('gives the runtime production dependencies only', () => {
    const deps = stageNamed('deps');
    expect(runs(deps)).toEqual([expect.stringMatching(/^npm ci\b.*--omit=dev/)]);
    // --ignore-scripts: else npm ci would run `prepare` (tsc), which --omit=dev did not install.
    expect(runs(deps)[0]).toContain('--ignore-scripts');
    const nodeModules = copies(runtime).filter((c) => c.sources.some((s) => s.endsWith('node_modules')));
    expect(nodeModules).toEqual([{ from: 'deps', sources: ['/app/node_modules'], dest: './node_modules' }]);
    expect(runs(runtime), 'no installs in the runtime stage').toEqual([]);
  });

  it('runs as the non-root `node` user with NODE_ENV=production, exposing 3000', () => {
    expect(last(runtime, 'USER')).toBe('node');
    const userIndex = runtime.instructions.findIndex((i) => i.keyword === 'USER');
    expect(runtime.instructions.slice(userIndex).some((i) => i.keyword === 'RUN' || i.keyword === 'COPY')).toBe(false);
    expect(envOf(runtime)).toMatchObject({ NODE_ENV: 'production', PORT: '3000' });
    expect(last(runtime, 'EXPOSE')).toBe('3000');
    expect(last(runtime, 'WORKDIR')).toBe('/app');
  });

  it('starts the Slack app in exec form', () => {
    expect(execForm(last(runtime, 'CMD') ?? '')).toEqual(['node', 'dist/slack/main.js']);
    expect(runtime.instructions.some((i) => i.keyword === 'ENTRYPOINT')).toBe(false);
  });

  it('health-checks GET /healthz with node (no curl or wget in -slim)', () => {
    const argv = healthcheckArgv(runtime);
    expect(argv[0]).toBe('node');
    expect(argv.join(' ')).toContain('/healthz');
    const commands = stages.flatMap((s) => s.instructions.filter((i) => /^(RUN|CMD|HEALTHCHECK)$/.test(i.keyword)));
    expect(commands.filter((i) => /\b(curl|wget)\b/.test(i.args))).toEqual([]);
    expect(last(runtime, 'HEALTHCHECK')).toMatch(/--timeout=\d+s/);
  });

  it('copies into the image only what .dockerignore lets into the context, and never a .env', () => {
    const ignore = read('.dockerignore')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ignore[0], '.dockerignore is an allow-list').toBe('*');
    const allowed = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''));
    const contextSources = stages.flatMap((s) =>
      copies(s)
        .filter((c) => c.from === undefined)
        .flatMap((c) => c.sources),
    );
    for (const src of new Set(contextSources)) expect(allowed, `COPY ${src} but .dockerignore drops it`).toContain(src);
    expect(allowed.filter((a) => /\.env|node_modules|\.git|dist/.test(a))).toEqual([]);
    expect(ignore).toContain('**/.env');
  });
});

describe('scripts/docker-build-check.sh mirrors the Dockerfile', () => {
  const mirror = scriptMirror();
  const contextSources = (s: Stage): string[] =>
    copies(s)
      .filter((c) => c.from === undefined)
      .flatMap((c) => c.sources);
  /** `COPY --from=X /app/p ./p` → `p`, checking the destination mirrors the source. */
  const fromSources = (s: Stage, from: string): string[] =>
    copies(s)
      .filter((c) => c.from === from)
      .flatMap((c) => {
        expect(c.sources).toHaveLength(1);
        const rel = (c.sources[0] ?? '').replace(/^\/app\//, '');
        expect(c.dest).toBe(`./${rel}`);
        return [rel];
      });

  it('deps stage: COPY sources and RUN', () => {
    expect(mirror.DEPS_COPY).toEqual(contextSources(stageNamed('deps')));
    expect(mirror.DEPS_RUN).toEqual(runs(stageNamed('deps')));
  });
  it('build stage: COPY sources and RUN', () => {
    expect(mirror.BUILD_COPY).toEqual(contextSources(stageNamed('build')));
    expect(mirror.BUILD_RUN).toEqual(runs(stageNamed('build')));
  });
  it('runtime stage: COPY sources, COPY --from and CMD', () => {
    expect(mirror.RUNTIME_COPY).toEqual(contextSources(runtime));
    expect(mirror.RUNTIME_FROM_DEPS).toEqual(fromSources(runtime, 'deps'));
    expect(mirror.RUNTIME_FROM_BUILD).toEqual(fromSources(runtime, 'build'));
    expect(mirror.RUNTIME_CMD).toEqual(execForm(last(runtime, 'CMD') ?? ''));
    // Every COPY --from names a stage the script replays.
    const froms = new Set(copies(runtime).flatMap((c) => (c.from ? [c.from] : [])));
    expect([...froms].sort()).toEqual(['build', 'deps']);
  });
});

describe("the Dockerfile's HEALTHCHECK command", () => {
  let server: Server | undefined;
  afterEach(async () => {
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  async function serve(status: number): Promise<number> {
    const s = createServer((req, res) => {
      res.statusCode = req.method === 'GET' && req.url === '/healthz' ? status : 404;
      res.end();
    });
    server = s;
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    return (s.address() as AddressInfo).port;
  }
  /** Runs it as Docker would, with the container's PORT (and this process's node for `node`). */
  function healthcheck(port: number): Promise<number | null> {
    const [, ...args] = healthcheckArgv(runtime);
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, args, { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code));
    });
  }

  it('passes when /healthz answers 200', async () => {
    expect(await healthcheck(await serve(200))).toBe(0);
  });
  it('fails when /healthz answers 503', async () => {
    expect(await healthcheck(await serve(503))).toBe(1);
  });
  it('fails when nothing listens', async () => {
    const port = await serve(200);
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = undefined;
    expect(await healthcheck(port)).toBe(1);
  });
});

describe.runIf(process.env.RUN_DOCKER_CHECK === '1')('scripts/docker-build-check.sh (RUN_DOCKER_CHECK=1)', () => {
  it(
    'builds the image tree, starts it and answers /healthz',
    () => {
      const r = spawnSync('bash', [join(ROOT, 'scripts/docker-build-check.sh')], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 15 * 60_000,
      });
      const output = `${r.stdout}\n${r.stderr}`;
      expect(r.status, output.slice(-6000)).toBe(0);
      expect(r.stdout).toContain('docker-build-check: PASS');
    },
    16 * 60_000,
  );
});
