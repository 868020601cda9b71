/**
 * The issuer's side of a key fetch, played two ways with the same replies: by nock (fetch intercepted in
 * process, an https origin) and by a real HTTP server on 127.0.0.1 and an ephemeral port (real sockets,
 * real timeouts, a body streamed in chunks). Each reply is served once, in order; a request with no reply
 * left is answered 599 and still counted, so an extra request shows up in `hits`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import nock from 'nock';

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Before the status line. */
  delayMs?: number;
  /** Instead of `body`: this many bytes of JSON-looking filler, streamed in 16 KiB chunks with no Content-Length. */
  streamBytes?: number;
  /** Send the headers, then nothing for this long before the body (a trickling server). */
  stallBodyMs?: number;
}

export interface KeyHost {
  readonly name: 'nock' | 'local server';
  /** The issuer's origin, e.g. https://auth.acme-corp.test or http://127.0.0.1:PORT. */
  readonly origin: string;
  /** Another host, for redirects that must not be followed. */
  readonly otherOrigin: string;
  /** What the fetcher needs to reach `origin` (http for the local server). */
  readonly allowHttpHosts: string[];
  serve(path: string, ...replies: Reply[]): void;
  /** Requests received by `origin`, optionally for one path. */
  hits(path?: string): number;
  /** Requests received by `otherOrigin`. */
  otherHits(): number;
  reset(): void;
  close(): Promise<void>;
}

function bodyText(reply: Reply): string {
  if (reply.body === undefined) return '';
  return typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
}

function headersOf(reply: Reply): Record<string, string> {
  return { 'content-type': 'application/json', ...reply.headers };
}

function filler(bytes: number): string {
  return `{"keys":[],"pad":"${'x'.repeat(Math.max(0, bytes - 20))}"}`;
}

/** nock: an https origin, fetch intercepted; no socket is opened. */
export function nockHost(): KeyHost {
  const origin = 'https://auth.acme-corp.test';
  const otherOrigin = 'https://elsewhere.example';
  const queues = new Map<string, Reply[]>();
  const seen: string[] = [];
  let other = 0;
  // One persistent interceptor per origin that answers from the queues, as the local server does.
  const scopes = [
    nock(origin)
      .persist()
      .get(() => true)
      .reply((uri, _body, callback) => {
        const path = new URL(uri, origin).pathname;
        seen.push(path);
        const reply = queues.get(path)?.shift();
        if (reply === undefined) return callback(null, [599, 'no reply left']);
        const send = () => callback(null, [reply.status ?? 200, nockBody(reply), headersOf(reply)]);
        if (reply.delayMs === undefined) send();
        else setTimeout(send, reply.delayMs);
        return undefined;
      }),
    nock(otherOrigin)
      .persist()
      .get(() => true)
      .reply(() => {
        other += 1;
        return [200, '{"keys":[]}', { 'content-type': 'application/json' }];
      }),
  ];
  return {
    name: 'nock',
    origin,
    otherOrigin,
    allowHttpHosts: [],
    serve(path, ...replies) {
      queues.set(path, [...(queues.get(path) ?? []), ...replies]);
    },
    hits: (path) => seen.filter((p) => path === undefined || p === path).length,
    otherHits: () => other,
    reset() {
      queues.clear();
      seen.length = 0;
      other = 0;
    },
    close: async () => {
      for (const scope of scopes) scope.persist(false);
      nock.cleanAll();
    },
  };
}

/** A body nock streams: filler in chunks, or the text after a stall. */
function nockBody(reply: Reply): string | Readable {
  if (reply.streamBytes !== undefined) {
    const text = filler(reply.streamBytes);
    const chunks: string[] = [];
    for (let at = 0; at < text.length; at += 16_384) chunks.push(text.slice(at, at + 16_384));
    return Readable.from(chunks);
  }
  if (reply.stallBodyMs === undefined) return bodyText(reply);
  const text = bodyText(reply);
  const stall = reply.stallBodyMs;
  return Readable.from(
    (async function* () {
      await sleep(stall);
      yield text;
    })(),
  );
}

/** A real HTTP server on 127.0.0.1 (and a second one as the other host). */
export async function localHost(): Promise<KeyHost> {
  const queues = new Map<string, Reply[]>();
  const seen: string[] = [];
  let other = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    seen.push(path);
    const reply = queues.get(path)?.shift();
    if (reply === undefined) {
      res.writeHead(599).end('no reply left');
      return;
    }
    void answer(reply, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const elsewhere = createServer((_req, res) => {
    other += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"keys":[]}');
  });
  const port = await listen(server);
  const otherPort = await listen(elsewhere);
  const host = `127.0.0.1:${port}`;
  return {
    name: 'local server',
    origin: `http://${host}`,
    otherOrigin: `http://127.0.0.1:${otherPort}`,
    allowHttpHosts: [host],
    serve(path, ...replies) {
      queues.set(path, [...(queues.get(path) ?? []), ...replies]);
    },
    hits: (path) => seen.filter((p) => path === undefined || p === path).length,
    otherHits: () => other,
    reset() {
      queues.clear();
      seen.length = 0;
      other = 0;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await Promise.all([close(server), close(elsewhere)]);
    },
  };
}

async function answer(reply: Reply, res: ServerResponse): Promise<void> {
  if (reply.delayMs !== undefined) await sleep(reply.delayMs);
  if (res.destroyed) return;
  if (reply.streamBytes !== undefined) {
    res.writeHead(reply.status ?? 200, headersOf(reply));
    const text = filler(reply.streamBytes);
    for (let at = 0; at < text.length && !res.destroyed; at += 16_384) {
      const ok = res.write(text.slice(at, at + 16_384));
      if (!ok) await new Promise((r) => res.once('drain', r).once('close', r));
    }
    res.end();
    return;
  }
  const text = bodyText(reply);
  res.writeHead(reply.status ?? 200, { 'content-length': String(Buffer.byteLength(text)), ...headersOf(reply) });
  if (reply.stallBodyMs !== undefined) {
    res.flushHeaders();
    await sleep(reply.stallBodyMs);
    if (res.destroyed) return;
  }
  res.end(text);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()));
}
