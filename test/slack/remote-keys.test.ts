import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLAIMS, jwksFor, rs256 } from '../helpers/tokens.js';
import {
  allText,
  captureResponseUrl,
  commandBody,
  offline,
  paste401,
  send,
  settle,
  startApp,
  type TestApp,
  until,
} from './helpers/slack.js';

/**
 * The Slack app checks kid and signature against the published keys of the issuers the operator trusts
 * (JWT_DIAGNOSE_TRUSTED_ISSUERS), after the ack, and contacts nobody else whatever a paste names.
 */

const ISSUER = 'https://auth.acme-corp.com/';
/** A second trusted issuer, so that the first one's cached keys do not answer for it. */
const SLOW = 'https://slow.acme-corp.com/';
const now = () => Math.floor(Date.now() / 1000);
const claims = (iss: string) => ({ ...CLAIMS, iss, iat: now() - 600, exp: now() + 3000 });

describe('/jwt-diagnose with trusted issuers', () => {
  let app: TestApp;
  beforeAll(async () => {
    offline();
    app = await startApp({
      env: { JWT_DIAGNOSE_TRUSTED_ISSUERS: `${ISSUER},${SLOW}`, JWT_DIAGNOSE_KEY_TIMEOUT_MS: '400' },
    });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  beforeEach(() => {
    app.logs.lines.length = 0;
  });
  afterEach(async () => {
    await settle(app);
    nock.cleanAll();
  });

  async function diagnosed(token: string): Promise<{ codes: string[]; text: string; ackMs: number }> {
    const posted = captureResponseUrl();
    const res = await send(app, commandBody(paste401(token)));
    expect(res.status).toBe(200);
    await until(() => posted.length === 1 && app.logs.find('diagnosed').length === 1);
    return { codes: app.logs.find('diagnosed')[0]?.codes as string[], text: allText(posted[0]), ackMs: res.ms };
  }

  it('fetches a trusted issuer’s keys (discovery, then the JWKS) and verifies the token', async () => {
    const idp = nock('https://auth.acme-corp.com')
      .get('/.well-known/openid-configuration')
      .reply(200, { issuer: ISSUER, jwks_uri: 'https://auth.acme-corp.com/.well-known/jwks.json' })
      .get('/.well-known/jwks.json')
      .reply(200, jwksFor('k1'));
    const { codes } = await diagnosed(rs256(claims(ISSUER), { kid: 'k1' }));
    expect(idp.isDone()).toBe(true);
    expect(codes).toContain('signature.valid');
    expect(codes).not.toContain('signature.unchecked');
  });

  it('fetches nothing for a token from an issuer that is not trusted, and says so', async () => {
    const elsewhere = nock('https://login.attacker.example')
      .get(() => true)
      .reply(200, {});
    const metadata = nock('http://169.254.169.254')
      .get(() => true)
      .reply(200, {});
    for (const iss of ['https://login.attacker.example/', 'http://169.254.169.254/latest/meta-data/']) {
      app.logs.lines.length = 0;
      const { codes, text } = await diagnosed(rs256(claims(iss), { kid: 'k1' }));
      expect(codes).toContain('signature.unchecked');
      expect(text).toContain('nothing was fetched');
    }
    expect(elsewhere.isDone()).toBe(false);
    expect(metadata.isDone()).toBe(false);
  });

  it('acks at once while a slow key endpoint times out, and reports the timeout', async () => {
    nock('https://slow.acme-corp.com')
      .get('/.well-known/openid-configuration')
      .reply(200, { issuer: SLOW, jwks_uri: 'https://slow.acme-corp.com/.well-known/jwks.json' })
      .get('/.well-known/jwks.json')
      .delay(3000)
      .reply(200, jwksFor('k1'));
    const { codes, text, ackMs } = await diagnosed(rs256(claims(SLOW), { kid: 'k1' }));
    expect(ackMs).toBeLessThan(1000);
    expect(codes).toContain('signature.unchecked');
    expect(text).toContain('did not answer in time');
    expect(app.logs.find('issuer keys not fetched')[0]).toMatchObject({ failure: 'timeout', issuer: SLOW, level: 40 });
  });
});
