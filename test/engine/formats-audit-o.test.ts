/**
 * Round audit-o: token shapes and paste artefacts read as the on-call engineer reads them. A token cut inside its
 * header still says its alg; a header that begins as one (eyJ) was damaged inside, not cut at its start; a
 * WWW-Authenticate the paste cut is said to be cut, not sent to the server's owners to fix.
 */
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../src/messages/index.js';
import { catches, catchesNot, run } from '../helpers/catches.js';
import { b64url, CLAIMS, unsigned } from '../helpers/tokens.js';

const HEADER = b64url({ alg: 'PS256', typ: 'JWT', kid: 'k1' });
const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'k1' }, CLAIMS);
const REPASTE =
  'Paste the token again in full, with only its signature masked (header.payload.***), so its claims can be checked.';

describe('a token cut inside its header', () => {
  // `{"alg":"PS256","typ":"JW` once decoded: alg came whole before the cut.
  const CUT = HEADER.slice(0, 32);

  it('catches the cut at the paste’s end: a warning, its alg read and judged, the re-paste step', async () => {
    const input = ['> GET /v1/orders HTTP/1.1', '> Host: api.acme-corp.com', `> Authorization: Bearer ${CUT}`].join(
      '\n',
    );
    const f = await catches('token.malformed', input, { allowedAlgorithms: ['RS256'] });
    expect(f.args).toMatchObject({ reason: 'header-json', firstPart: 'cut', endsPaste: true });
    expect(f.severity).toBe('warning');
    expect(f.detail).not.toContain('start of the token');
    const report = await run(input, { allowedAlgorithms: ['RS256'] });
    expect(report.token?.header).toEqual({ alg: 'PS256' });
    expect(report.findings.find((x) => x.code === 'alg.not-allowed')?.args).toMatchObject({ alg: 'PS256' });
    expect(report.nextSteps).toContain(REPASTE);
  });

  it('catches a header cut by something other than the paste (more lines follow): an error, no paste-end words', async () => {
    const input = [`Authorization: Bearer ${CUT}`, 'Accept: application/json', '', 'HTTP/1.1 401 Unauthorized'].join(
      '\n',
    );
    const f = await catches('token.malformed', input);
    expect(f.args).toMatchObject({ reason: 'header-json', firstPart: 'cut' });
    expect(f.args).not.toHaveProperty('endsPaste');
    expect(f.severity).toBe('error');
  });

  it('reads a cut alg none as alg.none', async () => {
    const input = `Authorization: Bearer ${b64url({ alg: 'none', typ: 'JWT' }).slice(0, 28)}`;
    await catches('alg.none', input);
  });

  it('does not read a cut base64 cursor (no alg) as a JWT header', async () => {
    const cursor = b64url({ offset: 100, limit: 50, sort: 'created_at' }).slice(0, 30);
    const report = await run(`GET https://api.acme-corp.com/v1/orders?cursor=${cursor} 401`);
    expect(report.token?.header ?? null).toBeNull();
    expect(report.findings.some((f) => f.args.firstPart === 'cut')).toBe(false);
  });

  it('does not read a header spliced to a payload’s end (claim names after the cut) as the header', async () => {
    // The token lost its middle: `{"alg":"RS256","typ":"JWT","kid":"acme-` + `…","sub":"…","aud":"…"`, no dot left.
    const spliced = b64url({
      alg: 'RS256',
      typ: 'JWT',
      kid: 'acme-s://auth.acme-corp.com/',
      sub: 'auth0|1',
      aud: 'api',
    });
    const input = `Authorization: Bearer ${spliced.slice(0, -4)}`;
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'token.malformed');
    expect(f?.args.firstPart).not.toBe('cut');
    expect(report.token?.header ?? null).toBeNull();
  });
});

