// A smoke test of a running jwt-diagnose Slack app in HTTP mode, entirely on 127.0.0.1 (used by
// scripts/docker-build-check.sh against the production tree):
//   1. an unsigned POST /slack/events is refused with 401;
//   2. a /jwt-diagnose command signed the way Slack signs (HMAC-SHA256 of `v0:${timestamp}:${body}`) is acked
//      with 200, and the report arrives at the command's response_url, here a local server standing in for Slack.
// `lang=en` in the command text keeps the app from asking Slack's users.info for a locale: nothing leaves the host.
//
//   node scripts/lib/slack-smoke.mjs APP_PORT SIGNING_SECRET
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';

const [portArg, secret] = process.argv.slice(2);
if (!portArg || !secret) {
  console.error('usage: node slack-smoke.mjs APP_PORT SIGNING_SECRET');
  process.exit(2);
}
const events = `http://127.0.0.1:${Number(portArg)}/slack/events`;
const fail = (message) => {
  console.error(`slack-smoke: ${message}`);
  process.exit(1);
};

// 1. Unsigned.
const unsigned = await fetch(events, {
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: 'command=%2Fjwt-diagnose&text=x',
  signal: AbortSignal.timeout(5000),
});
if (unsigned.status !== 401) fail(`unsigned POST /slack/events answered ${unsigned.status}, expected 401`);
console.log('unsigned POST /slack/events -> 401');

// 2. Signed, with a local response_url.
let resolveReply;
const reply = new Promise((resolve) => {
  resolveReply = resolve;
});
const slack = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    resolveReply({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString('utf8') });
  });
});
await new Promise((resolve) => slack.listen(0, '127.0.0.1', resolve));
const responseUrl = `http://127.0.0.1:${slack.address().port}/commands/T0SMOKE/1/smoke`;
try {
  const paste = [
    'lang=en HTTP/1.1 401 Unauthorized',
    'Date: Thu, 28 May 2026 14:09:58 GMT',
    'WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"',
  ].join('\n');
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0SMOKE',
    team_domain: 'smoke',
    channel_id: 'C0SMOKE',
    channel_name: 'smoke',
    user_id: 'U0SMOKE',
    user_name: 'smoke',
    command: '/jwt-diagnose',
    text: paste,
    api_app_id: 'A0SMOKE',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const acked = await fetch(events, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': signature,
    },
    body,
    signal: AbortSignal.timeout(5000),
  });
  if (acked.status !== 200) fail(`signed /jwt-diagnose answered ${acked.status}, expected 200`);
  console.log('signed /jwt-diagnose -> 200');

  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 15_000).unref());
  const posted = await Promise.race([reply, timeout]);
  if (posted === null) fail('no report reached the response_url within 15 s');
  let message;
  try {
    message = JSON.parse(posted.body);
  } catch {
    fail(`the response_url got a body that is not JSON (${posted.body.length} bytes)`);
  }
  if (posted.method !== 'POST') fail(`the response_url got a ${posted.method}`);
  if (message.response_type !== 'ephemeral') fail(`response_type ${message.response_type}, expected ephemeral`);
  if (!Array.isArray(message.blocks) || message.blocks.length === 0) fail('the report has no blocks');
  if (typeof message.text !== 'string' || message.text === '') fail('the report has no text fallback');
  console.log(`report posted to response_url: ephemeral, ${message.blocks.length} blocks, ${posted.body.length} bytes`);
} finally {
  slack.close();
}
