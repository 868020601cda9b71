import { readFileSync } from 'node:fs';
const R = './dist';
const { diagnose } = await import(R + '/index.js');
const { encodeShare } = await import(R + '/slack/share-codec.js');
const { renderBlocks } = await import(R + '/render/blocks.js');
const { validateMessage } = await import(R + '/render/block-limits.js');
const { catalogueFor } = await import(R + '/messages/index.js');
const paste = readFileSync('examples/expired-token.txt', 'utf8');
const report = await diagnose(paste, { now: 1779977400, locale: 'en' });
const cat = catalogueFor('en');
const t = { diag: 0, share: 0, render: 0, validate: 0, json: 0 };
const N = 5000;
for (let round = 0; round < 3; round++) {
  for (const k in t) t[k] = 0;
  for (let i = 0; i < N; i++) {
    let a = performance.now();
    const r = await diagnose(paste, { now: 1779977400, locale: 'en' }); let b = performance.now(); t.diag += b - a; a = b;
    const v = encodeShare(report, null); b = performance.now(); t.share += b - a; a = b;
    const msg = renderBlocks(report, cat, { actions: [{ action_id: 'x', text: 'Share', value: v }] }); b = performance.now(); t.render += b - a; a = b;
    validateMessage(msg); b = performance.now(); t.validate += b - a; a = b;
    JSON.stringify(msg); b = performance.now(); t.json += b - a;
  }
}
for (const k in t) console.log(k.padEnd(8), (t[k] * 1000 / N).toFixed(1), 'µs');
console.log(JSON.stringify(renderBlocks(report, cat, {})).length, encodeShare(report, null)?.length);