describe('a header that begins as a JSON header but does not decode', () => {
  it('says it was damaged inside, not cut at its start', async () => {
    // `eyJhbGciOiJ` + `InR5cCI6…`: the alg's value was lost from the middle of the header.
    const damaged = `eyJhbGciOiJ${HEADER.slice(16)}`;
    const input = `Authorization: Bearer ${damaged}.${TOKEN.split('.')[1]}.***\nAccept: application/json`;
    const f = await catches('token.malformed', input);
    expect(f.args).toMatchObject({ reason: 'header-json', firstPart: 'damaged' });
    expect(f.detail).toContain('characters were lost or changed inside it');
    expect(f.detail).not.toContain('start of the token');
  });

  it('keeps the cut-start words for a header that lost its start', async () => {
    const input = `Authorization: Bearer ${HEADER.slice(5)}.${TOKEN.split('.')[1]}.***\nAccept: application/json`;
    const f = await catches('token.malformed', input);
    expect(f.args).not.toHaveProperty('firstPart');
    expect(f.detail).toContain('the start of the token may be cut off');
  });
});

describe('a WWW-Authenticate the paste cut', () => {
  const REQUEST = `GET /v1/orders HTTP/1.1\nAuthorization: Bearer ${TOKEN}\n\nHTTP/1.1 401 Unauthorized`;
  const WHOLE = 'Paste the whole WWW-Authenticate header';

  it('catches a quoted-string left open at the paste’s end: info, cut words, no server to fix, no no-error', async () => {
    const input = `${REQUEST}\nWWW-Authenticate: Bearer realm="orders", error="invalid`;
    const f = await catches('challenge.malformed', input);
    expect(f.args).toMatchObject({ reason: 'unterminated quoted-string', endsPaste: true });
    expect(f.severity).toBe('info');
    expect(f.title).toBe('The WWW-Authenticate header stops where the paste ends');
    const report = await catchesNot('challenge.no-error', input);
    expect(report.nextSteps.some((s) => s.startsWith(WHOLE))).toBe(true);
    expect(report.nextSteps.some((s) => s.startsWith('Fix the server or gateway'))).toBe(false);
  });

  it('catches a Bearer challenge cut inside a parameter’s name (read as a token68): not “the server withholds why”', async () => {
    for (const cut of ['Bearer rea', 'Bearer error', 'Bearer scope=']) {
      const input = `${REQUEST}\nWWW-Authenticate: ${cut}`;
      const f = await catches('challenge.malformed', input);
      expect(f.args).toMatchObject({ reason: 'auth-param cut short', endsPaste: true });
      await catchesNot('challenge.no-error', input);
    }
  });

  it('catches a parameter cut after its "="', async () => {
    const input = `${REQUEST}\nWWW-Authenticate: Bearer error="invalid_token", error_description=`;
    const f = await catches('challenge.malformed', input);
    expect(f.args).toMatchObject({ endsPaste: true });
    await catches('challenge.invalid-token', input);
  });

  it('says it in Japanese', async () => {
    const report = await run(`${REQUEST}\nWWW-Authenticate: Bearer error="inv`, { locale: 'ja' });
    const f = report.findings.find((x) => x.code === 'challenge.malformed');
    expect(f?.title).toBe('WWW-Authenticate ヘッダーが貼り付けの末尾で途切れています');
    expect(f?.detail).toContain('貼り付けの際にそこで切れた可能性があります');
    const cut = catalogueFor('ja').findings['challenge.malformed'].detail(
      { reason: 'auth-param cut short', offset: 7, endsPaste: true },
      catalogueFor('ja').format,
    );
    expect(cut).toContain('auth-param が途中で終わっています');
  });

  it('does not call a header cut when more of the paste follows it', async () => {
    const input = `${REQUEST}\nWWW-Authenticate: Bearer realm="orders", error="invalid\nContent-Length: 0`;
    const f = await catches('challenge.malformed', input);
    expect(f.args).not.toHaveProperty('endsPaste');
    expect(f.severity).toBe('warning');
  });

  it('does not call a whole challenge at the paste’s end cut', async () => {
    const input = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"`;
    await catches('challenge.no-error', input);
    await catchesNot('challenge.malformed', input);
  });

  it('does not read another scheme’s token68 at the paste’s end as a cut', async () => {
    await catchesNot('challenge.malformed', 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Negotiate oYH1MIHyoAMKAQ');
    // A long token68 after Bearer is no parameter name cut short.
    await catchesNot(
      'challenge.malformed',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer ${'x'.repeat(12)}9Ab-_c`,
    );
  });
});
